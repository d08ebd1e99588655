import FluentKit
import SQLKit

/// In-app notifications about a meeting link to it (as booking ones link to their booking).
struct AddNotificationMeeting: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("notifications").field("meeting_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("notifications").deleteField("meeting_id").update()
    }
}
