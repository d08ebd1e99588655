import FluentKit
import SQLKit

/// The fixed speaking order of reporters (R5.4: department heads, clockwise).
struct CreateMeetingReporter: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meeting_reporters")
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("person_id", .uuid, .required, .references("people", "id", onDelete: .cascade))
            .unique(on: "meeting_id", "person_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("meeting_reporters").delete()
    }
}
