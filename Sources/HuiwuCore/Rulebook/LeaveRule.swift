/// Leave from a meeting (R5.6, R3.1): how long before the start it must be requested, and the
/// approval chain it runs through (A3: CS manager, then general manager).
public struct LeaveRule: Sendable, Equatable {
    /// A request later than this before the start is refused (A5 §8: one hour).
    public var minimumNotice: RuleDuration
    /// Id of the `approval_chain` clause leave runs through; nil: leave needs no approval.
    public var approval: String?

    public init(minimumNotice: RuleDuration, approval: String?) {
        self.minimumNotice = minimumNotice
        self.approval = approval
    }
}

/// Sending someone in one's place (A5 §8: 委派下一级主管人员参加会议).
public struct DelegationRule: Sendable, Equatable {
    /// Whom one may delegate to.
    public enum Delegate: String, Sendable, CaseIterable {
        /// Someone who reports to the delegator (下一级主管).
        case subordinate
        /// Anyone in the delegator's department or below it.
        case departmentMember = "department_member"
        /// Any active person.
        case anyone
    }

    public var to: Delegate
    /// The delegate must accept before they replace the delegator.
    public var acceptRequired: Bool
    /// A delegation later than this before the start is refused; nil: any time before the start.
    public var minimumNotice: RuleDuration?

    public init(to: Delegate, acceptRequired: Bool, minimumNotice: RuleDuration?) {
        self.to = to
        self.acceptRequired = acceptRequired
        self.minimumNotice = minimumNotice
    }
}

/// How long a borrowed item may stay out (A1 §9: 三日内完好归还); used by the loans issue.
public struct LoanRule: Sendable, Equatable {
    public var period: RuleDuration
    public init(period: RuleDuration) { self.period = period }
}
