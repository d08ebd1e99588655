import Foundation
import HuiwuCore
import Testing

/// The attendance fines (R3.2, R5.2, R5.7). A3 一.3: "曠工扣除3天工資；遲到、早退罰款20元" — absence
/// costs three days' wages, late and early leave 20 yuan each, on the person. A5 §1: "如出現因通知
/// 疏漏出現人員缺席的現象，會議組織責任人作扣罰10元處理" — an absentee never notified costs the
/// organiser 10 yuan. Leave excuses (A3 一.2, A5 §8); a rulebook that names no fine for an outcome
/// charges none. Amounts are whole fen; every assessment cites its clause (X3).
@Suite("Penalty assessment: the fine each attendance outcome draws under A3 and A5 (R3.2, R5.2)")
struct PenaltyAssessmentTests {
    static let organiser = ShippedRulebookFixtures.id(1)
    static let person = ShippedRulebookFixtures.id(2)
    static let participant = ShippedRulebookFixtures.id(102)
    /// 300 yuan a day.
    static let wage = Fen(30_000)

    static func assess(
        _ outcome: AttendanceOutcome, notified: Bool = true, wages: [UUID: Fen] = [person: wage], _ book: Rulebook
    ) -> [Assessment] {
        let fact = AttendanceFact(participantId: participant, personId: person, outcome: outcome, notified: notified)
        return PenaltyAssessment.assess([fact], organiser: organiser, wages: wages, rulebook: book)
    }

    /// An outcome, and the (trigger, fen, clause) it draws on the person under A3.
    struct A3Case: Sendable, CustomTestStringConvertible {
        var outcome: AttendanceOutcome
        var fines: [Fine]
        var testDescription: String { outcome.rawValue }

        struct Fine: Sendable, Equatable {
            var trigger: FineTrigger
            var fen: Int
            var clause: String
        }
    }

    static let a3Cases: [A3Case] = [
        A3Case(outcome: .onTime, fines: []),
        A3Case(outcome: .excused, fines: []),
        A3Case(outcome: .late, fines: [.init(trigger: .late, fen: 2_000, clause: "A3-1.3-late")]),
        A3Case(outcome: .leftEarly, fines: [.init(trigger: .earlyLeave, fen: 2_000, clause: "A3-1.3-early")]),
        A3Case(
            outcome: .lateAndLeftEarly,
            fines: [
                .init(trigger: .late, fen: 2_000, clause: "A3-1.3-late"),
                .init(trigger: .earlyLeave, fen: 2_000, clause: "A3-1.3-early"),
            ]),
        A3Case(outcome: .absent, fines: [.init(trigger: .absent, fen: 90_000, clause: "A3-1.3-absent")]),
    ]

    @Test("A3: late or early 20 yuan each, both 40, absence three days' wages, on time and excused nothing", arguments: a3Cases)
    func a3Fines(_ c: A3Case) {
        let got = Self.assess(c.outcome, ShippedRulebookFixtures.a3)
        #expect(
            got.map { A3Case.Fine(trigger: $0.trigger, fen: $0.amount?.value ?? -1, clause: $0.citation.clauseID) } == c.fines)
        #expect(got.allSatisfy { $0.liablePersonId == Self.person && $0.participantId == Self.participant })
        #expect(got.allSatisfy { $0.citation.version == 1 })
    }

    @Test("A3 旷工: three days' wages recorded as days, the amount 3 × the daily wage in fen, or nil while the wage is unknown")
    func absenceIsDaysOfWage() throws {
        let known = try #require(Self.assess(.absent, ShippedRulebookFixtures.a3).first)
        #expect(known.daysOfWage == 3 && known.amount == Fen(90_000))
        let odd = try #require(Self.assess(.absent, wages: [Self.person: Fen(33_333)], ShippedRulebookFixtures.a3).first)
        #expect(odd.amount == Fen(99_999), "exact in fen, no rounding")
        let unknown = try #require(Self.assess(.absent, wages: [:], ShippedRulebookFixtures.a3).first)
        #expect(unknown.daysOfWage == 3 && unknown.amount == nil)
        let fixed = try #require(Self.assess(.late, wages: [:], ShippedRulebookFixtures.a3).first)
        #expect(fixed.daysOfWage == nil && fixed.amount == Fen(2_000), "a fixed fine needs no wage")
    }

    @Test("A3 has no clause for an absentee never notified: the absentee pays the 旷工 fine as usual")
    func a3UnnotifiedAbsenteeStillPays() {
        let got = Self.assess(.absent, notified: false, ShippedRulebookFixtures.a3)
        #expect(got.map(\.trigger) == [.absent] && got.first?.liablePersonId == Self.person)
    }

    @Test("A5 §1: an absentee never notified costs the organiser 10 yuan, citing A5-1-notify; the absentee pays nothing")
    func a5UnnotifiedAbsenceFinesTheOrganiser() throws {
        let got = Self.assess(.absent, notified: false, ShippedRulebookFixtures.a5)
        let fine = try #require(got.first)
        #expect(got.count == 1)
        #expect(fine.trigger == .absentUnnotified && fine.amount == Fen(1_000) && fine.daysOfWage == nil)
        #expect(fine.liablePersonId == Self.organiser && fine.participantId == Self.participant, "the absentee is the evidence")
        #expect(fine.citation == Citation(version: 1, clauseID: "A5-1-notify"))
    }

    @Test(
        "A5 names no fine for lateness, early leave or a notified absence: none is assessed",
        arguments: AttendanceOutcome.allCases)
    func a5FinesNothingElse(_ outcome: AttendanceOutcome) {
        #expect(Self.assess(outcome, notified: true, ShippedRulebookFixtures.a5).isEmpty)
    }

    @Test("A5 §1 does not fine an organiser for their own absence without a notice")
    func organiserAbsentUnnotified() {
        let fact = AttendanceFact(participantId: Self.participant, personId: Self.organiser, outcome: .absent, notified: false)
        let got = PenaltyAssessment.assess([fact], organiser: Self.organiser, wages: [:], rulebook: ShippedRulebookFixtures.a5)
        #expect(got.isEmpty)
    }

    @Test("an excused participant never notified draws nothing, under A3 or A5")
    func excusedUnnotified() {
        #expect(Self.assess(.excused, notified: false, ShippedRulebookFixtures.a3).isEmpty)
        #expect(Self.assess(.excused, notified: false, ShippedRulebookFixtures.a5).isEmpty)
    }

    @Test("guests are not fined, whatever their outcome")
    func guestsAreNotFined() {
        let facts = AttendanceOutcome.allCases.enumerated().map { n, outcome in
            AttendanceFact(participantId: ShippedRulebookFixtures.id(200 + n), personId: nil, outcome: outcome, notified: false)
        }
        #expect(
            PenaltyAssessment.assess(facts, organiser: Self.organiser, wages: [:], rulebook: ShippedRulebookFixtures.a3).isEmpty)
        #expect(
            PenaltyAssessment.assess(facts, organiser: Self.organiser, wages: [:], rulebook: ShippedRulebookFixtures.a5).isEmpty)
    }

    @Test("A5 §1 per absentee: two absentees never notified cost the organiser two 10-yuan fines, one per absentee")
    func twoUnnotifiedAbsentees() {
        let facts = [3, 4].map {
            AttendanceFact(
                participantId: ShippedRulebookFixtures.id(100 + $0), personId: ShippedRulebookFixtures.id($0), outcome: .absent,
                notified: false)
        }
        let got = PenaltyAssessment.assess(facts, organiser: Self.organiser, wages: [:], rulebook: ShippedRulebookFixtures.a5)
        #expect(got.map(\.liablePersonId) == [Self.organiser, Self.organiser])
        #expect(got.map(\.participantId) == facts.map(\.participantId))
        #expect(got.compactMap(\.amount).reduce(Fen.zero, +) == Fen(2_000))
    }

    @Test("a fine on the organiser in days of wage is computed from the organiser's wage, not the absentee's")
    func organiserWageForOrganiserFine() throws {
        var book = ShippedRulebookFixtures.a5
        book.clauses[0].rule = .fine(FineRule(trigger: .absentUnnotified, liable: .organiser, penalty: .daysOfWage(1)))
        let wages = [Self.organiser: Fen(50_000), Self.person: Fen(10_000)]
        let fine = try #require(Self.assess(.absent, notified: false, wages: wages, book).first)
        #expect(fine.liablePersonId == Self.organiser && fine.amount == Fen(50_000) && fine.daysOfWage == 1)
    }

    @Test("a version's number is on its citations: A3 version 2 cites version 2")
    func citationCarriesTheVersion() {
        var book = ShippedRulebookFixtures.a3
        book.version = 2
        #expect(Self.assess(.late, book).map(\.citation) == [Citation(version: 2, clauseID: "A3-1.3-late")])
    }

    @Test(
        "R5.7 A5 §9: disturbing the meeting may be recorded while it runs and until 2 hours after its end, 10 yuan on the person")
    func a5DisturbingIsRecordableWhileItRunsAndTwoHoursAfter() throws {
        let disturb = try #require(ShippedRulebookFixtures.a5.offences.first { $0.clause.id == "A5-9-disturb" })
        #expect(disturb.rule.recordedBy == [.chair] && disturb.rule.liable == .person)
        #expect(disturb.rule.penalty?.amount(dailyWage: nil) == Fen(1_000))
        let start = ShippedRulebookFixtures.at("2026-12-01T10:00:00+08:00")
        let end = ShippedRulebookFixtures.at("2026-12-01T11:00:00+08:00")
        let span = disturb.rule.recordable(start: start, end: end)
        #expect(span.contains(start) && span.contains(end.addingTimeInterval(7_200)))
        #expect(!span.contains(start.addingTimeInterval(-1)) && !span.contains(end.addingTimeInterval(7_201)))
        let whileRunning = OffenceRule(recordedBy: [.chair], liable: .person, penalty: nil).recordable(start: start, end: end)
        #expect(whileRunning.upperBound == end, "without recorded_within: only while the meeting runs")
    }
}
