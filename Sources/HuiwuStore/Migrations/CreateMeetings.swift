import FluentKit
import SQLKit

/// Meeting types (R2.1): standing agenda, host, participant groups and cadence. Localized
/// texts and lists are JSON; the templates a type came from are kept by `code`.
struct CreateMeetingType: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meeting_types")
            .field("id", .uuid, .identifier(auto: false))
            .field("code", .string, .required)
            .field("clause", .string, .required)
            .field("name", .string, .required)
            .field("host", .string, .required)
            .field("host_role", .string)
            .field("participants", .string, .required)
            .field("rule", .string)
            .field("per_period", .int)
            .field("period_kind", .string)
            .field("start_minute", .int, .required)
            .field("duration_minutes", .int, .required)
            .field("ad_hoc", .bool, .required)
            .field("cadence", .string, .required)
            .field("reporters_in_order", .bool, .required)
            .field("agenda", .string, .required)
            .field("default_room_id", .uuid, .references("rooms", "id", onDelete: .setNull))
            .field("active", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("meeting_types").delete()
    }
}

/// Recurring series (R2.2): the rule and everything needed to make its occurrences again.
struct CreateMeetingSeries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meeting_series")
            .field("id", .uuid, .identifier(auto: false))
            .field("type_id", .uuid, .references("meeting_types", "id"))
            .field("title", .string, .required)
            .field("organiser_id", .uuid, .required, .references("people", "id"))
            .field("room_id", .uuid, .references("rooms", "id"))
            .field("rule", .string, .required)
            .field("starts_local", .string, .required)
            .field("duration_minutes", .int, .required)
            .field("through", .string, .required)
            .field("holiday_policy", .string, .required)
            .field("period_kind", .string)
            .field("per_period", .int)
            .field("rdates", .string, .required)
            .field("exdates", .string, .required)
            .field("participants", .string, .required)
            .field("headcount", .int, .required)
            .field("status", .string, .required)
            .field("split_from_id", .uuid)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("meeting_series").delete()
    }
}

/// Meetings: one row per occurrence of a series, or an ad-hoc meeting (R2.3). Each holds its
/// room through a booking made by the booking path, so the no-overlap invariant covers them.
struct CreateMeeting: AsyncMigration {
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

/// A meeting's participant list (R2.5): a snapshot per occurrence — people resolved from
/// groups when the list was taken, plus guests — that the organiser may edit. A removed
/// participant stays as a row marked `removed`, so taking the list again does not re-add them.
struct CreateMeetingParticipant: AsyncMigration {
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
