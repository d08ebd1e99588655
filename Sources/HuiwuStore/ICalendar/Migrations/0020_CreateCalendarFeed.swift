import FluentKit
import SQLKit

/// Calendar feed subscriptions: a secret URL per person or per room, stored as the SHA-256
/// digest of its token (like sessions), revocable.
struct CreateCalendarFeed: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("calendar_feeds")
            .field("id", .uuid, .identifier(auto: false))
            .field("token_digest", .string, .required)
            .field("owner_id", .uuid, .required, .references("people", "id", onDelete: .cascade))
            .field("person_id", .uuid, .references("people", "id", onDelete: .cascade))
            .field("room_id", .uuid, .references("rooms", "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .field("revoked_at", .datetime)
            .unique(on: "token_digest")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("calendar_feeds").delete()
    }
}
