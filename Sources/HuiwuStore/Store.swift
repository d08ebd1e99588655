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
        let writer = try await SQLiteWriter.open(path: path, eventLoop: eventLoop, logger: logger)
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

/// The one SQLite connection that performs every write, one transaction at a time, on its own
/// thread (`DirectSQLiteConnection` explains why).
final class SQLiteWriter: Sendable {
    private let executor: SerialThreadExecutor
    private let connection: DirectSQLiteConnection
    private let database: DirectSQLiteDatabase
    private let gate = AsyncGate()
    private let logger: Logger

    private init(executor: SerialThreadExecutor, connection: DirectSQLiteConnection, database: DirectSQLiteDatabase,
                 logger: Logger) {
        self.executor = executor
        self.connection = connection
        self.database = database
        self.logger = logger
    }

    static func open(path: String, eventLoop: any EventLoop, logger: Logger) async throws -> SQLiteWriter {
        let executor = SerialThreadExecutor(name: "huiwu-sqlite-writer")
        let connection = try DirectSQLiteConnection(path: path, owner: executor)
        let database = DirectSQLiteDatabase(connection: connection, eventLoop: eventLoop, logger: logger)
        let writer = SQLiteWriter(executor: executor, connection: connection, database: database, logger: logger)
        try await withTaskExecutorPreference(executor) {
            // WAL lets readers proceed while one writer commits; NORMAL syncs at checkpoints, which
            // in WAL mode keeps the database consistent after a crash and loses at most the last
            // transactions on power loss (durability *and* speed, stack notes).
            for pragma in ["PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON",
                           "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -32000"] {
                try await database.raw(SQLQueryString(pragma)).run()
            }
        }
        return writer
    }

    func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let db = database
        let logger = logger
        return try await withTaskExecutorPreference(executor) {
            await gate.acquire()
            defer { gate.release() }
            try await db.raw("BEGIN IMMEDIATE").run()
            do {
                let value = try await body(db)
                try await db.raw("COMMIT").run()
                return value
            } catch {
                do { try await db.raw("ROLLBACK").run() } catch {
                    logger.error("rollback failed: \(String(describing: error))")
                }
                throw error
            }
        }
    }

    func close() async {
        let connection = connection
        await withTaskExecutorPreference(executor) {
            await gate.acquire()
            connection.close()
            gate.release()
        }
        executor.shutdown()
    }
}

/// A FIFO async mutex: one holder at a time, waiters resumed in arrival order. A lock and
/// continuations rather than an actor, so taking it does not hop threads.
final class AsyncGate: @unchecked Sendable {
    private let lock = NSLock()
    private var held = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            if enqueueOrTake(continuation) { continuation.resume() }
        }
    }

    /// Takes the gate if free (true), or queues the waiter (false).
    private func enqueueOrTake(_ continuation: CheckedContinuation<Void, Never>) -> Bool {
        lock.withLock {
            if !held {
                held = true
                return true
            }
            waiters.append(continuation)
            return false
        }
    }

    func release() {
        let next: CheckedContinuation<Void, Never>? = lock.withLock {
            if waiters.isEmpty {
                held = false
                return nil
            }
            return waiters.removeFirst()
        }
        next?.resume()
    }

    func exclusively<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await acquire()
        defer { release() }
        return try await body()
    }
}
