import Foundation
import HuiwuCore
import SQLKit
import SQLiteNIO
import VaporCSQLite

/// Typed, positional access to one result row. The hot reads (the day grid's rooms and
/// bookings) map rows through this instead of `Decodable`: generic decoding of a few thousand
/// rows was most of the grid's server time.
protocol ColumnReader {
    func uuid(_ i: Int32) throws -> UUID
    func optionalUUID(_ i: Int32) throws -> UUID?
    func text(_ i: Int32) throws -> String
    func optionalText(_ i: Int32) throws -> String?
    func int(_ i: Int32) throws -> Int
    func bool(_ i: Int32) throws -> Bool
    func date(_ i: Int32) throws -> Date
    func optionalDate(_ i: Int32) throws -> Date?
}

struct ColumnTypeMismatch: Error, CustomStringConvertible {
    var column: Int32
    var expected: String
    var description: String { "column \(column) is not \(expected)" }
}

/// The current row of a `DirectSQLiteConnection.query`: valid only inside its callback.
struct DirectSQLiteCursor: ColumnReader {
    let statement: OpaquePointer

    private func isNull(_ i: Int32) -> Bool { sqlite_nio_sqlite3_column_type(statement, i) == SQLITE_NULL }

    func uuid(_ i: Int32) throws -> UUID {
        // Huiwu stores UUIDs as their 36-character text (see `DirectSQLiteDatabase`).
        guard sqlite_nio_sqlite3_column_type(statement, i) == SQLITE_TEXT,
              let text = sqlite_nio_sqlite3_column_text(statement, i),
              let id = UUIDText.parse(UnsafeBufferPointer(start: text, count: Int(sqlite_nio_sqlite3_column_bytes(statement, i))))
        else { throw ColumnTypeMismatch(column: i, expected: "a UUID") }
        return id
    }

    func optionalUUID(_ i: Int32) throws -> UUID? { isNull(i) ? nil : try uuid(i) }

    func text(_ i: Int32) throws -> String {
        guard let text = sqlite_nio_sqlite3_column_text(statement, i) else {
            throw ColumnTypeMismatch(column: i, expected: "text")
        }
        return String(decoding: UnsafeBufferPointer(start: text, count: Int(sqlite_nio_sqlite3_column_bytes(statement, i))),
                      as: UTF8.self)
    }

    func optionalText(_ i: Int32) throws -> String? { isNull(i) ? nil : try text(i) }

    func int(_ i: Int32) throws -> Int {
        guard sqlite_nio_sqlite3_column_type(statement, i) == SQLITE_INTEGER else {
            throw ColumnTypeMismatch(column: i, expected: "an integer")
        }
        return Int(sqlite_nio_sqlite3_column_int64(statement, i))
    }

    func bool(_ i: Int32) throws -> Bool { try int(i) != 0 }

    func date(_ i: Int32) throws -> Date {
        // Instants are stored as seconds since 1970 (SQLiteNIO's encoding of `Date`).
        switch sqlite_nio_sqlite3_column_type(statement, i) {
        case SQLITE_FLOAT, SQLITE_INTEGER: return Date(timeIntervalSince1970: sqlite_nio_sqlite3_column_double(statement, i))
        default: throw ColumnTypeMismatch(column: i, expected: "an instant")
        }
    }

    func optionalDate(_ i: Int32) throws -> Date? { isNull(i) ? nil : try date(i) }
}

/// A `ColumnReader` over any `SQLRow` (PostgreSQL), by the select list's column names.
struct NamedColumns: ColumnReader {
    let row: any SQLRow
    let names: [String]

    private func value<T: Decodable>(_ i: Int32, _ type: T.Type) throws -> T { try row.decode(column: names[Int(i)], as: T.self) }
    func uuid(_ i: Int32) throws -> UUID { try value(i, UUID.self) }
    func optionalUUID(_ i: Int32) throws -> UUID? { try value(i, UUID?.self) }
    func text(_ i: Int32) throws -> String { try value(i, String.self) }
    func optionalText(_ i: Int32) throws -> String? { try value(i, String?.self) }
    func int(_ i: Int32) throws -> Int { try value(i, Int.self) }
    func bool(_ i: Int32) throws -> Bool { try value(i, Bool.self) }
    func date(_ i: Int32) throws -> Date { try value(i, Date.self) }
    func optionalDate(_ i: Int32) throws -> Date? { try value(i, Date?.self) }
}

/// A select list whose columns are read by position: the expressions, and the names a row
/// carries them under (`b.id` → `id`, `d.name AS department_name` → `department_name`).
struct SelectList: Sendable {
    let expressions: [String]
    let names: [String]

    init(_ expressions: [String]) {
        self.expressions = expressions
        names = expressions.map { e in
            if let range = e.range(of: " AS ", options: .caseInsensitive) { return String(e[range.upperBound...]) }
            return String(e.split(separator: ".").last ?? Substring(e))
        }
    }

    var sql: String { expressions.joined(separator: ", ") }
}
