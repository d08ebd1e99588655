import FluentKit
import SQLKit

/// Notices about a person's account rather than a meeting (X1, ASVS V2.2.3: repeated failed
/// log-ins), sent by e-mail and webhook through the same kind of outbox as meeting notices.
struct CreateAccountNotice: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("account_notices")
            .field("id", .uuid, .identifier(auto: false))
            .field("person_id", .uuid, .required, .references("people", "id", onDelete: .cascade))
            .field("channel", .string, .required)
            .field("kind", .string, .required)
            .field("address", .string, .required)
            .field("format", .string)
            .field("params", .string, .required)
            .field("state", .string, .required)
            .field("attempts", .int, .required)
            .field("last_error", .string)
            .field("next_attempt_at", .datetime, .required)
            .field("sent_at", .datetime)
            .field("created_at", .datetime, .required)
            .create()
        try await (database as! any SQLDatabase).create(index: "account_notices_due").on("account_notices")
            .column("state").column("next_attempt_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("account_notices").delete()
    }
}
