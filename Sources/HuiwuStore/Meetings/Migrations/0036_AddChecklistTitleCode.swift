import FluentKit
import SQLKit

/// Standard checklist titles as catalog keys (R5.3, X6): new meetings store the key and
/// every reader sees the title in their language. Items made before stored the zh-Hans words
/// of the three standard items; those exact rows get their key too, anything a person wrote
/// keeps its text.
struct AddChecklistTitleCode: AsyncMigration, StoredMigration {
    /// The words the standard items were stored with until this migration, by category.
    static let storedBefore: [(category: String, title: String, code: String)] = [
        ("venue", "会场布置", "checklist_default_venue"),
        ("materials", "会议材料", "checklist_default_materials"),
        ("equipment", "设备调试", "checklist_default_equipment"),
    ]

    func prepare(on database: any Database) async throws {
        try await database.schema("checklist_items").field("title_code", .string).update()
        let sql = database as! any SQLDatabase
        for old in Self.storedBefore {
            try await sql.raw(
                """
                UPDATE checklist_items SET title_code = \(bind: old.code)
                WHERE category = \(bind: old.category) AND title = \(bind: old.title)
                """
            ).run()
        }
    }

    func revert(on database: any Database) async throws {
        // Items made since stored only the key: give them the words the old code showed.
        let sql = database as! any SQLDatabase
        for old in Self.storedBefore {
            try await sql.raw(
                "UPDATE checklist_items SET title = \(bind: old.title) WHERE title_code = \(bind: old.code) AND title = ''"
            ).run()
        }
        try await database.schema("checklist_items").deleteField("title_code").update()
    }
}
