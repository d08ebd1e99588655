import FluentKit
import SQLKit

/// A meeting's participant list (R2.5): a snapshot per occurrence — people resolved from
/// groups when the list was taken, plus guests — that the organiser may edit. A removed
/// participant stays as a row marked `removed`, so taking the list again does not re-add them.
struct CreateMeetingParticipant: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meeting_participants")
            .field("id", .uuid, .identifier(auto: false))
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("person_id", .uuid, .references("people", "id"))
            .field("guest_name", .string)
            .field("guest_email", .string)
            .field("source", .string, .required)
            .field("role", .string, .required)
            .field("removed", .bool, .required)
            .field("added_at", .datetime, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "meeting_participants_meeting").on("meeting_participants").column("meeting_id").run()
        try await sql.create(index: "meeting_participants_person").on("meeting_participants").column("person_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("meeting_participants").delete()
    }
}
