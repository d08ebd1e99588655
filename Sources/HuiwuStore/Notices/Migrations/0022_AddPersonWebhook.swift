import FluentKit
import SQLKit

/// A person's chat-bot webhook (DingTalk, WeCom, Feishu or a generic JSON receiver), a channel
/// their meeting notices also go to (X2).
struct AddPersonWebhook: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("people").field("webhook_url", .string).update()
        try await database.schema("people").field("webhook_format", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("people").deleteField("webhook_format").update()
        try await database.schema("people").deleteField("webhook_url").update()
    }
}
