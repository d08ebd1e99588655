import Foundation
import HuiwuCore
import Testing

@Suite("Splitting a series at an occurrence (R2.3, RFC 5545 this-and-following)")
struct SeriesSplitTests {
    @Test("the old series ends the day before; the new one starts there with the change and keeps the later exceptions")
    func splitKeepsPastAndFuture() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=WEEKLY;BYDAY=TU;COUNT=10")
        let start = LocalDateTime("2026-12-01T14:30")!
        let early = LocalDateTime("2026-12-08T14:30")!, late = LocalDateTime("2026-12-29T14:30")!
        let extra = LocalDateTime("2026-12-31T09:00")!
        let schedule = SeriesSchedule(
            rule: rule, start: start, durationMinutes: 60, through: CivilDate("2027-03-01")!,
            rdates: [LocalDateTime("2026-12-03T09:00")!, extra], exdates: [early, late])
        let key = LocalDateTime("2026-12-22T14:30")!
        let parts = schedule.split(
            at: key, lastKey: LocalDateTime("2027-02-02T14:30"), startMinute: 15 * 60, durationMinutes: 90)
        #expect(parts.ended.rule.count == nil && parts.continued.rule.count == nil, "both end by date, not by COUNT")
        #expect(parts.ended.through == CivilDate("2026-12-21")!)
        #expect(parts.ended.start == start && parts.ended.durationMinutes == 60 && parts.ended.exdates == [early, late])
        #expect(parts.continued.start == LocalDateTime("2026-12-22T15:00")!)
        #expect(parts.continued.durationMinutes == 90)
        #expect(parts.continued.through == CivilDate("2027-02-02")!)
        #expect(parts.continued.exdates == [late] && parts.continued.rdates == [extra])
        let unchangedTime = schedule.split(at: key, lastKey: nil, startMinute: nil, durationMinutes: nil)
        #expect(unchangedTime.continued.start == key && unchangedTime.continued.through == schedule.through)
    }
}
