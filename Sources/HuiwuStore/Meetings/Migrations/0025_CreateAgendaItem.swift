import FluentKit
import SQLKit

/// The agenda (R5.4): ordered items with time boxes and presenters; the type's standing items
/// are copied in when a meeting is made.
struct CreateAgendaItem: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("agenda_items")
            .field("id", .uuid, .identifier(auto: false))
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("title", .string, .required)
            .field("minutes", .int, .required)
            .field("presenter_id", .uuid, .references("people", "id", onDelete: .setNull))
            .create()
        try await (database as! any SQLDatabase).create(index: "agenda_items_meeting").on("agenda_items")
            .column("meeting_id").column("position").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("agenda_items").delete()
    }
}
