import Foundation

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
        /// A supervisor one level down (A5 §8: 委派下一级主管人员): the head of a department
        /// directly below the one the delegator heads (A5's 分部主管, the sub-departments' heads).
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

extension DelegationRule {
    /// Where someone stands in the organisation, as far as delegation asks: their role, their
    /// department and its ancestors, nearest first.
    public struct Place: Sendable, Equatable {
        public var role: Role
        public var department: UUID?
        public var ancestors: [UUID]

        public init(role: Role, department: UUID?, ancestors: [UUID]) {
            self.role = role
            self.department = department
            self.ancestors = ancestors
        }
    }

    /// Where someone of `role` in `department` stands, from the organisation's tree given as each
    /// department's parent (a cycle or a runaway depth ends the walk).
    public static func place(role: Role, department: UUID?, parents: [UUID: UUID]) -> Place {
        var ancestors: [UUID] = []
        var cursor = department.flatMap { parents[$0] }
        while let d = cursor, !ancestors.contains(d), d != department, ancestors.count < 64 {
            ancestors.append(d)
            cursor = parents[d]
        }
        return Place(role: role, department: department, ancestors: ancestors)
    }

    /// Whether `delegate` may attend in the place of someone at `delegator` under this rule.
    public func admits(_ delegate: Place, for delegator: Place) -> Bool {
        switch to {
        case .anyone:
            return true
        case .departmentMember:
            guard let home = delegator.department else { return false }
            return delegate.department == home || delegate.ancestors.contains(home)
        case .subordinate:
            guard delegator.role == .departmentHead, let home = delegator.department else { return false }
            return delegate.role == .departmentHead && delegate.department != home && delegate.ancestors.first == home
        }
    }
}

/// How long a borrowed item may stay out (R1.8, A1 §9: 三日内完好归还).
public struct LoanRule: Sendable, Equatable {
    public var period: RuleDuration
    public init(period: RuleDuration) { self.period = period }
}
