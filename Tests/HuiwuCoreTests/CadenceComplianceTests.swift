import HuiwuCore
import Testing

/// Cadence periods (R2.4), including the daily one A5's pre-shift meetings need (R5.5).
@Suite("Cadence compliance: the periods a cadence counts in (R2.4, R5.5)")
struct CadenceComplianceTests {
    static func day(_ text: String) -> CivilDate { CivilDate(text)! }

    @Test("per day: one period for each day of the stretch, each a single day")
    func dailyPeriods() {
        let periods = CadenceCompliance.periods(
            .day, from: Self.day("2026-11-29"), through: Self.day("2026-12-02"), semesters: [])
        #expect(periods.map(\.starts.description) == ["2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02"])
        #expect(periods.allSatisfy { $0.starts == $0.ends })
        #expect(
            CadenceCompliance.periods(.day, from: Self.day("2026-12-02"), through: Self.day("2026-12-01"), semesters: []).isEmpty)
    }

    @Test("a day with its pre-shift meeting is met; a past day without is short; today without is in progress")
    func dailyJudgement() {
        let rule = CadenceRule(meetingType: "a5.pre_shift", per: .day, atLeast: 1, atMost: nil)
        let today = Self.day("2026-12-02")
        func judge(_ d: String, held: [String]) -> CadenceCompliance.Status {
            CadenceCompliance.judge(
                rule, starts: Self.day(d), ends: Self.day(d), held: held.map(Self.day), planned: 0, expected: [], today: today
            ).status
        }
        #expect(judge("2026-12-01", held: ["2026-12-01"]) == .met)
        #expect(judge("2026-12-01", held: ["2026-12-01", "2026-12-01"]) == .met, "two shifts, two briefings")
        #expect(judge("2026-11-30", held: []) == .short)
        #expect(judge("2026-12-02", held: []) == .inProgress)
    }

    @Test("weeks still start on Monday and months on the first")
    func otherPeriodsUnchanged() {
        let weeks = CadenceCompliance.periods(.week, from: Self.day("2026-12-02"), through: Self.day("2026-12-08"), semesters: [])
        #expect(weeks.map(\.starts.description) == ["2026-11-30", "2026-12-07"])
        let months = CadenceCompliance.periods(
            .month, from: Self.day("2026-11-15"), through: Self.day("2026-12-01"), semesters: [])
        #expect(months.map(\.ends.description) == ["2026-11-30", "2026-12-31"])
    }
}
