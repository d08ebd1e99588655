import FluentKit
import SQLKit

/// Web sessions and API bearer tokens live in the database (architecture: many stateless
/// instances may share one PostgreSQL). Only a SHA-256 of the secret is stored.
struct CreateAuthSession: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("auth_sessions")
            .field("id", .uuid, .identifier(auto: false))
            // data
            .field("token_hash", .string, .required)
            .field("kind", .string, .required)
            .field("csrf_token", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            // references
            .field("person_id", .uuid, .required, .references("people", "id", onDelete: .cascade))
            // constraints
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("auth_sessions").delete()
    }
}
