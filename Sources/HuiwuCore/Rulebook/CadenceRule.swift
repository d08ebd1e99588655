/// How often a meeting type must be held (R2.4): "once or twice a semester" is `at_least: 1,
/// at_most: 2, per: semester`; "monthly" is `at_least: 1, per: month`; A5's pre-shift meeting
/// "every day" (R5.5) is `at_least: 1, per: day`.
public struct CadenceRule: Sendable, Equatable {
    public enum Period: String, Sendable, CaseIterable {
        case day, week, month, quarter, semester, year
    }

    /// The meeting type's code (`a3.representatives_monthly`).
    public var meetingType: String
    public var per: Period
    public var atLeast: Int
    public var atMost: Int?

    public init(meetingType: String, per: Period, atLeast: Int, atMost: Int?) {
        self.meetingType = meetingType
        self.per = per
        self.atLeast = atLeast
        self.atMost = atMost
    }
}
