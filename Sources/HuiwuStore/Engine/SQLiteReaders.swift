import Foundation
import Logging
import NIOCore
import SQLKit
import SQLiteNIO

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
