/// How a participant attended a meeting, as decided when attendance closes (R3.2, R5.6).
public enum AttendanceOutcome: String, Sendable, Codable, CaseIterable {
    case onTime = "on_time"
    case late
    case leftEarly = "left_early"
    case lateAndLeftEarly = "late_left_early"
    case absent
    /// On approved leave.
    case excused

    public var isLate: Bool { self == .late || self == .lateAndLeftEarly }
    public var leftEarly: Bool { self == .leftEarly || self == .lateAndLeftEarly }
    public var attended: Bool { self != .absent && self != .excused }
}

/// Where a participant stands before attendance closes: what the meeting page shows live.
public enum AttendanceStanding: String, Sendable, Codable, CaseIterable {
    case expected
    case checkedIn = "checked_in"
    case checkedOut = "checked_out"
    case excused
    /// A delegate attends in their place (A5 §8); their attendance counts for this participant.
    case delegated
}
