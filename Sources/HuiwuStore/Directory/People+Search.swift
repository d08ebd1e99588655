import Foundation
import HuiwuCore
import SQLKit

/// Finding people by what one types (X6): a name or part of it, the start of a username, or the
/// start of the name's pinyin or its initials ("zw" finds 张伟). Active people only: nobody picks
/// someone who has left.
extension People {
    /// The pinyin keys of a person's name, stored beside it (`NameSearchKeys`).
    static func storeSearchKeys(_ id: UUID, name: String, _ db: any SQLDatabase) async throws {
        let keys = NameSearchKeys(name: name)
        try await db.raw(
            "UPDATE people SET name_initials = \(bind: keys.initials), name_pinyin = \(bind: keys.pinyin) WHERE id = \(bind: id)"
        ).run()
    }

    /// At most `limit` active people matching `typed`: exact and prefix matches first, then by name.
    public func search(_ typed: String, limit: Int) async throws -> [PersonRecord] {
        let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return [] }
        let limit = max(1, min(limit, 50))
        // A name is matched anywhere in it (a given name alone finds the person).
        let anywhere = "%" + Self.escapeLike(text) + "%"
        let sql: SQLQueryString
        if let key = NameSearchKeys.query(text) {
            let end = NameSearchKeys.upperBound(key)
            sql = """
                SELECT * FROM people WHERE active = \(bind: true) AND (
                  display_name LIKE \(bind: anywhere) ESCAPE '\\'
                  OR (name_initials >= \(bind: key) AND name_initials < \(bind: end))
                  OR (name_pinyin >= \(bind: key) AND name_pinyin < \(bind: end))
                  OR LOWER(username) LIKE \(bind: Self.escapeLike(key) + "%") ESCAPE '\\')
                ORDER BY display_name, username LIMIT \(bind: limit)
                """
        } else {
            sql = """
                SELECT * FROM people WHERE active = \(bind: true) AND display_name LIKE \(bind: anywhere) ESCAPE '\\'
                ORDER BY display_name, username LIMIT \(bind: limit)
                """
        }
        let found = try await store.reader.raw(sql).all().map { try $0.decode(PersonRecord.self) }
        let key = NameSearchKeys.query(text)
        // Exact hits first: the person whose name or username is what was typed.
        return found.enumerated().sorted { a, b in
            func rank(_ p: PersonRecord) -> Int {
                if p.displayName == text || p.username.lowercased() == key { return 0 }
                return NameSearchKeys(name: p.displayName).initials == key ? 1 : 2
            }
            let (x, y) = (rank(a.element), rank(b.element))
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
    }

    /// The active people whose name is exactly `name`.
    public func active(named name: String) async throws -> [PersonRecord] {
        try await store.reader.raw(
            "SELECT * FROM people WHERE display_name = \(bind: name) AND active = \(bind: true) ORDER BY username LIMIT 10"
        ).all().map { try $0.decode(PersonRecord.self) }
    }

    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
