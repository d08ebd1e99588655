import FluentKit
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit
import SQLiteKit
import SQLiteNIO

/// Access to the database for every query in Huiwu.
///
/// Reads go to the shared pool. Writes go through `write`, which is the one way to change
/// data: on PostgreSQL an ordinary transaction (the exclusion constraint guards bookings);
/// on SQLite one dedicated connection, serialized in process and opened with
/// `BEGIN IMMEDIATE`, which makes check-then-insert atomic (the booking invariant).
public final class Store: Sendable {
    public enum Dialect: String, Sendable { case sqlite, postgres }

    public let dialect: Dialect
    private let database: @Sendable () -> any Database
    private let sqliteWriter: SQLiteWriter?

    /// The Fluent database (migrations, pool-backed reads).
    public var fluent: any Database { database() }
    /// Pool-backed SQL for reads.
    public var reader: any SQLDatabase { database() as! any SQLDatabase }

    init(dialect: Dialect, database: @escaping @Sendable () -> any Database, sqliteWriter: SQLiteWriter?) {
        self.dialect = dialect
        self.database = database
        self.sqliteWriter = sqliteWriter
    }

    /// A PostgreSQL-backed store.
    public static func postgres(database: @escaping @Sendable () -> any Database) -> Store {
        Store(dialect: .postgres, database: database, sqliteWriter: nil)
    }

    /// An SQLite-backed store with its own serialized writer connection on `path`.
    public static func sqlite(path: String, database: @escaping @Sendable () -> any Database,
                              threadPool: NIOThreadPool, eventLoop: any EventLoop, logger: Logger) async throws -> Store {
        let writer = try await SQLiteWriter.open(path: path, threadPool: threadPool, eventLoop: eventLoop, logger: logger)
        return Store(dialect: .sqlite, database: database, sqliteWriter: writer)
    }

    /// Runs `body` in one write transaction and commits, or rolls back if it throws.
    public func write<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        if let sqliteWriter {
            return try await sqliteWriter.transaction(body)
        }
        return try await database().transaction { tx in
            try await body(tx as! any SQLDatabase)
        }
    }

    /// Closes the SQLite writer connection (the pool is closed by its owner).
    public func shutdown() async {
        await sqliteWriter?.close()
    }
}

/// One SQLite connection that performs every write, one transaction at a time.
final class SQLiteWriter: Sendable {
    private let connection: SQLiteConnection
    private let gate = AsyncGate()
    private let logger: Logger

    private init(connection: SQLiteConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    static func open(path: String, threadPool: NIOThreadPool, eventLoop: any EventLoop, logger: Logger) async throws -> SQLiteWriter {
        let connection = try await SQLiteConnection.open(
            storage: .file(path: path), threadPool: threadPool, logger: logger, on: eventLoop
        ).get()
        let writer = SQLiteWriter(connection: connection, logger: logger)
        let sql = writer.sql
        // WAL lets readers proceed while one writer commits; NORMAL syncs at checkpoints, which
        // in WAL mode keeps the database consistent after a crash and loses at most the last
        // transactions on power loss (durability *and* speed, stack notes).
        try await sql.raw("PRAGMA journal_mode = WAL").run()
        try await sql.raw("PRAGMA synchronous = NORMAL").run()
        try await sql.raw("PRAGMA foreign_keys = ON").run()
        try await sql.raw("PRAGMA temp_store = MEMORY").run()
        return writer
    }

    private var sql: any SQLDatabase {
        connection.sql(encoder: SQLiteDataEncoder(), decoder: SQLiteDataDecoder(), queryLogLevel: nil)
    }

    func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await gate.exclusively {
            let db = self.sql
            try await db.raw("BEGIN IMMEDIATE").run()
            do {
                let value = try await body(db)
                try await db.raw("COMMIT").run()
                return value
            } catch {
                do { try await db.raw("ROLLBACK").run() } catch {
                    self.logger.error("rollback failed: \(String(describing: error))")
                }
                throw error
            }
        }
    }

    func close() async {
        try? await connection.close().get()
    }
}

/// A FIFO async mutex: one holder at a time, waiters resumed in arrival order.
/// (An actor alone is not enough: it is re-entrant across `await`.)
actor AsyncGate {
    private var held = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func exclusively<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await acquire()
        defer { release() }
        return try await body()
    }

    private func acquire() async {
        if !held {
            held = true
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    private func release() {
        if waiters.isEmpty {
            held = false
        } else {
            waiters.removeFirst().resume()
        }
    }
}
