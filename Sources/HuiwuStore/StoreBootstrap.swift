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
    case postgres(url: String)

    /// `DATABASE_URL=postgres://…` selects PostgreSQL; otherwise `<dataDir>/huiwu.sqlite`.
    public static func from(environment: [String: String], dataDirectory: String) -> DatabaseLocation {
        if let url = environment["DATABASE_URL"], url.hasPrefix("postgres") {
            return .postgres(url: url)
        }
        return .sqlite(path: (dataDirectory as NSString).appendingPathComponent("huiwu.sqlite"))
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
        case .postgres(let url):
            // Enough connections for 32 concurrent clients without starving the two cores.
            databases.use(try .postgres(url: url, maxConnectionsPerEventLoop: 8, sqlLogLevel: .trace), as: id, isDefault: true)
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
            try await migrator.setupIfNeeded().flatMap { migrator.prepareBatch() }.get()
        }
        return store
    }
}
