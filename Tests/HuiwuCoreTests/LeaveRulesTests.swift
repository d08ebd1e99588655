import Foundation
import HuiwuCore
import Testing

/// The minimum notice for leave and delegation (R5.6, R3.1). A5 §8: "有事須在會議開始前一小時請假，
/// 否則按公司考勤制度處理" — at least one hour before the start (`minimum_notice: 60min`); a later
/// request is refused with the minutes given and required and the clause. A3 一.2: leave "預先
/// 報告" — before the start (`minimum_notice: 0min`). Once the meeting has started, every request
/// is refused as started.
@Suite("Leave rules: how much notice a request gives, and whether the clause accepts it (R5.6, R3.1)")
struct LeaveRulesTests {
    static let start = ShippedRulebookFixtures.at("2026-12-01T10:00:00+08:00")

    static func at(_ hms: String) -> Date { ShippedRulebookFixtures.at("2026-12-01T\(hms)+08:00") }

    static func refusal(_ hms: String, _ book: Rulebook) -> LeaveRules.Refusal? {
        let leave = book.leave
        return LeaveRules.refusal(
            requestedAt: at(hms), start: start, minimum: leave?.rule.minimumNotice, citation: leave?.citation)
    }

    static let a5Leave = Citation(version: 1, clauseID: "A5-8-leave")

    @Test("A5 §8: exactly 60 minutes before the start is allowed — 'at least one hour' includes the hour itself")
    func exactlyAnHourIsAllowed() {
        #expect(LeaveRules.notice(requestedAt: Self.at("09:00:00"), start: Self.start) == 60)
        #expect(Self.refusal("09:00:00", ShippedRulebookFixtures.a5) == nil)
        #expect(Self.refusal("08:00:00", ShippedRulebookFixtures.a5) == nil, "a day's notice, two hours: allowed")
    }

    @Test("A5 §8: 59 minutes before is refused as too late, with 59 given, 60 required and the clause")
    func fiftyNineMinutesIsRefused() {
        #expect(
            Self.refusal("09:01:00", ShippedRulebookFixtures.a5) == .tooLate(given: 59, required: 60, citation: Self.a5Leave))
    }

    @Test("notice counts whole minutes, rounded down: one second short of the hour is 59 minutes and refused")
    func oneSecondShortOfTheHour() {
        #expect(LeaveRules.notice(requestedAt: Self.at("09:00:01"), start: Self.start) == 59)
        #expect(
            Self.refusal("09:00:01", ShippedRulebookFixtures.a5) == .tooLate(given: 59, required: 60, citation: Self.a5Leave))
        #expect(LeaveRules.notice(requestedAt: Self.at("08:59:59"), start: Self.start) == 60)
        #expect(Self.refusal("08:59:59", ShippedRulebookFixtures.a5) == nil)
    }

    @Test("A5 §8: one minute before the start is too late, 1 given against 60")
    func aMinuteBefore() {
        #expect(
            Self.refusal("09:59:00", ShippedRulebookFixtures.a5) == .tooLate(given: 1, required: 60, citation: Self.a5Leave))
        #expect(
            Self.refusal("09:59:59", ShippedRulebookFixtures.a5) == .tooLate(given: 0, required: 60, citation: Self.a5Leave))
    }

    @Test(
        "at the start or after it, a request is refused as started, under A5, A3 or no clause",
        arguments: ["10:00:00", "10:00:01", "11:30:00"])
    func afterTheStartIsStarted(_ hms: String) {
        #expect(Self.refusal(hms, ShippedRulebookFixtures.a5) == .started)
        #expect(Self.refusal(hms, ShippedRulebookFixtures.a3) == .started)
        #expect(LeaveRules.refusal(requestedAt: Self.at(hms), start: Self.start, minimum: nil, citation: nil) == .started)
    }

    @Test("notice is negative once the meeting has started")
    func noticeAfterTheStart() {
        #expect(LeaveRules.notice(requestedAt: Self.at("10:00:00"), start: Self.start) == 0)
        #expect(LeaveRules.notice(requestedAt: Self.at("10:30:00"), start: Self.start) == -30)
        #expect(LeaveRules.notice(requestedAt: Self.at("10:00:01"), start: Self.start) == -1, "rounded down, not toward zero")
    }

    @Test("A3 一.2: leave reported any time before the start is accepted — a second before included")
    func a3BeforeTheStart() {
        #expect(ShippedRulebookFixtures.a3.leave?.rule.minimumNotice == RuleDuration(minutes: 0))
        #expect(Self.refusal("09:59:59", ShippedRulebookFixtures.a3) == nil)
        #expect(Self.refusal("09:00:00", ShippedRulebookFixtures.a3) == nil)
    }

    @Test("without a clause, any time before the start goes ahead")
    func noClause() {
        #expect(LeaveRules.refusal(requestedAt: Self.at("09:59:59"), start: Self.start, minimum: nil, citation: nil) == nil)
    }

    @Test("a delegation under a clause with its own minimum notice is judged the same way")
    func delegationNotice() {
        let cited = Citation(version: 1, clauseID: "A5-8-delegate")
        let thirty = RuleDuration(minutes: 30)
        let refusal = { (hms: String) in
            LeaveRules.refusal(requestedAt: Self.at(hms), start: Self.start, minimum: thirty, citation: cited)
        }
        #expect(refusal("09:30:00") == nil)
        #expect(refusal("09:30:01") == .tooLate(given: 29, required: 30, citation: cited))
        #expect(ShippedRulebookFixtures.a5.delegation?.rule.minimumNotice == nil, "A5 §8 sets none for delegating")
    }
}
