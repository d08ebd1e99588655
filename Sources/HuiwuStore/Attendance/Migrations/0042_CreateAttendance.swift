import FluentKit
import SQLKit

/// Attendance per participant (R5.6, R3.2): check-in and check-out times, how they
/// were taken, leave and delegation, and the outcome decided when attendance closes. One row per
/// participant (unique), so concurrent check-ins cannot double a record. A meeting records when
/// its attendance closed and under which rulebook version, so closing decides once.
struct CreateAttendance: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("attendance")
            .field("id", .uuid, .identifier(auto: false))
            // data
            .field("checked_in_at", .datetime)
            .field("checked_out_at", .datetime)
            .field("method", .string)
            .field("excused", .bool, .required)
            .field("outcome", .string)
            .field("rulebook_version", .int)
            .field("clause_id", .string)
            .field("version", .int, .required)
            .field("updated_at", .datetime, .required)
            // references
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("participant_id", .uuid, .required, .references("meeting_participants", "id", onDelete: .cascade))
            .field("person_id", .uuid, .references("people", "id"))
            .field("marked_by", .uuid, .references("people", "id"))
            .field("delegate_id", .uuid, .references("people", "id"))
            // constraints
            .unique(on: "meeting_id", "participant_id")
            .create()
        try await database.schema("attendance_corrections")
            .field("id", .uuid, .identifier(auto: false))
            .field("reason", .string, .required)
            .field("before", .string, .required)
            .field("after", .string, .required)
            .field("created_at", .datetime, .required)
            .field("attendance_id", .uuid, .required, .references("attendance", "id", onDelete: .cascade))
            .field("corrected_by", .uuid, .required, .references("people", "id"))
            .create()
        try await database.schema("meetings").field("attendance_closed_at", .datetime).update()
        try await database.schema("meetings").field("attendance_version", .int).update()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "attendance_person").on("attendance").column("person_id").run()
        try await sql.create(index: "meetings_attendance_open").on("meetings").column("attendance_closed_at").column("ends_at")
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("meetings").deleteField("attendance_version").update()
        try await database.schema("meetings").deleteField("attendance_closed_at").update()
        try await database.schema("attendance_corrections").delete()
        try await database.schema("attendance").delete()
    }
}
