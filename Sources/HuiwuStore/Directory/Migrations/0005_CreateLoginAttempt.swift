import FluentKit
import SQLKit

/// Log-in attempts, counted to rate-limit guessing (X1).
struct CreateLoginAttempt: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("login_attempts")
            .field("id", .uuid, .identifier(auto: false))
            .field("username", .string, .required)
            .field("client", .string, .required)
            .field("succeeded", .bool, .required)
            .field("attempted_at", .datetime, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "login_attempts_username_at").on("login_attempts")
            .column("username").column("attempted_at").run()
        try await sql.create(index: "login_attempts_client_at").on("login_attempts")
            .column("client").column("attempted_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("login_attempts").delete()
    }
}
