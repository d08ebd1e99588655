import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix

/// Where the data lives: an embedded SQLite file (default) or PostgreSQL (`DATABASE_URL`).
public enum DatabaseLocation: Sendable, Equatable {
    case sqlite(path: String, synchronous: SQLiteSynchronous = .full)
    case postgres(url: String, pool: PostgresPool = PostgresPool())

    /// `DATABASE_URL=postgres://…` selects PostgreSQL; otherwise `<dataDir>/huiwu.sqlite`, synced
    /// as `HUIWU_SQLITE_SYNCHRONOUS` says (`full`, the default, or `normal`).
    public static func from(environment: [String: String], dataDirectory: String) throws -> DatabaseLocation {
        if let url = environment["DATABASE_URL"], url.hasPrefix("postgres") {
            return .postgres(url: url, pool: PostgresPool(environment: environment))
        }
        var synchronous = SQLiteSynchronous.full
        if let text = environment["HUIWU_SQLITE_SYNCHRONOUS"], !text.isEmpty {
            guard let chosen = SQLiteSynchronous(rawValue: text.lowercased()) else {
                throw BadSetting(name: "HUIWU_SQLITE_SYNCHRONOUS", value: text, expected: "full or normal")
            }
            synchronous = chosen
        }
        return .sqlite(path: (dataDirectory as NSString).appendingPathComponent("huiwu.sqlite"), synchronous: synchronous)
    }
}

/// An environment setting with a value the instance cannot use: it stops at start, naming it.
public struct BadSetting: Error, CustomStringConvertible, Equatable {
    public var name: String
    public var value: String
    public var expected: String
    public var description: String { "\(name)=\(value) is not a value Huiwu understands; expected \(expected)" }

    public init(name: String, value: String, expected: String) {
        self.name = name
        self.value = value
        self.expected = expected
    }
}

public enum StoreBootstrap {
    /// Registers the database with Fluent, runs pending migrations, and opens the store.
    public static func open(
        _ location: DatabaseLocation, databases: Databases, migrations: Migrations,
        threadPool: NIOThreadPool, eventLoopGroup: any EventLoopGroup, logger: Logger,
        migrate: Bool = true
    ) async throws -> Store {
        let id = DatabaseID(string: "huiwu")
        switch location {
        case .sqlite(let path, _):
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            databases.use(.sqlite(.file(path), sqlLogLevel: nil), as: id, isDefault: true)
        case .postgres(let url, let pool):
            databases.use(
                try .postgres(
                    url: url, maxConnectionsPerEventLoop: pool.connectionsPerEventLoop,
                    connectionPoolTimeout: .milliseconds(Int64(pool.timeoutMilliseconds)),
                    sqlLogLevel: .trace), as: id, isDefault: true)
        }
        migrations.add(MigrationList.all, to: id)
        // A request still running when the server stops (SIGTERM under load) may ask after the
        // databases were shut down; it gets the last database handed out, whose closed pool fails
        // its query with an error, rather than crashing the process on a nil.
        let last = LastDatabase()
        let provider: @Sendable () -> any Database = {
            if let db = databases.database(id, logger: logger, on: eventLoopGroup.any()) {
                last.keep(db)
                return db
            }
            guard let db = last.kept else { preconditionFailure("the store's database was never configured") }
            return db
        }
        let store: Store
        switch location {
        case .sqlite(let path, let synchronous):
            // The writer sets WAL mode (persistent in the file) before migrations run.
            store = try await Store.sqlite(
                path: path, synchronous: synchronous, database: provider, threadPool: threadPool,
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
            store.cacheSignals.start(
                url: url, eventLoop: eventLoopGroup.any(), logger: logger, caches: StoreAssembly.signalledCaches(store))
        }
        return store
    }
}

/// The last database a store's provider handed out (see `StoreBootstrap.open`).
private final class LastDatabase: @unchecked Sendable {
    private let lock = NSLock()
    private var database: (any Database)?

    func keep(_ db: any Database) { lock.withLock { database = db } }

    var kept: (any Database)? { lock.withLock { database } }
}
