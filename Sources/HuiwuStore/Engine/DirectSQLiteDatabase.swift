import Foundation
import HuiwuCore
import Logging
import NIOCore
import SQLKit
import SQLiteKit
import SQLiteNIO

/// A result row from `DirectSQLiteConnection`.
struct DirectSQLiteRow: SQLRow {
    /// Column names and their positions, shared by every row of one result.
    final class Columns: Sendable {
        let names: [String]
        let index: [String: Int]
        init(names: [String]) {
            self.names = names
            var index: [String: Int] = [:]
            for (i, name) in names.enumerated() where index[name] == nil { index[name] = i }
            self.index = index
        }
    }

    let columns: Columns
    let values: [SQLiteData]

    var allColumns: [String] { columns.names }
    func contains(column: String) -> Bool { columns.index[column] != nil }

    private func value(_ column: String) throws -> SQLiteData {
        guard let index = columns.index[column] else {
            throw DecodingError.keyNotFound(
                SQLCodingKey(stringValue: column),
                .init(codingPath: [], debugDescription: "no column \(column)"))
        }
        return values[index]
    }

    func decodeNil(column: String) throws -> Bool {
        if case .null = try value(column) { return true }
        return false
    }

    func decode<D: Decodable>(column: String, as type: D.Type) throws -> D {
        try SQLiteDataDecoder().decode(D.self, from: try value(column))
    }
}

private struct SQLCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// `SQLDatabase` over the direct connection, so the booking path's SQLKit code runs unchanged.
struct DirectSQLiteDatabase: SQLDatabase {
    let connection: DirectSQLiteConnection
    let eventLoop: any EventLoop
    let logger: Logger
    var dialect: any SQLDialect { SQLiteDialect() }
    var queryLogLevel: Logger.Level? { nil }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        do {
            try run(query, onRow)
            return eventLoop.makeSucceededVoidFuture()
        } catch {
            return eventLoop.makeFailedFuture(error)
        }
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try run(query, onRow)
    }

    private func run(_ query: any SQLExpression, _ onRow: (any SQLRow) -> Void) throws {
        let (sql, binds) = try serialized(query)
        try connection.execute(sql, binds) { onRow($0) }
    }

    /// Runs a query with a positional cursor per row (`DirectSQLiteConnection.query`).
    func query(_ query: any SQLExpression, _ onRow: (DirectSQLiteCursor) throws -> Void) throws {
        let (sql, binds) = try serialized(query)
        try connection.query(sql, binds, onRow)
    }

    private func serialized(_ query: any SQLExpression) throws -> (String, [SQLiteData]) {
        let (sql, binds) = serialize(query)
        let encoder = SQLiteDataEncoder()
        // UUIDs are stored as their `uuidString` (what SQLiteDataEncoder's Codable path makes of
        // them, and what the pool's reads expect); doing it directly skips that generic path.
        return (
            sql,
            try binds.map { bind in
                if let id = bind as? UUID { return .text(UUIDText.string(id)) }
                return try encoder.encode(bind)
            }
        )
    }
}
