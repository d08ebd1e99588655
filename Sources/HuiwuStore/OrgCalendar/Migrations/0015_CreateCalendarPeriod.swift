import FluentKit
import SQLKit

/// Semesters, quarters and other dated periods a series can be limited to (R2.2).
struct CreateCalendarPeriod: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("calendar_periods")
            .field("id", .uuid, .identifier(auto: false))
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("calendar_periods").delete()
    }
}
