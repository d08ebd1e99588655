import FluentKit
import SQLKit

/// In-app notifications (X2 groundwork): approvals, rejections, displacements. The text is
/// rendered in the reader's language from `kind` and `params` when shown.
struct CreateNotification: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("notifications")
            .field("id", .uuid, .identifier(auto: false))
            .field("person_id", .uuid, .required, .references("people", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("booking_id", .uuid)
            .field("params", .string, .required)
            .field("created_at", .datetime, .required)
            .field("read_at", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "notifications_person_created").on("notifications")
            .column("person_id").column("created_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("notifications").delete()
    }
}
