import FluentKit
import Foundation
import HuiwuCore
import SQLKit

/// People are picked by typing their name, username or the pinyin of their name (X6): the pinyin
/// and its initials are stored with each person (`NameSearchKeys`) and indexed, so a search is a
/// range over an index. Compared byte by byte (`COLLATE "C"` on PostgreSQL, SQLite's default), so
/// a prefix range means the same on both databases whatever the server's locale.
struct AddPersonNameSearch: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        let collate = sql.dialect.name == "postgresql" ? " COLLATE \"C\"" : ""
        for column in ["name_initials", "name_pinyin"] {
            try await sql.raw("ALTER TABLE people ADD COLUMN \(unsafeRaw: column) TEXT\(unsafeRaw: collate) NOT NULL DEFAULT ''")
                .run()
        }
        let people = try await sql.raw("SELECT id, display_name FROM people").all()
        for row in people {
            let keys = NameSearchKeys(name: try row.decode(column: "display_name", as: String.self))
            try await sql.raw(
                """
                UPDATE people SET name_initials = \(bind: keys.initials), name_pinyin = \(bind: keys.pinyin)
                WHERE id = \(bind: try row.decode(column: "id", as: UUID.self))
                """
            ).run()
        }
        try await sql.create(index: "people_name_initials").on("people").column("name_initials").run()
        try await sql.create(index: "people_name_pinyin").on("people").column("name_pinyin").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: "people_name_pinyin").run()
        try await sql.drop(index: "people_name_initials").run()
        try await database.schema("people").deleteField("name_pinyin").update()
        try await database.schema("people").deleteField("name_initials").update()
    }
}
