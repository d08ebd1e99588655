import FluentKit
import SQLKit

/// The organisation calendar (R2.2): public holidays and make-up workdays (调休), one row per
/// date, as the admin imports them. Dates are local `YYYY-MM-DD` text, so they sort and
/// compare the same on both databases.
struct CreateCalendarDay: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("calendar_days")
            .field("date", .string, .identifier(auto: false))
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("calendar_days").delete()
    }
}

/// Semesters, quarters and other dated periods a series can be limited to (R2.2).
struct CreateCalendarPeriod: AsyncMigration {
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
