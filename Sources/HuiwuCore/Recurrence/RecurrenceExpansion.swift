import Foundation

/// Expands a recurrence rule into wall-clock occurrences (R2.2), period by period as RFC 5545
/// describes (and as python-dateutil implements it, which the test suite cross-checks):
/// each year / month / week / day of the cadence yields its candidate days, BYxxx parts
/// filter them, BYSETPOS picks among them, and COUNT / UNTIL end the series. Occurrences keep
/// the start's time of day. The start itself is an occurrence only if it matches the rule.
///
/// Pure day arithmetic on `CivilDate` numbers — no `Calendar` — so a ten-year weekly series
/// expands in well under a millisecond.
public enum RecurrenceExpansion {
    /// Occurrences of `rule` from `start` in order: at most `limit`, none after `through`.
    /// `zone` resolves an UNTIL given as a UTC instant.
    public static func occurrences(
        of rule: RecurrenceRule, start: LocalDateTime, zone: OrgTime,
        limit: Int = 10_000, through: LocalDateTime? = nil
    ) -> [LocalDateTime] {
        var end = through
        switch rule.until {
        case .local(let l)?: end = end.map { min($0, l) } ?? l
        case .instant(let i)?:
            let seconds = Int(i.timeIntervalSince1970.rounded(.down)) + zone.offset(at: i)
            let days = Int((Double(seconds) / 86_400).rounded(.down))
            let local = LocalDateTime(date: CivilDate(daysSinceEpoch: days), secondOfDay: seconds - days * 86_400)
            end = end.map { min($0, local) } ?? local
        case nil: break
        }
        let maxCount = min(limit, rule.count ?? Int.max)
        guard maxCount > 0 else { return [] }
        let plan = Plan(rule, start: start)
        var out: [LocalDateTime] = []
        out.reserveCapacity(min(maxCount, 1_024))
        // A rule that can never match (BYMONTH=2;BYMONTHDAY=30) must still stop: a thousand
        // years of periods with nothing in them ends the search.
        let giveUp = start.date.daysSinceEpoch + 366_000
        var period = Period(frequency: rule.frequency, start: start.date, weekStart: rule.weekStart)
        while period.firstDay <= giveUp && period.year <= 9_999 {
            if let end, period.firstDay > end.date.daysSinceEpoch { break }
            for day in plan.days(in: period) {
                let occurrence = LocalDateTime(date: CivilDate(daysSinceEpoch: day), secondOfDay: start.secondOfDay)
                if let end, occurrence > end { return out }
                if occurrence < start { continue }
                out.append(occurrence)
                if out.count >= maxCount { return out }
            }
            period.advance(by: rule.interval)
        }
        return out
    }

    /// A recurrence set: the rule's occurrences plus extra dates (RDATE), minus exceptions
    /// (EXDATE), in order and without repeats.
    public static func occurrences(
        of rule: RecurrenceRule?, start: LocalDateTime, adding extra: [LocalDateTime] = [],
        excluding exceptions: Set<LocalDateTime> = [], zone: OrgTime,
        limit: Int = 10_000, through: LocalDateTime? = nil
    ) -> [LocalDateTime] {
        var all =
            rule.map { occurrences(of: $0, start: start, zone: zone, limit: limit + exceptions.count, through: through) } ?? []
        all += extra.filter { through == nil || $0 <= through! }
        let result = Set(all).subtracting(exceptions).sorted()
        return Array(result.prefix(limit))
    }
}

/// One period of the cadence: a year, a month, a week (from its week start) or a day.
struct Period {
    let frequency: RecurrenceFrequency
    let weekStart: Int
    var year: Int
    var month: Int
    /// First day of the period (days since 1970): the start's own day for the first week.
    var firstDay: Int

    init(frequency: RecurrenceFrequency, start: CivilDate, weekStart: Int) {
        self.frequency = frequency
        self.weekStart = weekStart
        year = start.year
        month = start.month
        switch frequency {
        case .yearly: firstDay = CivilDate(year: start.year, month: 1, day: 1)!.daysSinceEpoch
        case .monthly: firstDay = CivilDate(year: start.year, month: start.month, day: 1)!.daysSinceEpoch
        case .weekly, .daily: firstDay = start.daysSinceEpoch
        }
    }

    /// The days of this period, in order.
    var days: Range<Int> {
        switch frequency {
        case .yearly: return firstDay..<(firstDay + (Timestamp.daysIn(month: 2, year: year) == 29 ? 366 : 365))
        case .monthly: return firstDay..<(firstDay + Timestamp.daysIn(month: month, year: year))
        case .weekly:
            // Up to (not including) the next week start: the first week may be partial, as in
            // dateutil, which matters only for BYSETPOS.
            var last = firstDay + 1
            while last < firstDay + 7 && isoWeekday(last) != weekStart { last += 1 }
            return firstDay..<last
        case .daily: return firstDay..<(firstDay + 1)
        }
    }

    mutating func advance(by interval: Int) {
        switch frequency {
        case .yearly:
            year += interval
            firstDay = Timestamp.daysFromCivil(year: year, month: 1, day: 1)
        case .monthly:
            let index = year * 12 + (month - 1) + interval
            year = index / 12
            month = index % 12 + 1
            firstDay = Timestamp.daysFromCivil(year: year, month: month, day: 1)
        case .weekly:
            // Back to this week's start, then on by `interval` weeks.
            let back = (isoWeekday(firstDay) - weekStart + 7) % 7
            firstDay = firstDay - back + 7 * interval
            year = CivilDate(daysSinceEpoch: firstDay).year
        case .daily:
            firstDay += interval
            year = CivilDate(daysSinceEpoch: firstDay).year
        }
    }
}

func isoWeekday(_ day: Int) -> Int {
    let w = (day + 3) % 7
    return (w < 0 ? w + 7 : w) + 1
}

/// The rule's BYxxx parts, with RFC 5545's defaults taken from the start filled in.
struct Plan {
    let frequency: RecurrenceFrequency
    let months: Set<Int>
    let weekdays: Set<Int>
    let nthWeekdays: [(weekday: Int, n: Int)]
    let monthDays: Set<Int>
    let monthDaysFromEnd: Set<Int>
    let setPositions: [Int]

    init(_ rule: RecurrenceRule, start: LocalDateTime) {
        frequency = rule.frequency
        // Nothing says which days: the start's own (its day of the month, its weekday).
        let rule = rule.withDefaultDays(from: start.date)
        let months = rule.byMonth, byDay = rule.byDay, monthDays = rule.byMonthDay
        self.months = Set(months)
        weekdays = Set(byDay.filter { $0.ordinal == nil }.map(\.weekday))
        nthWeekdays = byDay.compactMap { d in d.ordinal.map { (d.weekday, $0) } }
        self.monthDays = Set(monthDays.filter { $0 > 0 })
        monthDaysFromEnd = Set(monthDays.filter { $0 < 0 })
        setPositions = rule.bySetPos
    }

    /// The period's matching days (days since 1970), in order, after BYSETPOS.
    func days(in period: Period) -> [Int] {
        let span = period.days
        let nth = nthDays(in: period)
        var matching: [Int] = []
        var y = 0, m = 0, dom = 0, dim = 0
        for day in span {
            // Month and day of month, computed once and then stepped along.
            if day == span.lowerBound || dom == dim {
                (y, m, dom) = Timestamp.civilFromDays(day)
                dim = Timestamp.daysIn(month: m, year: y)
            } else {
                dom += 1
            }
            if !months.isEmpty && !months.contains(m) { continue }
            if !weekdays.isEmpty && !weekdays.contains(isoWeekday(day)) { continue }
            if !nthWeekdays.isEmpty && !nth.contains(day) { continue }
            if !(monthDays.isEmpty && monthDaysFromEnd.isEmpty)
                && !monthDays.contains(dom) && !monthDaysFromEnd.contains(dom - dim - 1)
            {
                continue
            }
            matching.append(day)
        }
        guard !setPositions.isEmpty else { return matching }
        var picked = Set<Int>()
        for position in setPositions {
            let index = position > 0 ? position - 1 : matching.count + position
            if index >= 0 && index < matching.count { picked.insert(matching[index]) }
        }
        return picked.sorted()
    }

    /// Days picked by ordinal weekdays (`2MO`, `-1FR`): counted within each month for a
    /// monthly rule (or a yearly one with BYMONTH), otherwise within the year.
    private func nthDays(in period: Period) -> Set<Int> {
        guard !nthWeekdays.isEmpty, frequency == .monthly || frequency == .yearly else { return [] }
        var ranges: [ClosedRange<Int>] = []
        if frequency == .monthly {
            ranges = [period.days.lowerBound...(period.days.upperBound - 1)]
        } else if !months.isEmpty {
            for m in months.sorted() {
                let first = Timestamp.daysFromCivil(year: period.year, month: m, day: 1)
                ranges.append(first...(first + Timestamp.daysIn(month: m, year: period.year) - 1))
            }
        } else {
            ranges = [period.days.lowerBound...(period.days.upperBound - 1)]
        }
        var days = Set<Int>()
        for range in ranges {
            for (weekday, n) in nthWeekdays {
                var day: Int
                if n > 0 {
                    day = range.lowerBound + (n - 1) * 7
                    day += (weekday - isoWeekday(day) + 7) % 7
                } else {
                    day = range.upperBound + (n + 1) * 7
                    day -= (isoWeekday(day) - weekday + 7) % 7
                }
                if range.contains(day) { days.insert(day) }
            }
        }
        return days
    }
}
