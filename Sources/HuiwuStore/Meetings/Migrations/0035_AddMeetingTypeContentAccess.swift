import FluentKit

/// Who reads a meeting's content, per meeting type (X1): empty means its participants.
struct AddMeetingTypeContentAccess: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meeting_types").field("content_access", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("meeting_types").deleteField("content_access").update()
    }
}
