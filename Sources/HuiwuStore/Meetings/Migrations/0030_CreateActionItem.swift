import FluentKit
import SQLKit

/// Action items (R5.8): owner, due date, status; open ones are followed up at the series'
/// next meeting, overdue ones reminded.
struct CreateActionItem: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("action_items")
            .field("id", .uuid, .identifier(auto: false))
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("series_id", .uuid)
            .field("title", .string, .required)
            .field("owner_id", .uuid, .required, .references("people", "id"))
            .field("due_on", .string, .required)
            .field("status", .string, .required)
            .field("created_at", .datetime, .required)
            .field("closed_at", .datetime)
            .field("reminded_on", .string)
            .field("version", .int, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "action_items_series").on("action_items").column("series_id").column("status").run()
        try await sql.create(index: "action_items_meeting").on("action_items").column("meeting_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("action_items").delete()
    }
}
