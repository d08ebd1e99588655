import Foundation
import Logging
import NIOCore
import SQLKit
import SQLiteNIO
import PostgresNIO

/// SQLite connections for the hot reads (the day grid), each driven synchronously on its own
/// thread like the writer (`DirectSQLiteConnection`): rows are read column by column straight
/// from SQLite instead of through SQLiteNIO's thread pool and `SQLiteData` copies. WAL mode
/// lets them read while the writer commits. Marked query-only: they can never write.
final class SQLiteReaders: Sendable {
    private struct Lane: Sendable {
        let executor: SerialThreadExecutor
        let connection: DirectSQLiteConnection
        let database: DirectSQLiteDatabase
    }

    private let lanes: [Lane]
    private let turn = NSLock()
    private nonisolated(unsafe) var next = 0

    private init(lanes: [Lane]) { self.lanes = lanes }

    static func open(path: String, count: Int, eventLoop: any EventLoop, logger: Logger) async throws -> SQLiteReaders {
        var lanes: [Lane] = []
        for n in 0..<max(1, count) {
            let executor = SerialThreadExecutor(name: "huiwu-sqlite-reader-\(n)")
            let connection = try DirectSQLiteConnection(path: path, owner: executor)
            let database = DirectSQLiteDatabase(connection: connection, eventLoop: eventLoop, logger: logger)
            try await withTaskExecutorPreference(executor) {
                for pragma in ["PRAGMA query_only = 1", "PRAGMA cache_size = -16000", "PRAGMA temp_store = MEMORY"] {
                    try database.query(SQLQueryString(pragma)) { _ in }
                }
            }
            lanes.append(Lane(executor: executor, connection: connection, database: database))
        }
        return SQLiteReaders(lanes: lanes)
    }

    /// Runs `body` on the next reader's thread.
    func read<T: Sendable>(_ body: @escaping @Sendable (DirectSQLiteDatabase) throws -> T) async throws -> T {
        let lane = turn.withLock { () -> Lane in
            next = (next + 1) % lanes.count
            return lanes[next]
        }
        return try await withTaskExecutorPreference(lane.executor) { try body(lane.database) }
    }

    func close() async {
        for lane in lanes {
            let connection = lane.connection
            await withTaskExecutorPreference(lane.executor) { connection.close() }
            lane.executor.shutdown()
        }
    }
}

extension Store {
    /// Rows of `SELECT <select> <rest>`, each mapped by position through a `ColumnReader`: on
    /// SQLite on a direct reader thread, on PostgreSQL from PostgresNIO's rows.
    func rows<T: Sendable>(_ select: SelectList, _ rest: SQLQueryString,
                           _ map: @escaping @Sendable (any ColumnReader) throws -> T) async throws -> [T] {
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
            case let v as UUID: try binds.append(v)
            case let v as Date: try binds.append(v)
            case let v as String: try binds.append(v)
            case let v as Int: try binds.append(v)
            case let v as Bool: try binds.append(v)
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
