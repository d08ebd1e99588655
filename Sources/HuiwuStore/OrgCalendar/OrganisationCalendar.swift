import Foundation
import HuiwuCore
import SQLKit

/// Holidays and make-up workdays (R2.2), stored per date, and the periods series can be
/// limited to.
public struct OrganisationCalendar: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    /// Entries from `from` through `through`, by date.
    public func entries(from: CivilDate, through: CivilDate) async throws -> [WorkCalendar.Entry] {
        try await Self.entries(from: from, through: through, store.reader)
    }

    /// The same, on the database given (a series reads them in its write transaction).
    static func entries(from: CivilDate, through: CivilDate, _ db: any SQLDatabase) async throws -> [WorkCalendar.Entry] {
        try await db.raw(
            """
            SELECT date, kind, name FROM calendar_days WHERE date >= \(bind: from.description) AND date <= \(bind: through.description)
            ORDER BY date
            """
        ).all().map { row in
            let text = try row.decode(column: "date", as: String.self)
            guard let date = CivilDate(text),
                let kind = WorkCalendar.Kind(rawValue: try row.decode(column: "kind", as: String.self))
            else {
                throw StoreError.invalid(field: "date", code: "calendar.bad_date")
            }
            return WorkCalendar.Entry(date: date, kind: kind, name: try row.decode(column: "name", as: String.self))
        }
    }

    /// Adds the entries, replacing any already stored for the same dates, in one transaction.
    public func save(_ entries: [WorkCalendar.Entry], now: Date) async throws {
        try await store.write { db in
            for e in entries {
                try await db.raw("DELETE FROM calendar_days WHERE date = \(bind: e.date.description)").run()
                try await db.raw(
                    """
                    INSERT INTO calendar_days (date, kind, name, updated_at)
                    VALUES (\(bind: e.date.description), \(bind: e.kind.rawValue), \(bind: e.name), \(bind: now))
                    """
                ).run()
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

    /// A stored period with its id.
    public struct StoredPeriod: Sendable, Equatable {
        public var id: UUID
        public var period: CalendarPeriod
    }

    /// Every period, by start.
    public func periods() async throws -> [StoredPeriod] {
        try await Self.periods(store.reader)
    }

    /// The same, on the database given.
    static func periods(_ db: any SQLDatabase) async throws -> [StoredPeriod] {
        try await db.raw("SELECT id, name, kind, starts_on, ends_on FROM calendar_periods ORDER BY starts_on, name")
            .all().map { row in
                guard let kind = CalendarPeriod.Kind(rawValue: try row.decode(column: "kind", as: String.self)),
                    let starts = CivilDate(try row.decode(column: "starts_on", as: String.self)),
                    let ends = CivilDate(try row.decode(column: "ends_on", as: String.self))
                else {
                    throw StoreError.invalid(field: "period", code: "calendar.bad_date")
                }
                return StoredPeriod(
                    id: try row.decode(column: "id", as: UUID.self),
                    period: CalendarPeriod(
                        name: try row.decode(column: "name", as: String.self), kind: kind,
                        starts: starts, ends: ends))
            }
    }

    /// Adds a period; its name must be new (`StoreError.duplicate`).
    public func addPeriod(_ period: CalendarPeriod, now: Date) async throws -> StoredPeriod {
        let id = UUID()
        try await store.write { db in
            if try await db.raw("SELECT id FROM calendar_periods WHERE name = \(bind: period.name)").first() != nil {
                throw StoreError.duplicate(field: "name")
            }
            try await db.raw(
                """
                INSERT INTO calendar_periods (id, name, kind, starts_on, ends_on, created_at)
                VALUES (\(bind: id), \(bind: period.name), \(bind: period.kind.rawValue), \(bind: period.starts.description),
                        \(bind: period.ends.description), \(bind: now))
                """
            ).run()
        }
        return StoredPeriod(id: id, period: period)
    }

    /// Removes a period; false if there was none.
    public func removePeriod(_ id: UUID) async throws -> Bool {
        try await store.write { db in
            let found = try await db.raw("SELECT id FROM calendar_periods WHERE id = \(bind: id)").first() != nil
            if found { try await db.raw("DELETE FROM calendar_periods WHERE id = \(bind: id)").run() }
            return found
        }
    }
}
