import FluentPostgresDriver
import Foundation
import Logging
import NIOCore
import PostgresNIO

/// A PostgreSQL connection of its own, outside the pool: for what holds a connection for long
/// (the migration lock, listening for cache signals) and so must never take one of the pool's.
enum SideConnection {
    static func open(url: String, eventLoop: any EventLoop, logger: Logger) async throws -> PostgresConnection {
        let configuration = try SQLPostgresConfiguration(url: url).coreConfiguration
        return try await PostgresConnection.connect(on: eventLoop, configuration: configuration, id: 0, logger: logger).get()
    }
}
