import FluentKit
import SQLKit

/// What each recipient holds of each calendar object, as the last invitation sent them
/// described it (RFC 5546 organiser state, issue 8): the next message's SEQUENCE and whether an
/// instance CANCEL is enough are read from here.
struct CreateCalendarCopy: AsyncMigration {
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

/// A notice names the calendar object its e-mail keeps right (a series a split left behind is
/// not its meeting's), and records the SEQUENCE it carried, so its delivery confirms that copy.
struct AddNoticeCalendarObject: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("notices").field("object_id", .uuid).update()
        try await database.schema("notices").field("calendar_sequence", .int).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("notices").deleteField("calendar_sequence").update()
        try await database.schema("notices").deleteField("object_id").update()
    }
}
