import FluentKit
import SQLKit

/// Recurring series (R2.2): the rule and everything needed to make its occurrences again.
struct CreateMeetingSeries: AsyncMigration, StoredMigration {
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
