import Foundation
import HuiwuCore
import Testing

/// Counts over a period (R3.2): the clause A3's escalation tests adopt, "一月內遲到三次按曠工一次
/// 處理" — every third late arrival (A3-1.3-late, 20 yuan) in one calendar month is one absence
/// (A3-1.3-absent, 旷工 three days' wages), citing the escalation clause; with `replaces`, the
/// three 20-yuan fines it counted are reversed. The pure part: which period a meeting day falls
/// in, and how many escalated fines a count calls for. The server's
/// `Tests/HuiwuServerTests/Ledger/EscalationTests.swift` runs the same cases through the ledger.
@Suite("Escalation rules: periods and counts of repeated offences (R3.2)")
struct EscalationRulesTests {
    static func day(_ text: String) -> CivilDate { CivilDate(text)! }

    static func period(_ per: EscalationRule.Period, _ text: String) -> [String] {
        let p = Escalation.period(per, containing: day(text))
        return [p.start.description, p.end.description]
    }

    @Test("the period of a day: weeks from Monday, calendar months, quarters and years (a Wednesday in December)")
    func periodsOfAWednesday() {
        #expect(Self.period(.week, "2026-12-16") == ["2026-12-14", "2026-12-21"])
        #expect(Self.period(.month, "2026-12-16") == ["2026-12-01", "2027-01-01"])
        #expect(Self.period(.quarter, "2026-12-16") == ["2026-10-01", "2027-01-01"])
        #expect(Self.period(.year, "2026-02-03") == ["2026-01-01", "2027-01-01"])
    }

    @Test("week edges: a Monday opens its own week, the Sunday before closes the last; a week may span New Year")
    func weekEdges() {
        #expect(Self.period(.week, "2026-12-14") == ["2026-12-14", "2026-12-21"], "Monday")
        #expect(Self.period(.week, "2026-12-20") == ["2026-12-14", "2026-12-21"], "Sunday")
        #expect(Self.period(.week, "2026-12-21") == ["2026-12-21", "2026-12-28"], "the next Monday")
        #expect(Self.period(.week, "2027-01-01") == ["2026-12-28", "2027-01-04"], "a Friday whose week began in 2026")
    }

    @Test("month and quarter edges: the last day stays, the first of the next starts over; February of a leap year")
    func monthAndQuarterEdges() {
        #expect(Self.period(.month, "2026-12-31") == ["2026-12-01", "2027-01-01"])
        #expect(Self.period(.month, "2027-01-01") == ["2027-01-01", "2027-02-01"])
        #expect(Self.period(.month, "2028-02-29") == ["2028-02-01", "2028-03-01"])
        #expect(Self.period(.quarter, "2026-03-31") == ["2026-01-01", "2026-04-01"])
        #expect(Self.period(.quarter, "2026-04-01") == ["2026-04-01", "2026-07-01"])
        #expect(Self.period(.quarter, "2026-09-30") == ["2026-07-01", "2026-10-01"])
        #expect(Self.period(.year, "2026-12-31") == ["2026-01-01", "2027-01-01"])
    }

    @Test(
        "every day of 2026–2028 lies in its period, the periods tile the days, and a week is always 7 days",
        arguments: EscalationRule.Period.allCases)
    func periodsTileTheCalendar(_ per: EscalationRule.Period) {
        var d = Self.day("2026-01-01")
        while d < Self.day("2029-01-01") {
            let p = Escalation.period(per, containing: d)
            #expect(p.start <= d && d < p.end, "\(d)")
            #expect(
                Escalation.period(per, containing: p.start) == p
                    && Escalation.period(per, containing: p.end.adding(days: -1)) == p)
            #expect(Escalation.period(per, containing: p.end).start == p.end, "the next period starts where this one ends")
            if per == .week { #expect(p.start.isoWeekday == 1 && p.end.daysSinceEpoch - p.start.daysSinceEpoch == 7) }
            d = d.adding(days: 1)
        }
    }

    @Test("due: the threshold exactly reached makes one, one below makes none; every multiple makes another")
    func dueAtTheThreshold() {
        #expect(Escalation.due(counted: 2, escalated: 0, every: 3) == 0, "one below")
        #expect(Escalation.due(counted: 3, escalated: 0, every: 3) == 1, "exactly reached")
        #expect(Escalation.due(counted: 5, escalated: 0, every: 3) == 1)
        #expect(Escalation.due(counted: 6, escalated: 0, every: 3) == 2)
        #expect(Escalation.due(counted: 1, escalated: 0, every: 1) == 1, "every one counts as another")
    }

    @Test("due less those already made: the fourth does not escalate again, the sixth does")
    func dueLessEscalated() {
        #expect(Escalation.due(counted: 3, escalated: 1, every: 3) == 0)
        #expect(Escalation.due(counted: 4, escalated: 1, every: 3) == 0)
        #expect(Escalation.due(counted: 6, escalated: 1, every: 3) == 1)
        #expect(Escalation.due(counted: 2, escalated: 1, every: 3) == 0, "never negative after a correction takes one away")
    }

    @Test("a rule counting every 0 (or fewer) makes nothing rather than dividing by zero")
    func degenerateEvery() {
        #expect(Escalation.due(counted: 5, escalated: 0, every: 0) == 0)
        #expect(Escalation.due(counted: 5, escalated: 0, every: -3) == 0)
    }

    /// Late on December 1, 8, 15 and January 5 (the server test's four meetings), 300 yuan a
    /// day: each lateness is assessed, counted in its month, and escalated as the clause says —
    /// the pure functions put together as the ledger's escalation (`PenaltyEscalation`) does.
    static func owed(
        _ book: Rulebook, lateOn dates: [String] = ["2026-12-01", "2026-12-08", "2026-12-15", "2027-01-05"]
    ) throws -> (lates: Int, escalated: [Fen?], total: Fen) {
        let person = ShippedRulebookFixtures.id(2)
        let wages = [person: Fen(30_000)]
        let escalation = try #require(book.escalations.first).rule
        let target = try #require(book.clause(escalation.countsAs))
        guard case .fine(let fine) = target.rule else { throw Mismatch() }
        var total = Fen.zero
        var lates = 0
        var escalated: [Fen?] = []
        var counted: [CivilDate: Int] = [:]
        var made: [CivilDate: Int] = [:]
        for (n, date) in dates.enumerated() {
            let fact = AttendanceFact(
                participantId: ShippedRulebookFixtures.id(100 + n), personId: person, outcome: .late, notified: true)
            let fines = PenaltyAssessment.assess([fact], organiser: ShippedRulebookFixtures.id(1), wages: wages, rulebook: book)
            for a in fines where a.citation.clauseID == escalation.counts {
                lates += 1
                total = total + (a.amount ?? .zero)
                let period = Escalation.period(escalation.per, containing: Self.day(date)).start
                counted[period, default: 0] += 1
                let due = Escalation.due(counted: counted[period]!, escalated: made[period, default: 0], every: escalation.every)
                for _ in 0..<due {
                    let amount = fine.penalty.amount(dailyWage: wages[person])
                    escalated.append(amount)
                    made[period, default: 0] += 1
                    total = total + (amount ?? .zero)
                    if escalation.replaces { total = total + -((a.amount ?? .zero) * escalation.every) }
                }
            }
        }
        return (lates, escalated, total)
    }

    struct Mismatch: Error {}

    @Test("A3 with the clause and replaces: the third December lateness is one absence (900 yuan); January starts over")
    func thirdLatenessIsAnAbsence() throws {
        let book = ShippedRulebookFixtures.a3WithEscalation(replaces: true)
        let cited = try #require(book.escalations.first)
        #expect(cited.citation == Citation(version: 2, clauseID: "A3-late-thrice"))
        let (lates, escalated, total) = try Self.owed(book)
        #expect(lates == 4 && escalated == [Fen(90_000)])
        #expect(total == Fen(90_000 + 2_000), "the three December fines reversed, January's stands")
    }

    @Test("A3 with the clause without replaces: the absence is added and the four 20-yuan fines stay")
    func withoutReplacesTheLatenessFinesStay() throws {
        let (lates, escalated, total) = try Self.owed(ShippedRulebookFixtures.a3WithEscalation(replaces: false))
        #expect(lates == 4 && escalated == [Fen(90_000)])
        #expect(total == Fen(90_000 + 4 * 2_000))
    }

    @Test("period boundary: late on November 30, December 1 and 31 is two in December, one below the threshold")
    func threeLatenessesAcrossTwoMonthsDoNotEscalate() throws {
        let book = ShippedRulebookFixtures.a3WithEscalation()
        let split = try Self.owed(book, lateOn: ["2026-11-30", "2026-12-01", "2026-12-31"])
        #expect(split.escalated.isEmpty && split.total == Fen(3 * 2_000))
        let within = try Self.owed(book, lateOn: ["2026-12-01", "2026-12-31", "2026-12-31"])
        #expect(within.escalated == [Fen(90_000)] && within.total == Fen(90_000), "the first and last day of one month")
    }

    @Test("six late arrivals in one month are two absences; with replaces, all six fines are reversed")
    func sixLatenessesAreTwoAbsences() throws {
        let dates = (1...6).map { "2026-12-0\($0)" }
        let (lates, escalated, total) = try Self.owed(ShippedRulebookFixtures.a3WithEscalation(), lateOn: dates)
        #expect(lates == 6 && escalated == [Fen(90_000), Fen(90_000)] && total == Fen(180_000))
    }

    @Test("the shipped A3 has no escalation clause: four late arrivals are four 20-yuan fines")
    func shippedA3DoesNotEscalate() {
        #expect(ShippedRulebookFixtures.a3.escalations.isEmpty)
        #expect(ShippedRulebookFixtures.a5.escalations.isEmpty)
    }
}
