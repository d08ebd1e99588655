import FluentKit

/// Who authorised a participant to chair the meeting (R5.4; A5: 例会由总经理或授权人主持): a
/// host on the list by authorisation, not by the type's host role, keeps who gave it.
struct AddParticipantAuthorisedBy: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meeting_participants").field("authorised_by_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("meeting_participants").deleteField("authorised_by_id").update()
    }
}
