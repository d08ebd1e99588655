import FluentKit
import SQLKit

/// Meetings: one row per occurrence of a series, or an ad-hoc meeting (R2.3). Each holds its
/// room through a booking made by the booking path, so the no-overlap invariant covers them.
struct CreateMeeting: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meetings")
            .field("id", .uuid, .identifier(auto: false))
            .field("series_id", .uuid, .references("meeting_series", "id"))
            .field("type_id", .uuid, .references("meeting_types", "id"))
            .field("title", .string, .required)
            .field("organiser_id", .uuid, .required, .references("people", "id"))
            .field("room_id", .uuid, .references("rooms", "id"))
            .field("booking_id", .uuid, .references("bookings", "id"))
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            .field("headcount", .int, .required)
            .field("recurrence_key", .string)
            .field("status", .string, .required)
            .field("overridden", .bool, .required)
            .field("sequence", .int, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "meetings_series").on("meetings").column("series_id").column("starts_at").run()
        try await sql.create(index: "meetings_starts").on("meetings").column("starts_at").run()
        try await sql.create(index: "meetings_booking").on("meetings").column("booking_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("meetings").delete()
    }
}
