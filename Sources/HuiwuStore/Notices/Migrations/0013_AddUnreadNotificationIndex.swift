import FluentKit
import SQLKit

/// Every page shows the reader's unread count; without this partial index, counting walked
/// all of a person's notifications (thousands for a busy booker) through the table.
struct AddUnreadNotificationIndex: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw(
            "CREATE INDEX notifications_unread ON notifications (person_id) WHERE read_at IS NULL"
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await (database as! any SQLDatabase).raw("DROP INDEX notifications_unread").run()
    }
}
