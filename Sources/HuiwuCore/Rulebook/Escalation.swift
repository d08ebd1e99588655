/// Counts over a period (R3.2, X3: "three late arrivals in a month count as one absence"): the
/// period a meeting day falls in, and how many escalated fines a count calls for. Pure.
public enum Escalation {
    /// The first day of the period containing `day` and the first day after it (weeks start on
    /// Monday; quarters are calendar quarters).
    public static func period(_ per: EscalationRule.Period, containing day: CivilDate) -> (start: CivilDate, end: CivilDate) {
        switch per {
        case .week:
            let start = day.adding(days: 1 - day.isoWeekday)
            return (start, start.adding(days: 7))
        case .month:
            let start = CivilDate(year: day.year, month: day.month, day: 1)!
            let end =
                day.month == 12
                ? CivilDate(year: day.year + 1, month: 1, day: 1)! : CivilDate(year: day.year, month: day.month + 1, day: 1)!
            return (start, end)
        case .quarter:
            let first = (day.month - 1) / 3 * 3 + 1
            let start = CivilDate(year: day.year, month: first, day: 1)!
            let end =
                first == 10
                ? CivilDate(year: day.year + 1, month: 1, day: 1)! : CivilDate(year: day.year, month: first + 3, day: 1)!
            return (start, end)
        case .year:
            return (CivilDate(year: day.year, month: 1, day: 1)!, CivilDate(year: day.year + 1, month: 1, day: 1)!)
        }
    }

    /// How many more escalated fines are due: every `every` counted fines make one, less those
    /// already made in the period.
    public static func due(counted: Int, escalated: Int, every: Int) -> Int {
        guard every > 0 else { return 0 }
        return max(0, counted / every - escalated)
    }
}
