import FluentKit
import SQLKit

/// The preparation checklist (R5.3): venue, materials, equipment, each due before the start
/// and signed off by whoever did it.
struct CreateChecklistItem: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("checklist_items")
            .field("id", .uuid, .identifier(auto: false))
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("category", .string, .required)
            .field("title", .string, .required)
            .field("due_at", .datetime, .required)
            .field("assignee_id", .uuid, .references("people", "id", onDelete: .setNull))
            .field("done_at", .datetime)
            .field("done_by_id", .uuid, .references("people", "id", onDelete: .setNull))
            .field("reminded_at", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "checklist_items_meeting").on("checklist_items").column("meeting_id").run()
        try await sql.create(index: "checklist_items_due").on("checklist_items").column("due_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("checklist_items").delete()
    }
}
