import FluentKit
import SQLKit

/// Which reminders were queued for a meeting, so each offset reminds once.
struct CreateMeetingReminder: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meeting_reminders")
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("offset_minutes", .int, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "meeting_id", "offset_minutes")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("meeting_reminders").delete()
    }
}
