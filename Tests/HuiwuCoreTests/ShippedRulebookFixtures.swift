import Foundation
import HuiwuCore

/// The clauses of the shipped rulebooks (`Resources/Rulebooks/A3.yaml`, `A5.yaml`) that the
/// attendance, fine, escalation and leave rules read, built as values: HuiwuCoreTests depends on
/// HuiwuCore alone, so it cannot parse the YAML. Ids, cites and parameters are the files' own;
/// keep them in step when a shipped rulebook changes.
enum ShippedRulebookFixtures {
    static func clause(_ id: String, _ cite: String, _ rule: ClauseRule, source: Clause.Source = .article) -> Clause {
        Clause(id: id, cite: cite, quote: "", text: LocalizedText(id), rule: rule, source: source)
    }

    static func minutes(_ n: Int) -> RuleDuration { RuleDuration(minutes: n) }

    /// A3 一 and A5 §8 set the same window (both `source: local`): check-in opens 15 minutes
    /// before, late after the start, early leave more than 5 minutes before the end, closed 30
    /// minutes after it.
    static let window = AttendanceRule(
        checkInOpensBefore: minutes(15), lateAfter: minutes(0), earlyLeaveBeforeEnd: minutes(5), closesAfterEnd: minutes(30))

    /// A3 (R3.1, R3.2): leave before the start through the CS manager and the general manager;
    /// 旷工 three days' wages, late and early leave 20 yuan each.
    static let a3 = Rulebook(
        key: "A3-customer-service-centre", title: LocalizedText("客服中心管理制度"), version: 1,
        effective: CivilDate("2026-01-01")!,
        clauses: [
            clause("A3-1.2-leave", "A3 一.2", .leave(LeaveRule(minimumNotice: minutes(0), approval: "A3-1.2-leave-chain"))),
            clause("A3-attendance", "A3 一", .attendance(window), source: .local),
            clause("A3-1.3-absent", "A3 一.3", .fine(FineRule(trigger: .absent, liable: .person, penalty: .daysOfWage(3)))),
            clause("A3-1.3-late", "A3 一.3", .fine(FineRule(trigger: .late, liable: .person, penalty: .fixed(Fen(2_000))))),
            clause(
                "A3-1.3-early", "A3 一.3", .fine(FineRule(trigger: .earlyLeave, liable: .person, penalty: .fixed(Fen(2_000))))),
            clause(
                "A3-2.5-personal", "A3 二.5",
                .offence(
                    OffenceRule(recordedBy: [.chair], liable: .person, penalty: .fixed(Fen(2_000)), recordedWithin: minutes(1440))
                )),
        ])

    /// A5 (R5.2, R5.6, R5.7): the organiser pays 10 yuan for an absentee never notified (§1);
    /// leave at least an hour before the start (§8); disturbing the meeting 10 yuan (§9). A5 fines
    /// no lateness, early leave or notified absence itself (§8 refers those to the company's
    /// attendance rules).
    static let a5 = Rulebook(
        key: "A5-restaurant-routine-meetings", title: LocalizedText("酒楼总经办日常例会制度"), version: 1,
        effective: CivilDate("2026-01-01")!,
        clauses: [
            clause(
                "A5-1-notify", "A5 §1",
                .fine(FineRule(trigger: .absentUnnotified, liable: .organiser, penalty: .fixed(Fen(1_000))))),
            clause(
                "A5-2-prepare", "A5 §2",
                .offence(
                    OffenceRule(
                        recordedBy: [.chair], liable: .organiser, penalty: .fixed(Fen(1_000)), recordedWithin: minutes(120)))),
            clause("A5-8-on-time", "A5 §8", .note),
            clause("A5-8-attendance", "A5 §8", .attendance(window), source: .local),
            clause("A5-8-leave", "A5 §8", .leave(LeaveRule(minimumNotice: minutes(60), approval: "A5-8-leave-chain"))),
            clause(
                "A5-8-delegate", "A5 §8", .delegation(DelegationRule(to: .subordinate, acceptRequired: true, minimumNotice: nil))),
            clause(
                "A5-9-disturb", "A5 §9",
                .offence(
                    OffenceRule(recordedBy: [.chair], liable: .person, penalty: .fixed(Fen(1_000)), recordedWithin: minutes(120)))
            ),
        ])

    /// A3 in a second version with the escalation clause the server's escalation tests adopt:
    /// "一月內遲到三次按曠工一次處理" (three late arrivals in a month count as one absence).
    static func a3WithEscalation(replaces: Bool = true) -> Rulebook {
        var book = a3
        book.version = 2
        book.clauses.insert(
            clause(
                "A3-late-thrice", "A3 一.3（补充）",
                .escalation(
                    EscalationRule(counts: "A3-1.3-late", per: .month, every: 3, countsAs: "A3-1.3-absent", replaces: replaces))),
            at: 0)
        return book
    }

    /// A fixed instant in organisation time (UTC+8), never the clock.
    static func at(_ text: String) -> Date { try! Timestamp.parse(text) }

    /// Stable ids for people and participants.
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }
}
