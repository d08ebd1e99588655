import FluentPostgresDriver
import Foundation
import Vapor

/// Creates and drops per-test databases on the test PostgreSQL server.
enum PostgresAdmin {
    static func url(_ admin: String, database: String) -> String {
        guard var components = URLComponents(string: admin) else { return admin }
        components.path = "/" + database
        return components.string ?? admin
    }

    static func run(_ adminURL: String, _ sql: String) async throws {
        let config = try SQLPostgresConfiguration(url: adminURL)
        let connection = try await PostgresConnection.connect(
            configuration: config.coreConfiguration, id: 1, logger: Logger(label: "test-admin"))
        do {
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: Logger(label: "test-admin"))
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }
}
