import Foundation
import PostgresNIO
import SQLKit

extension Store {
    /// Rows of `SELECT <select> <rest>`, each mapped by position through a `ColumnReader`: on
    /// SQLite on a direct reader thread, on PostgreSQL from PostgresNIO's rows.
    func rows<T: Sendable>(
        _ select: SelectList, _ rest: SQLQueryString,
        _ map: @escaping @Sendable (any ColumnReader) throws -> T
    ) async throws -> [T] {
        let query = SQLQueryString("SELECT \(unsafeRaw: select.sql) ") + rest
        if let sqliteReaders {
            return try await sqliteReaders.read { db in
                var out: [T] = []
                try db.query(query) { out.append(try map($0)) }
                return out
            }
        }
        let db = database()
        guard let sql = db as? any SQLDatabase, let postgres = db as? any PostgresDatabase else {
            throw PositionalReadUnsupported(what: "a database other than SQLite or PostgreSQL")
        }
        var serializer = SQLSerializer(database: sql)
        query.serialize(to: &serializer)
        var binds = PostgresBindings()
        for bind in serializer.binds {
            switch bind {
            case let v as UUID: binds.append(v)
            case let v as Date: binds.append(v)
            case let v as String: binds.append(v)
            case let v as Int: binds.append(v)
            case let v as Bool: binds.append(v)
            default: throw PositionalReadUnsupported(what: "a bind of type \(type(of: bind))")
            }
        }
        let statement = PostgresQuery(unsafeSQL: serializer.sql, binds: binds)
        let logger = postgres.logger
        let result = try await postgres.withConnection { $0.query(statement, logger: logger) }.get()
        return try result.rows.map { try map(PostgresCells(row: $0.makeRandomAccess())) }
    }
}

/// A positional read was given something it does not handle (a programming error).
struct PositionalReadUnsupported: Error {
    var what: String
}
