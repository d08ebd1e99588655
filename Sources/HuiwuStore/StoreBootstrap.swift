import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix

/// Where the data lives: an embedded SQLite file (default) or PostgreSQL (`DATABASE_URL`).
public enum DatabaseLocation: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(url: String, pool: PostgresPool = PostgresPool())

    /// `DATABASE_URL=postgres://…` selects PostgreSQL; otherwise `<dataDir>/huiwu.sqlite`.
    public static func from(environment: [String: String], dataDirectory: String) -> DatabaseLocation {
        if let url = environment["DATABASE_URL"], url.hasPrefix("postgres") {
            return .postgres(url: url, pool: PostgresPool(environment: environment))
        }
        return .sqlite(path: (dataDirectory as NSString).appendingPathComponent("huiwu.sqlite"))
    }
}

/// An instance's PostgreSQL connections. A fleet multiplies them: instances × event loops ×
/// `connectionsPerEventLoop` must stay below the server's `max_connections`.
public struct PostgresPool: Sendable, Equatable {
    /// `HUIWU_DB_CONNECTIONS_PER_LOOP` (default 8; one event loop per core): enough for 32
    /// concurrent clients without starving two cores.
    public var connectionsPerEventLoop = 8
    /// `HUIWU_DB_POOL_TIMEOUT_MS` (default 3000): how long a request waits for a connection
    /// before it is answered 503 with `Retry-After` (overload), rather than queueing for ever.
    public var timeoutMilliseconds = 3_000

    public init() {}

    public init(environment: [String: String]) {
        if let n = environment["HUIWU_DB_CONNECTIONS_PER_LOOP"].flatMap(Int.init), (1...256).contains(n) {
            connectionsPerEventLoop = n
        }
        if let ms = environment["HUIWU_DB_POOL_TIMEOUT_MS"].flatMap(Int.init), (100...600_000).contains(ms) {
            timeoutMilliseconds = ms
        }
    }
}

public enum StoreBootstrap {
    /// Registers the database with Fluent, runs pending migrations, and opens the store.
    public static func open(_ location: DatabaseLocation, databases: Databases, migrations: Migrations,
                            threadPool: NIOThreadPool, eventLoopGroup: any EventLoopGroup, logger: Logger,
                            migrate: Bool = true) async throws -> Store {
        let id = DatabaseID(string: "huiwu")
        switch location {
        case .sqlite(let path):
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            databases.use(.sqlite(.file(path), sqlLogLevel: nil), as: id, isDefault: true)
        case .postgres(let url, let pool):
            databases.use(try .postgres(url: url, maxConnectionsPerEventLoop: pool.connectionsPerEventLoop,
                                        connectionPoolTimeout: .milliseconds(Int64(pool.timeoutMilliseconds)),
                                        sqlLogLevel: .trace), as: id, isDefault: true)
        }
        migrations.add(MigrationList.all, to: id)
        let provider: @Sendable () -> any Database = {
            databases.database(id, logger: logger, on: eventLoopGroup.any())!
        }
        let store: Store
        switch location {
        case .sqlite(let path):
            // The writer sets WAL mode (persistent in the file) before migrations run.
            store = try await Store.sqlite(path: path, database: provider, threadPool: threadPool,
                                           eventLoop: eventLoopGroup.any(), logger: logger)
        case .postgres:
            store = Store.postgres(database: provider)
        }
        if migrate {
            let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: eventLoopGroup.any())
            let run = { try await migrator.setupIfNeeded().flatMap { migrator.prepareBatch() }.get() }
            if case .postgres(let url, _) = location {
                try await MigrationLock.holding(url: url, eventLoop: eventLoopGroup.any(), logger: logger, run)
            } else {
                try await run()
            }
        }
        if case .postgres(let url, _) = location {
            store.cacheSignals.start(url: url, eventLoop: eventLoopGroup.any(), logger: logger, cache: store.sessionCache)
        }
        return store
    }
}
