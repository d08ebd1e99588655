import Foundation

/// The attendance rule as pure functions (R5.6, R3.2): when check-in is open, and what a
/// participant's check-in and check-out make them. The window comes from the rulebook's
/// attendance clause; without one, check-in opens 15 minutes before the start and lateness is
/// not judged (there is no clause to cite).
public enum AttendanceJudgement {
    /// The default opening when no rulebook sets one (the booking check-in's, R1.3).
    public static let defaultOpensBefore = RuleDuration(minutes: 15)
    public static let defaultClosesAfterEnd = RuleDuration(minutes: 30)

    public struct Window: Sendable, Equatable {
        /// Check-in is possible from here…
        public var opens: Date
        /// …until attendance closes (end plus the closing grace).
        public var closes: Date
        /// A check-in after this is late (nil: not judged).
        public var lateAfter: Date?
        /// A check-out before this is early leave (nil: not judged).
        public var earlyBefore: Date?
    }

    public static func window(start: Date, end: Date, rule: AttendanceRule?) -> Window {
        let opens = start.addingTimeInterval(-(rule?.checkInOpensBefore ?? defaultOpensBefore).seconds)
        let closes = end.addingTimeInterval((rule?.closesAfterEnd ?? defaultClosesAfterEnd).seconds)
        return Window(
            opens: opens, closes: closes, lateAfter: rule.map { start.addingTimeInterval($0.lateAfter.seconds) },
            earlyBefore: rule?.earlyLeaveBeforeEnd.map { end.addingTimeInterval(-$0.seconds) })
    }

    /// Why a check-in at `instant` is refused, or nil when it is allowed.
    public enum Refusal: String, Error, Sendable {
        case notOpenYet = "attendance.not_open"
        case closed = "attendance.closed"
    }

    public static func refusal(checkInAt instant: Date, _ w: Window) -> Refusal? {
        if instant < w.opens { return .notOpenYet }
        if instant >= w.closes { return .closed }
        return nil
    }

    /// What a participant's record makes them once attendance closes. `excused` (approved
    /// leave) wins; a delegate's times count for a delegator.
    public static func outcome(checkedInAt: Date?, checkedOutAt: Date?, excused: Bool, _ w: Window) -> AttendanceOutcome {
        if excused { return .excused }
        guard let checkedInAt else { return .absent }
        let late = w.lateAfter.map { checkedInAt > $0 } ?? false
        let early = zip2(checkedOutAt, w.earlyBefore).map { $0 < $1 } ?? false
        switch (late, early) {
        case (true, true): return .lateAndLeftEarly
        case (true, false): return .late
        case (false, true): return .leftEarly
        case (false, false): return .onTime
        }
    }

    private static func zip2<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
        guard let a, let b else { return nil }
        return (a, b)
    }
}
