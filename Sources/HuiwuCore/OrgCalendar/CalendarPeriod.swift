import Foundation

/// A dated period of the organisation's year — a semester (学期) or a quarter (季度) — that a
/// series can be limited to (R2.2: "once or twice a semester", "quarterly").
public struct CalendarPeriod: Sendable, Equatable, Hashable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case semester, quarter, custom
    }

    public var name: String
    public var kind: Kind
    /// First and last day, inclusive.
    public var starts: CivilDate
    public var ends: CivilDate

    public init(name: String, kind: Kind, starts: CivilDate, ends: CivilDate) {
        self.name = name
        self.kind = kind
        self.starts = starts
        self.ends = ends
    }

    public func contains(_ date: CivilDate) -> Bool { starts <= date && date <= ends }

    /// The four calendar quarters of a year.
    public static func quarters(of year: Int) -> [CalendarPeriod] {
        (0..<4).map { q in
            let first = CivilDate(year: year, month: q * 3 + 1, day: 1)!
            let next = q == 3 ? CivilDate(year: year + 1, month: 1, day: 1)! : CivilDate(year: year, month: q * 3 + 4, day: 1)!
            return CalendarPeriod(name: "\(year)Q\(q + 1)", kind: .quarter, starts: first, ends: next.adding(days: -1))
        }
    }
}

extension RecurrenceExpansion {
    /// A series limited to periods: within each period, the rule's occurrences counted from the
    /// period's first day (at the start's time of day), at most `perPeriod` of them — e.g. the
    /// second and fourth Tuesday of a month, twice a semester:
    /// `FREQ=MONTHLY;BYDAY=2TU,4TU` with `perPeriod: 2`. Occurrences before `start` are left out.
    public static func occurrences(
        of rule: RecurrenceRule, start: LocalDateTime, within periods: [CalendarPeriod],
        perPeriod: Int?, zone: OrgTime
    ) -> [LocalDateTime] {
        var out: [LocalDateTime] = []
        for period in periods.sorted(by: { $0.starts < $1.starts }) where period.ends >= start.date {
            let from = LocalDateTime(date: max(period.starts, start.date), secondOfDay: start.secondOfDay)
            let through = LocalDateTime(date: period.ends, secondOfDay: 86_399)
            // The rule restarts at each period's first day (an interval counts from there); the
            // days it would have taken from the series' start are made explicit first, so a plain
            // "weekly" keeps the start's weekday. UNTIL ends the whole series; COUNT applies per
            // period, like `perPeriod`.
            let anchored = LocalDateTime(date: period.starts, secondOfDay: start.secondOfDay)
            let found = occurrences(
                of: rule.withDefaultDays(from: start.date), start: anchored, zone: zone, limit: 10_000,
                through: through
            )
            .filter { $0 >= from }
            out += found.prefix(perPeriod ?? found.count)
        }
        var seen = Set<LocalDateTime>()
        return out.filter { seen.insert($0).inserted }.sorted()
    }
}
