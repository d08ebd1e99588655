import FluentKit
import SQLKit

/// Meeting notices (R5.2, X2): one row per participant and channel, which is also the
/// transactional outbox — written in the same transaction as the change it announces, and
/// delivered (with retries) by the dispatcher, so a crash between commit and send loses nothing.
struct CreateNotice: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("notices")
            .field("id", .uuid, .identifier(auto: false))
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("participant_id", .uuid, .required, .references("meeting_participants", "id", onDelete: .cascade))
            .field("person_id", .uuid)
            .field("channel", .string, .required)
            .field("kind", .string, .required)
            .field("address", .string)
            .field("format", .string)
            .field("state", .string, .required)
            .field("attempts", .int, .required)
            .field("last_error", .string)
            .field("next_attempt_at", .datetime, .required)
            .field("sent_at", .datetime)
            .field("read_at", .datetime)
            .field("created_at", .datetime, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "notices_due").on("notices").column("state").column("next_attempt_at").run()
        try await sql.create(index: "notices_meeting").on("notices").column("meeting_id").column("participant_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("notices").delete()
    }
}
