import FluentKit
import SQLKit

/// Meeting types (R2.1): standing agenda, host, participant groups and cadence. Localized
/// texts and lists are JSON; the templates a type came from are kept by `code`.
struct CreateMeetingType: AsyncMigration, StoredMigration {
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
