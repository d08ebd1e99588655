import FluentKit
import SQLKit

/// Bookings (R1.1–R1.3): the slot, why and for how many, who asked, the decision, and the
/// register's actual use (check-in/out). `version` backs optimistic concurrency (ETag).
struct CreateBooking: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("bookings")
            .field("id", .uuid, .identifier(auto: false))
            // slot
            .field("room_id", .uuid, .required, .references("rooms", "id"))
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            // request
            .field("title", .string, .required)
            .field("purpose", .string, .required)
            .field("headcount", .int, .required)
            .field("booker_id", .uuid, .required, .references("people", "id"))
            .field("department_id", .uuid, .references("departments", "id"))
            // decision
            .field("status", .string, .required)
            .field("priority", .bool, .required)
            .field("decision_reason", .string)
            .field("decided_by_id", .uuid)
            .field("decided_at", .datetime)
            .field("displaced_by_id", .uuid)
            // usage register (R1.3)
            .field("checked_in_at", .datetime)
            .field("checked_out_at", .datetime)
            .field("actual_headcount", .int)
            .field("condition_note", .string)
            // bookkeeping
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "bookings_room_start").on("bookings").column("room_id").column("starts_at").run()
        try await sql.create(index: "bookings_start").on("bookings").column("starts_at").run()
        try await sql.create(index: "bookings_booker_start").on("bookings").column("booker_id").column("starts_at").run()
        try await sql.create(index: "bookings_status_start").on("bookings").column("status").column("starts_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("bookings").delete()
    }
}
