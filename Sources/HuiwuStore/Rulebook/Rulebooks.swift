import Foundation
import HuiwuCore
import HuiwuRulebookYAML
import SQLKit

/// The organisation's rulebook (X3): the versions adopted, which is in force on a
/// day, and adopting a new one. A version is never changed once stored; a decision cites it.
public struct Rulebooks: Sendable {
    public let store: Store

    public init(store: Store) { self.store = store }

    /// Every version, newest first.
    public func versions() async throws -> [RulebookVersion] {
        try await store.reader.raw("SELECT * FROM rulebook_versions ORDER BY version DESC").all().map(RulebookVersion.init(row:))
    }

    public func version(_ number: Int) async throws -> RulebookVersion? {
        try await store.reader.raw("SELECT * FROM rulebook_versions WHERE version = \(bind: number)").first()
            .map(RulebookVersion.init(row:))
    }

    /// The version in force on `day`: the latest effective date not after it, the highest
    /// version among those of one date. Nil before the first version takes effect.
    public func inForce(on day: CivilDate) async throws -> RulebookVersion? {
        try await Self.inForce(on: day, store.reader)
    }

    static func inForce(on day: CivilDate, _ db: any SQLDatabase) async throws -> RulebookVersion? {
        try await db.raw(
            """
            SELECT * FROM rulebook_versions WHERE effective_on <= \(bind: day.description)
            ORDER BY effective_on DESC, version DESC LIMIT 1
            """
        ).first().map(RulebookVersion.init(row:))
    }

    /// The rulebook in force on `day`, parsed, read inside the caller's transaction: the one
    /// question every capability that decides under a regulation asks (X3) — leave, attendance,
    /// fines, release — so none of them asks another capability for it.
    static func rulebook(on day: CivilDate, _ db: any SQLDatabase) async throws -> Rulebook? {
        guard let v = try await inForce(on: day, db) else { return nil }
        return try RulebookCache.shared.rulebook(v)
    }

    /// The rulebook a stored version holds (parsed once per process: a version never changes).
    public func rulebook(_ v: RulebookVersion) throws -> Rulebook { try RulebookCache.shared.rulebook(v) }

    /// The rulebook in force on `day`, parsed.
    public func rulebook(on day: CivilDate) async throws -> Rulebook? {
        guard let v = try await inForce(on: day) else { return nil }
        return try rulebook(v)
    }

    /// Adopts a document as the next version. It must load (every problem is reported with its
    /// line) and its `version` must be above every stored one; nothing is written otherwise.
    public func adopt(_ source: String, by person: UUID?, note: String?, now: Date) async throws -> RulebookVersion {
        try await adopt(try RulebookDocument.load(source), source: source, by: person, note: note, now: now)
    }

    /// Adopts a document already read: `book` is what `source` loads to (a handler reads an
    /// upload on a thread of its own first, `RulebookReading`).
    public func adopt(
        _ book: Rulebook, source: String, by person: UUID?, note: String?, now: Date
    ) async throws
        -> RulebookVersion
    {
        let id = UUID()
        try await store.write { db in
            let newest = try await db.raw("SELECT MAX(version) AS v FROM rulebook_versions").first()?
                .decode(column: "v", as: Int?.self)
            if let newest, book.version <= newest {
                let at = RulebookDocument.position(of: "version", in: source)
                throw RulebookRefusal([
                    RulebookProblem(
                        "version_not_newer", at: "version", line: at?.line, column: at?.column, ["newest": "\(newest)"])
                ])
            }
            try await db.raw(
                """
                INSERT INTO rulebook_versions
                  (id, version, rulebook_key, effective_on, source, clause_count, note, created_at, created_by)
                VALUES (\(bind: id), \(bind: book.version), \(bind: book.key), \(bind: book.effective.description), \(bind: source),
                        \(bind: book.clauses.count), \(bind: note), \(bind: now), \(bind: person))
                """
            ).run()
        }
        guard let made = try await version(book.version) else { throw StoreError.notFound }
        return made
    }
}

extension Rulebooks {
    /// A document adopted after `newest` must carry a higher number (checked again inside the
    /// write, so two admins adopting at once cannot both take one number).
    public static func numbering(_ book: Rulebook, source: String, newest: Int?) -> [RulebookProblem] {
        guard let newest, book.version <= newest else { return [] }
        let at = RulebookDocument.position(of: "version", in: source)
        return [RulebookProblem("version_not_newer", at: "version", line: at?.line, column: at?.column, ["newest": "\(newest)"])]
    }
}

/// Parsed versions by row id (ids are unique across databases, so tests sharing a process agree).
final class RulebookCache: @unchecked Sendable {
    static let shared = RulebookCache()
    private let lock = NSLock()
    private var parsed: [UUID: Rulebook] = [:]

    func rulebook(_ v: RulebookVersion) throws -> Rulebook {
        if let hit = lock.withLock({ parsed[v.id] }) { return hit }
        let book = try RulebookDocument.loadStored(v.source)
        lock.withLock { parsed[v.id] = book }
        return book
    }
}
