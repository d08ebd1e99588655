import FluentKit
import SQLKit

/// The approval engine's records (R1.1, R3.1): a request for something (leave from a
/// meeting; later equipment and rental) run through the chain its rulebook clause sets, and one
/// task per person asked per step and approver slot, with what they decided and why.
struct CreateApproval: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("approval_requests")
            .field("id", .uuid, .identifier(auto: false))
            // data
            .field("subject_kind", .string, .required)
            .field("subject_id", .uuid, .required)
            .field("title", .string, .required)
            .field("status", .string, .required)
            .field("rulebook_version", .int, .required)
            .field("clause_id", .string, .required)
            .field("created_at", .datetime, .required)
            .field("decided_at", .datetime)
            // references
            .field("requester_id", .uuid, .required, .references("people", "id"))
            .create()
        try await database.schema("approval_tasks")
            .field("id", .uuid, .identifier(auto: false))
            // data
            .field("step", .int, .required)
            .field("slot", .int, .required)
            .field("approver", .string, .required)
            .field("state", .string, .required)
            .field("reason", .string)
            .field("asked_at", .datetime)
            .field("reminded_at", .datetime)
            .field("decided_at", .datetime)
            // references
            .field("request_id", .uuid, .required, .references("approval_requests", "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "approval_requests_subject").on("approval_requests").column("subject_id").run()
        try await sql.create(index: "approval_tasks_request").on("approval_tasks").column("request_id").run()
        try await sql.create(index: "approval_tasks_person").on("approval_tasks").column("person_id").column("state").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("approval_tasks").delete()
        try await database.schema("approval_requests").delete()
    }
}
