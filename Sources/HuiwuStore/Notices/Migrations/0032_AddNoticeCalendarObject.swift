import FluentKit
import SQLKit

/// A notice names the calendar object its e-mail keeps right (a series a split left behind is
/// not its meeting's), and records the SEQUENCE it carried, so its delivery confirms that copy.
struct AddNoticeCalendarObject: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("notices").field("object_id", .uuid).update()
        try await database.schema("notices").field("calendar_sequence", .int).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("notices").deleteField("calendar_sequence").update()
        try await database.schema("notices").deleteField("object_id").update()
    }
}
