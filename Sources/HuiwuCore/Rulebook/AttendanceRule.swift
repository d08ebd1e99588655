/// When check-in is open and what counts as late or as early leave (R5.6, R3.2): "check-in
/// opens 15 minutes before, late after the start plus grace, early leave is a check-out more
/// than N minutes before the end", and when attendance closes.
public struct AttendanceRule: Sendable, Equatable {
    /// Check-in opens this long before the start.
    public var checkInOpensBefore: RuleDuration
    /// A check-in later than start + this is late.
    public var lateAfter: RuleDuration
    /// A check-out more than this before the end is early leave; nil: early leave not detected.
    public var earlyLeaveBeforeEnd: RuleDuration?
    /// Attendance closes (everyone still expected becomes absent) this long after the end.
    public var closesAfterEnd: RuleDuration

    public init(
        checkInOpensBefore: RuleDuration, lateAfter: RuleDuration, earlyLeaveBeforeEnd: RuleDuration?,
        closesAfterEnd: RuleDuration
    ) {
        self.checkInOpensBefore = checkInOpensBefore
        self.lateAfter = lateAfter
        self.earlyLeaveBeforeEnd = earlyLeaveBeforeEnd
        self.closesAfterEnd = closesAfterEnd
    }
}

/// A room held for a meeting nobody checked in to is released (no-show release), and a series
/// whose room went unused this many times in a row is flagged to the room office.
public struct NoShowRule: Sendable, Equatable {
    public var release: Bool
    /// Released when nobody has checked in this long after the start.
    public var releaseAfterStart: RuleDuration
    /// Flag the series after this many unused occurrences in a row; nil: never.
    public var flagSeriesAfter: Int?

    public init(release: Bool, releaseAfterStart: RuleDuration, flagSeriesAfter: Int?) {
        self.release = release
        self.releaseAfterStart = releaseAfterStart
        self.flagSeriesAfter = flagSeriesAfter
    }
}
