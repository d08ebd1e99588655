import FluentPostgresDriver
import Foundation
import Logging
import NIOCore
import PostgresNIO

/// A PostgreSQL connection of its own, outside the pool: for what holds a connection for long
/// (the migration lock, listening for cache signals) and so must never take one of the pool's.
enum SideConnection {
    /// `purpose` becomes the connection's `application_name`, so an operator sees it in
    /// `pg_stat_activity` (e.g. `huiwu cache signals`).
    static func open(url: String, purpose: String, eventLoop: any EventLoop, logger: Logger) async throws -> PostgresConnection {
        var configuration = try SQLPostgresConfiguration(url: url).coreConfiguration
        configuration.options.additionalStartupParameters.append(("application_name", "huiwu " + purpose))
        return try await PostgresConnection.connect(on: eventLoop, configuration: configuration, id: 0, logger: logger).get()
    }
}
