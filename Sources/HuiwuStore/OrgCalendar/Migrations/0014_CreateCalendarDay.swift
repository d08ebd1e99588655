import FluentKit
import SQLKit

/// The organisation calendar (R2.2): public holidays and make-up workdays (调休), one row per
/// date, as the admin imports them. Dates are local `YYYY-MM-DD` text, so they sort and
/// compare the same on both databases.
struct CreateCalendarDay: AsyncMigration, StoredMigration {
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
