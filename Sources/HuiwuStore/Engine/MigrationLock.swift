import Foundation
import Logging
import NIOCore
import PostgresNIO

/// Serializes migrations across a fleet: instances started together on one empty PostgreSQL
/// database would otherwise all create the same tables at once, and all but one fail to start.
///
/// The lock is a session advisory lock on a connection of its own, outside the pool the
/// migrator uses, so migrating never waits for a pool connection while holding one. A crashed
/// migrator's lock goes with its connection.
enum MigrationLock {
    /// "Huiwu" in ASCII: any constant works, as long as every instance uses the same one.
    static let key: Int64 = 0x4875_6977_75

    static func holding<T: Sendable>(
        url: String, eventLoop: any EventLoop, logger: Logger,
        _ body: () async throws -> T
    ) async throws -> T {
        let connection = try await SideConnection.open(url: url, purpose: "migration lock", eventLoop: eventLoop, logger: logger)
        do {
            _ = try await connection.query("SELECT pg_advisory_lock(\(key))", logger: logger)
            let result = try await body()
            try? await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }
}
