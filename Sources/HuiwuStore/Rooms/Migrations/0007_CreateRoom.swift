import FluentKit
import SQLKit

/// Rooms (R1.1, R4.1 groundwork): where, how big, which class, who manages it, when and how
/// it may be booked, and whether it is in service.
struct CreateRoom: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("rooms")
            .field("id", .uuid, .identifier(auto: false))
            // data
            .field("name", .string, .required)
            .field("building", .string, .required)
            .field("floor", .string, .required)
            .field("capacity", .int, .required)
            .field("room_class", .string, .required)
            .field("description", .string, .required)
            // booking policy
            .field("opens_at", .int, .required)
            .field("closes_at", .int, .required)
            .field("min_lead_minutes", .int, .required)
            .field("max_advance_days", .int, .required)
            .field("max_duration_minutes", .int, .required)
            .field("auto_approve", .bool, .required)
            // service state
            .field("status", .string, .required)
            .field("maintenance_starts_at", .datetime)
            .field("maintenance_ends_at", .datetime)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            // references
            .field("managing_department_id", .uuid, .references("departments", "id"))
            // constraints
            .unique(on: "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("rooms").delete()
    }
}
