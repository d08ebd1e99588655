import FluentKit
import SQLKit

/// Leave from a meeting and delegation to a subordinate (R5.6, R3.1): who asked, why,
/// when (the rulebook's notice is judged against the start), the delegate, and where it stands.
struct CreateLeaveRequest: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("leave_requests")
            .field("id", .uuid, .identifier(auto: false))
            // data
            .field("kind", .string, .required)
            .field("reason", .string, .required)
            .field("status", .string, .required)
            .field("rulebook_version", .int)
            .field("clause_id", .string)
            .field("requested_at", .datetime, .required)
            .field("decided_at", .datetime)
            // references
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("participant_id", .uuid, .required, .references("meeting_participants", "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("delegate_id", .uuid, .references("people", "id"))
            .field("approval_id", .uuid, .references("approval_requests", "id"))
            .create()
        try await (database as! any SQLDatabase).create(index: "leave_requests_meeting").on("leave_requests").column("meeting_id")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("leave_requests").delete()
    }
}
