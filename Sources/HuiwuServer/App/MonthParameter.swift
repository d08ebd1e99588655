import Foundation
import HuiwuCore
import Vapor

/// A month as the ledger, the reports and the rulebook's dry run take it (`month=YYYY-MM`).
enum MonthParameter {
    /// `month=YYYY-MM` (default: this month) as the organisation's days.
    static func month(_ req: Request) throws -> (label: String, span: Interval) {
        try month(req.query[String.self, at: "month"], req: req)
    }

    /// A month given as `YYYY-MM` (nil: this month), and its span in the organisation's time.
    static func month(_ given: String?, req: Request, field: String = "month") throws -> (label: String, span: Interval) {
        let time = req.huiwu.time
        let today = time.date(of: req.now)
        var year = today.year, month = today.month
        if let text = given {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard text.count == 7, parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]), (2000...2100).contains(y),
                (1...12).contains(m), parts[0].count == 4, parts[1].count == 2
            else { throw ValidationFailure([FieldError(field, "field.month")]) }
            year = y
            month = m
        }
        let first = CivilDate(year: year, month: month, day: 1)!
        let next = month == 12 ? CivilDate(year: year + 1, month: 1, day: 1)! : CivilDate(year: year, month: month + 1, day: 1)!
        return (
            String(format: "%04d-%02d", year, month),
            Interval(start: time.instant(first, minutes: 0), end: time.instant(next, minutes: 0))
        )
    }
}
