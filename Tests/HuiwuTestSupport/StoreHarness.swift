import FluentKit
import Foundation
import HuiwuStore
import Logging
import NIOCore
import NIOPosix

/// A fresh store (new SQLite file, or new PostgreSQL database) without any HTTP layer.
public func withStore(_ kind: TestDatabase, _ body: (Store) async throws -> Void) async throws {
    try await withStores(kind, count: 1) { try await body($0[0]) }
}

/// `count` stores on one fresh database, each with its own connection pool, as separate server
/// processes would have (a fleet on one PostgreSQL). Only PostgreSQL is shared like that; on SQLite
/// use one.
public func withStores(
    _ kind: TestDatabase, count: Int, pool: PostgresPool = PostgresPool(), _ body: ([Store]) async throws -> Void
) async throws {
    try await withEmptyDatabase(kind, pool: pool) { location in
        try await withOpenStores(location, count: count, body)
    }
}

/// `count` stores opened (and migrated) on `location`, shut down after `body`.
public func withOpenStores(
    _ location: DatabaseLocation, count: Int = 1, _ body: ([Store]) async throws -> Void
) async throws {
    let logger = Logger(label: "store-test")
    let group = MultiThreadedEventLoopGroup.singleton
    let pools = (0..<count).map { _ in Databases(threadPool: NIOThreadPool.singleton, on: group) }
    var stores: [Store] = []
    do {
        for databases in pools {
            stores.append(
                try await StoreBootstrap.open(
                    location, databases: databases, migrations: Migrations(), threadPool: NIOThreadPool.singleton,
                    eventLoopGroup: group, logger: logger))
        }
        try await body(stores)
    } catch {
        for store in stores { await store.shutdown() }
        for databases in pools { await databases.shutdownAsync() }
        throw error
    }
    for store in stores { await store.shutdown() }
    for databases in pools { await databases.shutdownAsync() }
}
