import Foundation
import HuiwuCore
import SQLKit

/// Holidays and make-up workdays (R2.2), stored per date; series consult them through
/// `workCalendar(from:through:)`.
public struct OrganisationCalendar: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    /// Entries from `from` through `through`, by date.
    public func entries(from: CivilDate, through: CivilDate) async throws -> [WorkCalendar.Entry] {
        try await store.reader.raw("""
            SELECT date, kind, name FROM calendar_days WHERE date >= \(bind: from.description) AND date <= \(bind: through.description)
            ORDER BY date
            """).all().map { row in
                let text = try row.decode(column: "date", as: String.self)
                guard let date = CivilDate(text), let kind = WorkCalendar.Kind(rawValue: try row.decode(column: "kind", as: String.self)) else {
                    throw StoreError.invalid(field: "date", code: "calendar.bad_date")
                }
                return WorkCalendar.Entry(date: date, kind: kind, name: try row.decode(column: "name", as: String.self))
            }
    }

    public func workCalendar(from: CivilDate, through: CivilDate) async throws -> WorkCalendar {
        WorkCalendar(try await entries(from: from, through: through))
    }

    /// Adds the entries, replacing any already stored for the same dates, in one transaction.
    public func save(_ entries: [WorkCalendar.Entry], now: Date) async throws {
        try await store.write { db in
            for e in entries {
                try await db.raw("DELETE FROM calendar_days WHERE date = \(bind: e.date.description)").run()
                try await db.raw("""
                    INSERT INTO calendar_days (date, kind, name, updated_at)
                    VALUES (\(bind: e.date.description), \(bind: e.kind.rawValue), \(bind: e.name), \(bind: now))
                    """).run()
            }
        }
    }

    /// Removes the entry for a date; false if there was none.
    public func remove(_ date: CivilDate) async throws -> Bool {
        try await store.write { db in
            let found = try await db.raw("SELECT date FROM calendar_days WHERE date = \(bind: date.description)").first() != nil
            if found { try await db.raw("DELETE FROM calendar_days WHERE date = \(bind: date.description)").run() }
            return found
        }
    }
}
