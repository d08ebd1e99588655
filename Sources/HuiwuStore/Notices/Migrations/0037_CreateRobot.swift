import FluentKit
import Foundation
import SQLKit

/// Group robots (R5.2, X2): a DingTalk, WeCom, Feishu or generic webhook set up for a
/// department, a meeting type, or one person (their private robot), with its secret sealed at rest.
/// The per-person webhooks of migration 0022 become private robots: same address and platform, no
/// secret (there was none), so every notice goes where it went before.
struct CreateRobot: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("robots")
            .field("id", .uuid, .identifier(auto: false))
            .field("name", .string, .required)
            .field("platform", .string, .required)
            .field("url", .string, .required)
            .field("address_key", .string, .required)
            .field("secret_sealed", .string)
            .field("scope_kind", .string, .required)
            .field("scope_id", .uuid, .required)
            .field("created_at", .datetime, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "robots_scope").on("robots").column("scope_kind").column("scope_id").run()
        try await sql.create(index: "robots_address").on("robots").column("address_key").run()
        let hooks = try await sql.raw(
            """
            SELECT id, display_name, webhook_url, webhook_format FROM people
            WHERE webhook_url IS NOT NULL AND webhook_url <> '' ORDER BY id
            """
        ).all()
        let now = Date()
        for row in hooks {
            let url = try row.decode(column: "webhook_url", as: String.self)
            try await sql.raw(
                """
                INSERT INTO robots (id, name, platform, url, address_key, secret_sealed, scope_kind, scope_id, created_at)
                VALUES (\(bind: UUID()), \(bind: try row.decode(column: "display_name", as: String.self)),
                        \(bind: try row.decode(column: "webhook_format", as: String?.self) ?? "generic"), \(bind: url),
                        \(bind: Self.addressKey(url)), NULL, 'person', \(bind: try row.decode(column: "id", as: UUID.self)), \(bind: now))
                """
            ).run()
        }
        try await database.schema("people").deleteField("webhook_format").update()
        try await database.schema("people").deleteField("webhook_url").update()
    }

    /// The address key as `RobotRouting.addressKey` computed it when this migration was written
    /// (a migration keeps its own copy so it means the same later).
    static func addressKey(_ url: String) -> String {
        guard let parts = URLComponents(string: url.trimmingCharacters(in: .whitespaces)) else { return url }
        var key = (parts.scheme ?? "").lowercased() + "://" + (parts.host ?? "").lowercased()
        if let port = parts.port { key += ":\(port)" }
        key += parts.path
        if let query = parts.query { key += "?" + query }
        return key
    }

    func revert(on database: any Database) async throws {
        try await database.schema("people").field("webhook_url", .string).update()
        try await database.schema("people").field("webhook_format", .string).update()
        let sql = database as! any SQLDatabase
        try await sql.raw(
            """
            UPDATE people SET webhook_url = (SELECT r.url FROM robots r WHERE r.scope_kind = 'person' AND r.scope_id = people.id
                                             ORDER BY r.created_at LIMIT 1),
                              webhook_format = (SELECT r.platform FROM robots r WHERE r.scope_kind = 'person'
                                                AND r.scope_id = people.id ORDER BY r.created_at LIMIT 1)
            """
        ).run()
        try await database.schema("robots").delete()
    }
}
