import FluentKit
import SQLKit

/// The audit trail (X5): every change to a booking — who, when, what.
struct CreateBookingEvent: AsyncMigration {
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

/// In-app notifications (X2 groundwork): approvals, rejections, displacements. The text is
/// rendered in the reader's language from `kind` and `params` when shown.
struct CreateNotification: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("notifications")
            .field("id", .uuid, .identifier(auto: false))
            .field("person_id", .uuid, .required, .references("people", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("booking_id", .uuid)
            .field("params", .string, .required)
            .field("created_at", .datetime, .required)
            .field("read_at", .datetime)
            .create()
        try await (database as! any SQLDatabase).create(index: "notifications_person_created").on("notifications")
            .column("person_id").column("created_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("notifications").delete()
    }
}

/// Every page shows the reader's unread count; without this partial index, counting walked
/// all of a person's notifications (thousands for a busy booker) through the table.
struct AddUnreadNotificationIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw(
            "CREATE INDEX notifications_unread ON notifications (person_id) WHERE read_at IS NULL").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP INDEX notifications_unread").run()
    }
}
