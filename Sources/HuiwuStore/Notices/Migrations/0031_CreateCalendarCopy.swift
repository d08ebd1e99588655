import FluentKit
import SQLKit

/// What each recipient holds of each calendar object, as the last invitation sent them
/// described it (RFC 5546 organiser state, X2): the next message's SEQUENCE and whether an
/// instance CANCEL is enough are read from here.
struct CreateCalendarCopy: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("calendar_copies")
            // identity: the series or single meeting (its UID), and `person:<id>` or `guest:<e-mail>`
            .field("object_id", .uuid, .required)
            .field("recipient", .string, .required)
            // data
            .field("sequence", .int, .required)
            .field("events", .string, .required)
            .field("held", .bool, .required)
            .field("confirmed", .bool, .required)
            // constraints: written under its revision, so two deliveries at once never both win
            .field("revision", .int, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "object_id", "recipient")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("calendar_copies").delete()
    }
}
