import Foundation
import SQLKit

/// A stored code the program does not know (X5): read as an error naming the table's
/// row, never silently as some other value (an unknown booking status read as `cancelled`
/// would free a held room). The error reaches the log with the request that met it.
public struct UnknownStoredValue: Error, CustomStringConvertible {
    public var column: String
    public var value: String
    public var rowId: String
    public var description: String { "unknown stored value \(value.debugDescription) in column \(column) of row \(rowId)" }
}

enum StoredValue {
    /// The enum case a stored code names.
    static func decode<E: RawRepresentable>(_ type: E.Type, _ text: String, column: String, rowId: String) throws -> E
    where E.RawValue == String {
        guard let value = E(rawValue: text) else { throw UnknownStoredValue(column: column, value: text, rowId: rowId) }
        return value
    }
}

extension SQLRow {
    /// The enum case in `column`, or `UnknownStoredValue` naming this row's `id`.
    func decode<E: RawRepresentable>(enum type: E.Type, column: String) throws -> E where E.RawValue == String {
        let text = try decode(column: column, as: String.self)
        let id = (try? decode(column: "id", as: UUID.self))?.uuidString ?? "?"
        return try StoredValue.decode(type, text, column: column, rowId: id)
    }
}
