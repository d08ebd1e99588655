/// Cadence compliance (R2.4): for a cadence clause and a stretch of days, the periods it counts
/// in (days, weeks from Monday, calendar months and quarters, the organisation calendar's
/// semesters, years), how many meetings each required, how many were held, and whether held meetings fell
/// on the days the meeting type's own rule names (A3: "the Friday before the 25th"). Pure.
public enum CadenceCompliance {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case met
        /// Fewer held than required, and the period is over.
        case short
        /// More held than allowed ("once or twice": a third).
        case over
        /// Fewer held so far, and the period is not over yet.
        case inProgress = "in_progress"
    }

    public struct Period: Sendable, Equatable {
        public var starts: CivilDate
        /// Inclusive.
        public var ends: CivilDate
        public var atLeast: Int
        public var atMost: Int?
        /// Days meetings were held on (one per meeting).
        public var held: [CivilDate]
        /// Meetings planned in the period, not held yet.
        public var planned: Int
        /// The days the meeting type's rule names in the period (empty when it names none).
        public var expected: [CivilDate]
        /// Held meetings not on an expected day.
        public var offDay: [CivilDate]
        public var status: Status
    }

    /// The periods of `per` that overlap `from…through` (inclusive), each whole.
    public static func periods(
        _ per: CadenceRule.Period, from: CivilDate, through: CivilDate, semesters: [CalendarPeriod]
    ) -> [(starts: CivilDate, ends: CivilDate)] {
        guard from <= through else { return [] }
        if per == .semester {
            return semesters.filter { $0.kind == .semester && $0.starts <= through && $0.ends >= from }
                .sorted { $0.starts < $1.starts }.map { ($0.starts, $0.ends) }
        }
        if per == .day {
            return (0...(through.daysSinceEpoch - from.daysSinceEpoch)).map { (from.adding(days: $0), from.adding(days: $0)) }
        }
        let kind: EscalationRule.Period =
            switch per {
            case .day, .week: .week
            case .month: .month
            case .quarter: .quarter
            case .semester, .year: .year
            }
        var out: [(starts: CivilDate, ends: CivilDate)] = []
        var day = from
        while day <= through {
            let (start, next) = Escalation.period(kind, containing: day)
            out.append((start, next.adding(days: -1)))
            day = next
        }
        return out
    }

    /// Judges one period on `today`.
    public static func judge(
        _ rule: CadenceRule, starts: CivilDate, ends: CivilDate, held: [CivilDate], planned: Int, expected: [CivilDate],
        today: CivilDate
    ) -> Period {
        let onDays = Set(expected)
        let offDay = expected.isEmpty ? [] : held.filter { !onDays.contains($0) }
        let status: Status
        if let most = rule.atMost, held.count > most {
            status = .over
        } else if held.count >= rule.atLeast {
            status = .met
        } else {
            status = ends < today ? .short : .inProgress
        }
        return Period(
            starts: starts, ends: ends, atLeast: rule.atLeast, atMost: rule.atMost, held: held.sorted(), planned: planned,
            expected: expected, offDay: offDay.sorted(), status: status)
    }
}
