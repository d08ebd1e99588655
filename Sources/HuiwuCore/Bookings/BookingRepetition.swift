import Foundation

/// A plain booking repeated daily or weekly, a number of times or through a date (R1.1, with the
/// series' recurrence expansion, R2.2). The booking form and `POST /api/v1/bookings` read their
/// fields into this one type, so both accept exactly the same repeats and place the same days.
public struct BookingRepetition: Sendable, Equatable {
    public enum End: Sendable, Equatable {
        /// This many occurrences, the first included.
        case count(Int)
        /// Every occurrence up to and including this day.
        case until(CivilDate)
    }

    /// What is wrong with a repeat as asked; each surface names the field it came from.
    public enum Problem: Error, Sendable, Equatable {
        /// Neither `daily` nor `weekly`.
        case every
        /// A count outside 2…`maxOccurrences`.
        case count
        /// An end date that leaves fewer than two occurrences or more than `maxOccurrences`.
        case until
    }

    /// At most this many occurrences in one go: a year of weeks.
    public static let maxOccurrences = 52
    /// The words a repeat's frequency is given in.
    public static let frequencies: [String: RecurrenceFrequency] = ["daily": .daily, "weekly": .weekly]

    public let frequency: RecurrenceFrequency
    public let end: End
    /// The day of the first occurrence (the booking as asked).
    public let first: CivilDate

    /// Checks the repeat against the first occurrence's day: every repeat makes at least two
    /// bookings and at most `maxOccurrences`.
    public init(every: String, end: End, first: CivilDate) throws(Problem) {
        guard let frequency = Self.frequencies[every] else { throw .every }
        self.frequency = frequency
        self.end = end
        self.first = first
        switch end {
        case .count(let n):
            guard (2...Self.maxOccurrences).contains(n) else { throw .count }
        case .until:
            guard (2...Self.maxOccurrences).contains(Self.days(of: rule, from: first).count) else { throw .until }
        }
    }

    /// The RFC 5545 rule the occurrences follow.
    public var rule: RecurrenceRule {
        var rule = RecurrenceRule(frequency: frequency)
        switch end {
        case .count(let n): rule.count = n
        case .until(let last): rule.until = .local(LocalDateTime(date: last, secondOfDay: 86_399))
        }
        return rule
    }

    /// The days a booking is placed on, the first included, in order.
    public var days: [CivilDate] { Self.days(of: rule, from: first) }

    /// Up to one more day than allowed, so an `until` too far out is refused, not cut short.
    static func days(of rule: RecurrenceRule, from first: CivilDate) -> [CivilDate] {
        // A local `until` needs no zone: the expansion reads the zone only for an instant one.
        RecurrenceExpansion.occurrences(
            of: rule, start: LocalDateTime(date: first, secondOfDay: 0), zone: utc, limit: maxOccurrences + 1
        ).map(\.date)
    }

    private static let utc = OrgTime(zone: TimeZone(secondsFromGMT: 0)!)
}
