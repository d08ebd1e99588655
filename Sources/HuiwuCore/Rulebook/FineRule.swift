import Foundation

/// What a fine costs (R3.2, R5.2): a fixed amount, or N days of the person's daily wage (A3:
/// 旷工扣除3天工资). Without a wage on the profile the entry records "3 days' wages" and its
/// amount is completed later.
public enum Penalty: Sendable, Equatable {
    case fixed(Fen)
    case daysOfWage(Int)

    /// The amount for a person with this daily wage (nil when the wage is needed but unknown).
    public func amount(dailyWage: Fen?) -> Fen? {
        switch self {
        case .fixed(let fen): fen
        case .daysOfWage(let days): dailyWage.map { $0 * days }
        }
    }
}

/// Who pays: the person, or the meeting's organiser (A5 §1, §2).
public enum Liable: String, Sendable, CaseIterable {
    case person, organiser
}

/// The attendance facts a fine is assessed on automatically, from records Huiwu keeps.
public enum FineTrigger: String, Sendable, CaseIterable {
    case late
    case earlyLeave = "early_leave"
    case absent
    /// Absent and never notified (no notice delivered): A5 §1 moves the fine to the organiser.
    case absentUnnotified = "absent_unnotified"
}

/// A fine assessed from attendance (R3.2, R5.2).
public struct FineRule: Sendable, Equatable {
    public var trigger: FineTrigger
    public var liable: Liable
    public var penalty: Penalty

    public init(trigger: FineTrigger, liable: Liable, penalty: Penalty) {
        self.trigger = trigger
        self.liable = liable
        self.penalty = penalty
    }
}

/// An offence a person records during or after a meeting (R5.7 disturbing the meeting, R5.3
/// poor preparation, R3.2 conduct, R1.7 no smoking / noise), with or without a fine.
public struct OffenceRule: Sendable, Equatable {
    /// Who may record it.
    public enum Recorder: String, Sendable, CaseIterable {
        case chair, organiser
        case roomOffice = "room_office"
    }

    public var recordedBy: [Recorder]
    public var liable: Liable
    /// nil: recorded as a violation without a fine (A1 §8).
    public var penalty: Penalty?
    /// How long after the meeting's end it may still be recorded; nil: only while the meeting
    /// runs (A5 §9: "在會議進行時").
    public var recordedWithin: RuleDuration?

    public init(recordedBy: [Recorder], liable: Liable, penalty: Penalty?, recordedWithin: RuleDuration? = nil) {
        self.recordedBy = recordedBy
        self.liable = liable
        self.penalty = penalty
        self.recordedWithin = recordedWithin
    }

    /// The span in which an offence at a meeting of `start`–`end` may be recorded: while it runs,
    /// and `recordedWithin` after its end.
    public func recordable(start: Date, end: Date) -> ClosedRange<Date> {
        start...end.addingTimeInterval(recordedWithin?.seconds ?? 0)
    }
}

/// Counts over a period (a rule real regulations use): "three late arrivals in a month count
/// as one absence". Every `every`-th event of clause `counts` in one period assesses clause
/// `countsAs`; with `replaces`, the counted events' own fines are reversed.
public struct EscalationRule: Sendable, Equatable {
    public enum Period: String, Sendable, CaseIterable {
        case week, month, quarter, year
    }

    public var counts: String
    public var per: Period
    public var every: Int
    public var countsAs: String
    public var replaces: Bool

    public init(counts: String, per: Period, every: Int, countsAs: String, replaces: Bool) {
        self.counts = counts
        self.per = per
        self.every = every
        self.countsAs = countsAs
        self.replaces = replaces
    }
}
