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
    /// Each capability's per-store state (caches, write batches), by type.
    let locals = StoreLocals()
    let database: @Sendable () -> any Database
    private let sqliteWriter: SQLiteWriter?
    /// Direct reader connections for the hot reads (SQLite only).
    let sqliteReaders: SQLiteReaders?

    /// SQL for reads: the pool, or — inside a PostgreSQL write — that write's own transaction.
    ///
    /// A read made while a write transaction is open must not take a second pool connection: a full
    /// pool of transactions each waiting for one more connection waits forever (a fleet under load:
    /// "Connection request timed out … connection deadlock"). It also sees the write's own rows.
    public var reader: any SQLDatabase {
        openHere?.db ?? database() as! any SQLDatabase
    }

    /// The PostgreSQL transaction the current task is writing in, if any (see `reader`).
    struct OpenTransaction: Sendable {
        let store: ObjectIdentifier
        let db: any SQLDatabase
    }
    @TaskLocal static var openTransaction: OpenTransaction?

    /// The write transaction of this store the current task is in, if any.
    private var openHere: OpenTransaction? {
        Store.openTransaction.flatMap { $0.store == ObjectIdentifier(self) ? $0 : nil }
    }

    /// Whether the current task is inside one of this store's PostgreSQL write transactions.
    var inWrite: Bool { openHere != nil }

    init(
        dialect: Dialect, database: @escaping @Sendable () -> any Database, sqliteWriter: SQLiteWriter?,
        sqliteReaders: SQLiteReaders?
    ) {
        self.dialect = dialect
        self.database = database
        self.sqliteWriter = sqliteWriter
        self.sqliteReaders = sqliteReaders
    }

    /// A PostgreSQL-backed store.
    public static func postgres(database: @escaping @Sendable () -> any Database) -> Store {
        Store(dialect: .postgres, database: database, sqliteWriter: nil, sqliteReaders: nil)
    }

    /// An SQLite-backed store with its own serialized writer connection on `path`.
    public static func sqlite(
        path: String, synchronous: SQLiteSynchronous = .full, database: @escaping @Sendable () -> any Database,
        threadPool: NIOThreadPool, eventLoop: any EventLoop, logger: Logger
    ) async throws -> Store {
        let writer = try await SQLiteWriter.open(path: path, synchronous: synchronous, eventLoop: eventLoop, logger: logger)
        // Opened after the writer, which put the file in WAL mode.
        let readers = try await SQLiteReaders.open(path: path, count: 2, eventLoop: eventLoop, logger: logger)
        let store = Store(dialect: .sqlite, database: database, sqliteWriter: writer, sqliteReaders: readers)
        store.checkpointer.start(store)
        return store
    }

    /// Runs `body` in one write transaction and commits, or rolls back if it throws.
    ///
    /// On PostgreSQL a transaction aborted as a deadlock victim or for a serialization failure
    /// is rolled back and run again (bounded, with jitter; `TransientFailure`), so `body` must
    /// not act outside the database. A write inside a write joins the outer transaction.
    public func write<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        if let sqliteWriter {
            return try await sqliteWriter.transaction(body)
        }
        if let open = openHere {
            return try await body(open.db)
        }
        let me = ObjectIdentifier(self)
        return try await TransientFailure.retrying {
            try await database().transaction { tx in
                let sql = tx as! any SQLDatabase
                return try await Store.$openTransaction.withValue(OpenTransaction(store: me, db: sql)) {
                    try await body(sql)
                }
            }
        }
    }

    /// Runs one self-contained statement (its own implicit transaction) on a pool connection,
    /// again after a deadlock or serialization failure (PostgreSQL).
    func statement<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await TransientFailure.retrying { try await body(reader) }
    }

    /// Copies the SQLite WAL into the database file in the background (SQLite only).
    let checkpointer = WALCheckpointer()
    /// Hears other processes' revocations (PostgreSQL only; started by `StoreBootstrap`).
    let cacheSignals = CacheSignals()

    /// Closes the SQLite writer connection (the pool is closed by its owner).
    public func shutdown() async {
        await cacheSignals.stop()
        await checkpointer.stop()
        await sqliteWriter?.close()
        await sqliteReaders?.close()
    }
}

/// The one SQLite connection that performs every write, one transaction at a time, on its own
/// thread (`DirectSQLiteConnection` explains why).
final class SQLiteWriter: Sendable {
    private let executor: SerialThreadExecutor
    private let connection: DirectSQLiteConnection
    private let database: DirectSQLiteDatabase
    private let queue = BatchQueue<PendingWrite>(maxBatch: 64, lanes: 1)
    private let logger: Logger

    private init(
        executor: SerialThreadExecutor, connection: DirectSQLiteConnection, database: DirectSQLiteDatabase,
        logger: Logger
    ) {
        self.executor = executor
        self.connection = connection
        self.database = database
        self.logger = logger
    }

    static func open(
        path: String, synchronous: SQLiteSynchronous, eventLoop: any EventLoop,
        logger: Logger
    ) async throws -> SQLiteWriter {
        let executor = SerialThreadExecutor(name: "huiwu-sqlite-writer")
        let connection = try DirectSQLiteConnection(path: path, owner: executor)
        let database = DirectSQLiteDatabase(connection: connection, eventLoop: eventLoop, logger: logger)
        let writer = SQLiteWriter(executor: executor, connection: connection, database: database, logger: logger)
        try await withTaskExecutorPreference(executor) {
            // WAL lets readers proceed while one writer commits; `synchronous` decides whether a
            // commit waits for the disk (see `SQLiteSynchronous`).
            for pragma in [
                "PRAGMA journal_mode = WAL", synchronous.pragma, "PRAGMA foreign_keys = ON",
                "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -32000",
                // Checkpoints run on a pool connection (`WALCheckpointer`), not on this thread;
                // this is only a backstop if that ever stops.
                "PRAGMA wal_autocheckpoint = 50000",
            ] {
                try await database.raw(SQLQueryString(pragma)).run()
            }
        }
        return writer
    }

    /// Runs `body` in a write transaction shared with whatever other writes are waiting (group
    /// commit): each body runs inside its own SAVEPOINT, so a failing one rolls back alone, and
    /// every caller is answered only after the shared COMMIT succeeded. One COMMIT — one WAL
    /// append of the touched pages — then serves a whole batch of bookings.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let item = PendingWrite(fail: { continuation.resume(throwing: $0) }) { db in
                do {
                    let value = try await body(db)
                    return PendingWrite.Outcome(succeeded: true, finish: { continuation.resume(returning: value) })
                } catch {
                    return PendingWrite.Outcome(succeeded: false, finish: { continuation.resume(throwing: error) })
                }
            }
            if queue.push(item) {
                let database = database, queue = queue, logger = logger
                Task(executorPreference: executor) {
                    await Self.drain(queue, database, logger)
                }
            }
        }
    }

    /// Runs batches until the queue is empty (on the writer thread).
    private static func drain(_ queue: BatchQueue<PendingWrite>, _ db: DirectSQLiteDatabase, _ logger: Logger) async {
        while let batch = queue.takeBatch() {
            var outcomes: [PendingWrite.Outcome] = []
            outcomes.reserveCapacity(batch.count)
            do {
                try await db.raw("BEGIN IMMEDIATE").run()
                for item in batch {
                    try await db.raw("SAVEPOINT huiwu_write").run()
                    let outcome = await item.run(db)
                    if !outcome.succeeded { try await db.raw("ROLLBACK TO huiwu_write").run() }
                    try await db.raw("RELEASE huiwu_write").run()
                    outcomes.append(outcome)
                }
                try await db.raw("COMMIT").run()
                for outcome in outcomes { outcome.finish() }
            } catch {
                do { try await db.raw("ROLLBACK").run() } catch {
                    logger.error("rollback failed: \(String(describing: error))")
                }
                // Nothing of the batch was kept: every caller in it gets the failure.
                for item in batch { item.fail(error) }
            }
        }
    }

    /// Lets queued writes finish, then closes the connection and stops the thread.
    func close() async {
        _ = try? await transaction { _ in true }
        let connection = connection
        await withTaskExecutorPreference(executor) { connection.close() }
        executor.shutdown()
    }
}

/// One queued write: runs its body and reports how to answer the caller after COMMIT.
struct PendingWrite: Sendable {
    struct Outcome: Sendable {
        var succeeded: Bool
        /// Answers the caller with the body's own result (value or error), after COMMIT.
        var finish: @Sendable () -> Void
    }
    /// Answers the caller with a failure of the shared transaction (instead of `finish`).
    let fail: @Sendable (any Error) -> Void
    let run: @Sendable (any SQLDatabase) async -> Outcome
}

/// Runs SQLite's PASSIVE checkpoint four times a second on a pool connection, so the writer
/// thread never pays for copying the WAL into the database file (it showed as a tenth of its
/// time). PASSIVE never takes the writer's lock, but its fsync of a large database file can
/// stall the writer's own file writes in the kernel: at 200k bookings, checkpoints every 4 s
/// made p99 145 ms, every 1 s 40–48 ms, every 0.25 s 35–42 ms — smaller, more frequent
/// checkpoints mean shorter stalls.
final class WALCheckpointer: @unchecked Sendable {
    private let lock = NSLock()
    private var task: Task<Void, Never>?

    func start(_ store: Store) {
        let task = Task.detached { [weak store] in
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 250_000_000)
                guard let store, !Task.isCancelled else { return }
                _ = try? await store.reader.raw("PRAGMA wal_checkpoint(PASSIVE)").all()
            }
        }
        lock.withLock { self.task = task }
    }

    func stop() async {
        let task = lock.withLock { () -> Task<Void, Never>? in
            defer { self.task = nil }
            return self.task
        }
        task?.cancel()
        await task?.value
    }
}
