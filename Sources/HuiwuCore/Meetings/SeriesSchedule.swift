import Foundation

/// When a meeting series is held (R2.2): its rule from a first start, the organisation's
/// holidays and periods applied, up to an end date. Pure — the store supplies the calendar.
public struct SeriesSchedule: Sendable, Equatable {
    public var rule: RecurrenceRule
    /// The first start (RFC 5545 DTSTART), local wall-clock time.
    public var start: LocalDateTime
    public var durationMinutes: Int
    /// The last day occurrences are made for (inclusive). Series without COUNT or UNTIL are
    /// materialized up to here; a calendar feed states it as the rule's UNTIL.
    public var through: CivilDate
    public var holidayPolicy: HolidayPolicy
    /// Limits the series to dated periods, at most `perPeriod` occurrences in each.
    public var periodKind: CalendarPeriod.Kind?
    public var perPeriod: Int?
    public var rdates: [LocalDateTime]
    public var exdates: Set<LocalDateTime>

    public init(
        rule: RecurrenceRule, start: LocalDateTime, durationMinutes: Int, through: CivilDate,
        holidayPolicy: HolidayPolicy = .keep, periodKind: CalendarPeriod.Kind? = nil, perPeriod: Int? = nil,
        rdates: [LocalDateTime] = [], exdates: Set<LocalDateTime> = []
    ) {
        self.rule = rule
        self.start = start
        self.durationMinutes = durationMinutes
        self.through = through
        self.holidayPolicy = holidayPolicy
        self.periodKind = periodKind
        self.perPeriod = perPeriod
        self.rdates = rdates
        self.exdates = exdates
    }

    /// Most occurrences one series makes (a daily meeting for two years).
    public static let maxOccurrences = 750
    /// Longest span from the first start to `through`.
    public static let maxDays = 2 * 366

    /// One occurrence: its identity in the series (the moment the rule gives, RFC 5545
    /// RECURRENCE-ID) and where it is held after the holiday policy.
    public struct Occurrence: Sendable, Hashable {
        public var key: LocalDateTime
        public var start: LocalDateTime
        public init(key: LocalDateTime, start: LocalDateTime) {
            self.key = key
            self.start = start
        }
        public var isMoved: Bool { key != start }
    }

    /// The occurrences, in order: the rule's (within the periods, if limited) plus RDATEs,
    /// minus EXDATEs, through `through`, each placed by the holiday policy. An occurrence
    /// the policy moves onto another one's moment is dropped rather than doubled.
    public func occurrences(calendar: WorkCalendar, periods: [CalendarPeriod], zone: OrgTime) -> [Occurrence] {
        place(keys(periods: periods, zone: zone), calendar: calendar).sorted { $0.start < $1.start }
    }

    /// The schedule as a series stores it once its occurrences are known (R2.2, X2): a rule
    /// that ends by itself (COUNT or UNTIL) runs through its last occurrence rather than the
    /// materialising horizon, and the occurrences the organisation calendar takes away (a
    /// holiday skipped, or moved onto another occurrence) are listed as EXDATEs.
    public func settled(calendar: WorkCalendar, periods: [CalendarPeriod], zone: OrgTime) -> SeriesSchedule {
        let keys = keys(periods: periods, zone: zone)
        var out = self
        if periodKind == nil && (rule.count != nil || rule.until != nil), let last = keys.last {
            out.through = min(through, last.date)
        }
        let placed = Set(place(keys, calendar: calendar).map(\.key))
        out.exdates.formUnion(keys.filter { !placed.contains($0) })
        return out
    }

    /// The occurrences' identities, in order, before the holiday policy.
    func keys(periods: [CalendarPeriod], zone: OrgTime) -> [LocalDateTime] {
        let end = LocalDateTime(date: through, secondOfDay: 86_399)
        guard let periodKind else {
            return RecurrenceExpansion.occurrences(
                of: rule, start: start, adding: rdates, excluding: exdates, zone: zone,
                limit: Self.maxOccurrences + 1, through: end)
        }
        let chosen = periods.filter { $0.kind == periodKind }
        let keys = RecurrenceExpansion.occurrences(of: rule, start: start, within: chosen, perPeriod: perPeriod, zone: zone)
            .filter { $0 <= end }
        return Array(Set(keys + rdates.filter { $0 <= end }).subtracting(exdates)).sorted()
    }

    func place(_ keys: [LocalDateTime], calendar: WorkCalendar) -> [Occurrence] {
        var taken = Set<LocalDateTime>()
        var out: [Occurrence] = []
        for key in keys {
            guard let held = holidayPolicy.place(key, calendar: calendar), taken.insert(held).inserted else { continue }
            out.append(Occurrence(key: key, start: held))
        }
        return out
    }

    /// The instants an occurrence starting at `start` occupies, in the organisation's zone.
    public func interval(at start: LocalDateTime, zone: OrgTime) -> Interval {
        let begins = zone.instant(start.date, minutes: start.secondOfDay / 60)
        return Interval(start: begins, end: begins.addingTimeInterval(Double(durationMinutes) * 60))
    }
}

/// Which occurrences of a series an edit or cancellation applies to (R2.2).
public enum EditScope: String, Sendable, Codable, CaseIterable {
    /// Only the chosen occurrence (becomes an exception of the series).
    case this
    /// The chosen occurrence and every later one (the series is split there).
    case following
    /// Every occurrence not yet over.
    case all
}
