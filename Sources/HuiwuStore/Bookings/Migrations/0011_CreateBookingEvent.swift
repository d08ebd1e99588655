import FluentKit
import SQLKit

/// The audit trail (X5): every change to a booking — who, when, what.
struct CreateBookingEvent: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("booking_events")
            .field("id", .uuid, .identifier(auto: false))
            .field("booking_id", .uuid, .required, .references("bookings", "id"))
            .field("actor_id", .uuid)
            .field("action", .string, .required)
            .field("detail", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await (database as! any SQLDatabase).create(index: "booking_events_booking").on("booking_events")
            .column("booking_id").column("at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("booking_events").delete()
    }
}
