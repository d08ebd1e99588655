import Foundation
import HuiwuCore
import Testing

/// The attendance rule (R5.6, R3.2): A5 §8 "与會人員不得遲到、早退、無故缺席" and A3 一 (迟到、早退、
/// 旷工) name the outcomes; the window that tells them apart is the organisation's setting (A3 一 and
/// A5 §8, `source: local`): check-in opens 15 minutes before the start, a check-in after the start
/// is late, a check-out more than 5 minutes before the end is early leave, and attendance closes
/// 30 minutes after the end. Approved leave (A3 一.2, A5 §8) excuses; a delegate's times count for
/// the delegator (A5 §8 委派).
@Suite("Attendance judgement: the check-in window and the outcome of each record (R5.6, R3.2)")
struct AttendanceJudgementTests {
    static let start = ShippedRulebookFixtures.at("2026-12-01T10:00:00+08:00")
    static let end = ShippedRulebookFixtures.at("2026-12-01T11:00:00+08:00")
    static let window = AttendanceJudgement.window(start: start, end: end, rule: ShippedRulebookFixtures.window)

    /// One participant's record and what it makes them.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var checkIn: String?
        var checkOut: String?
        var excused = false
        var expected: AttendanceOutcome

        var testDescription: String { name }

        static func time(_ hms: String?) -> Date? { hms.map { ShippedRulebookFixtures.at("2026-12-01T\($0)+08:00") } }
    }

    static let cases: [Case] = [
        Case(name: "in when check-in opens, out at the end", checkIn: "09:45:00", checkOut: "11:00:00", expected: .onTime),
        Case(name: "in exactly at the start (the late threshold)", checkIn: "10:00:00", checkOut: "11:00:00", expected: .onTime),
        Case(name: "in one second after the start", checkIn: "10:00:01", checkOut: "11:00:00", expected: .late),
        Case(name: "in half an hour late, never checked out", checkIn: "10:30:00", checkOut: nil, expected: .late),
        Case(name: "on time, never checked out", checkIn: "09:58:00", checkOut: nil, expected: .onTime),
        Case(name: "out exactly 5 minutes before the end", checkIn: "09:58:00", checkOut: "10:55:00", expected: .onTime),
        Case(name: "out 5 minutes and 1 second before the end", checkIn: "09:58:00", checkOut: "10:54:59", expected: .leftEarly),
        Case(name: "out after the end", checkIn: "09:58:00", checkOut: "11:20:00", expected: .onTime),
        Case(name: "late and out early", checkIn: "10:10:00", checkOut: "10:30:00", expected: .lateAndLeftEarly),
        Case(name: "no check-in at all", checkIn: nil, checkOut: nil, expected: .absent),
        Case(name: "a check-out without a check-in", checkIn: nil, checkOut: "10:30:00", expected: .absent),
        Case(name: "leave approved, never came", checkIn: nil, checkOut: nil, excused: true, expected: .excused),
        Case(name: "leave approved, came anyway", checkIn: "09:58:00", checkOut: "11:00:00", excused: true, expected: .excused),
        Case(name: "leave approved, came late", checkIn: "10:20:00", checkOut: "10:30:00", excused: true, expected: .excused),
        Case(name: "in after the end but before closing", checkIn: "11:10:00", checkOut: nil, expected: .late),
    ]

    @Test("each record's outcome under the A3/A5 window", arguments: cases)
    func outcome(_ c: Case) {
        let outcome = AttendanceJudgement.outcome(
            checkedInAt: Case.time(c.checkIn), checkedOutAt: Case.time(c.checkOut), excused: c.excused, Self.window)
        #expect(outcome == c.expected)
    }

    @Test("arriving exactly at the late threshold is on time; one second after is late")
    func lateThresholdEdge() {
        #expect(Self.window.lateAfter == Self.start)
        let onTime = AttendanceJudgement.outcome(checkedInAt: Self.start, checkedOutAt: nil, excused: false, Self.window)
        let late = AttendanceJudgement.outcome(
            checkedInAt: Self.start.addingTimeInterval(1), checkedOutAt: nil, excused: false, Self.window)
        #expect(onTime == .onTime && late == .late)
    }

    @Test("a grace period moves the late threshold: 5 minutes' grace makes 10:05:00 on time and 10:05:01 late")
    func graceMovesTheThreshold() {
        var rule = ShippedRulebookFixtures.window
        rule.lateAfter = RuleDuration(minutes: 5)
        let w = AttendanceJudgement.window(start: Self.start, end: Self.end, rule: rule)
        let at = { (hms: String) in
            AttendanceJudgement.outcome(checkedInAt: Case.time(hms), checkedOutAt: nil, excused: false, w)
        }
        #expect(at("10:05:00") == .onTime)
        #expect(at("10:05:01") == .late)
    }

    @Test("the window's edges: opens 15 minutes before, closes 30 minutes after the end, early leave 5 minutes before")
    func windowEdges() {
        let w = Self.window
        #expect(w.opens == ShippedRulebookFixtures.at("2026-12-01T09:45:00+08:00"))
        #expect(w.closes == ShippedRulebookFixtures.at("2026-12-01T11:30:00+08:00"))
        #expect(w.earlyBefore == ShippedRulebookFixtures.at("2026-12-01T10:55:00+08:00"))
    }

    @Test("check-in one second before it opens is refused as not open; from the opening instant it is allowed")
    func checkInOpening() {
        let w = Self.window
        #expect(AttendanceJudgement.refusal(checkInAt: w.opens.addingTimeInterval(-1), w) == .notOpenYet)
        #expect(AttendanceJudgement.refusal(checkInAt: w.opens, w) == nil)
        #expect(AttendanceJudgement.refusal(checkInAt: Self.start, w) == nil)
        #expect(AttendanceJudgement.refusal(checkInAt: Self.end, w) == nil, "after the end, before closing: still allowed")
    }

    @Test("check-in one second before attendance closes is allowed; at the closing instant it is refused as closed")
    func checkInClosing() {
        let w = Self.window
        #expect(AttendanceJudgement.refusal(checkInAt: w.closes.addingTimeInterval(-1), w) == nil)
        #expect(AttendanceJudgement.refusal(checkInAt: w.closes, w) == .closed)
        #expect(AttendanceJudgement.refusal(checkInAt: w.closes.addingTimeInterval(3600), w) == .closed)
    }

    @Test(
        "without an attendance clause: opens 15 minutes before, closes 30 after, and neither lateness nor early leave is judged")
    func noClauseJudgesNeitherLatenessNorEarlyLeave() {
        let w = AttendanceJudgement.window(start: Self.start, end: Self.end, rule: nil)
        #expect(w.opens == Self.start.addingTimeInterval(-15 * 60))
        #expect(w.closes == Self.end.addingTimeInterval(30 * 60))
        #expect(w.lateAfter == nil && w.earlyBefore == nil)
        let outcome = AttendanceJudgement.outcome(
            checkedInAt: Case.time("10:40:00"), checkedOutAt: Case.time("10:41:00"), excused: false, w)
        #expect(outcome == .onTime, "no clause to cite, so no lateness to charge")
        #expect(AttendanceJudgement.outcome(checkedInAt: nil, checkedOutAt: nil, excused: false, w) == .absent)
    }

    @Test("a clause without early leave judges lateness only: leaving at 10:10 is on time")
    func clauseWithoutEarlyLeave() {
        var rule = ShippedRulebookFixtures.window
        rule.earlyLeaveBeforeEnd = nil
        let w = AttendanceJudgement.window(start: Self.start, end: Self.end, rule: rule)
        #expect(w.earlyBefore == nil)
        let early = AttendanceJudgement.outcome(
            checkedInAt: Case.time("09:50:00"), checkedOutAt: Case.time("10:10:00"), excused: false, w)
        let lateAndEarly = AttendanceJudgement.outcome(
            checkedInAt: Case.time("10:05:00"), checkedOutAt: Case.time("10:10:00"), excused: false, w)
        #expect(early == .onTime && lateAndEarly == .late)
    }

    @Test("a delegate's times, passed for the delegator, judge the delegator: delegate on time is on time, absent is absent")
    func delegatePresentCountsForTheDelegator() {
        // A5 §8: the delegate attends in the person's place; the store passes the delegate's record.
        let delegateOnTime = AttendanceJudgement.outcome(
            checkedInAt: Case.time("09:59:00"), checkedOutAt: Case.time("11:00:00"), excused: false, Self.window)
        let delegateLate = AttendanceJudgement.outcome(
            checkedInAt: Case.time("10:03:00"), checkedOutAt: Case.time("11:00:00"), excused: false, Self.window)
        #expect(delegateOnTime == .onTime && delegateLate == .late)
    }

    @Test("outcome flags: late and left early are each both; only absent and excused did not attend")
    func outcomeFlags() {
        #expect(AttendanceOutcome.allCases.filter(\.isLate) == [.late, .lateAndLeftEarly])
        #expect(AttendanceOutcome.allCases.filter(\.leftEarly) == [.leftEarly, .lateAndLeftEarly])
        #expect(AttendanceOutcome.allCases.filter { !$0.attended } == [.absent, .excused])
    }
}
