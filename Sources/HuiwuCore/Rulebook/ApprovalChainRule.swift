/// An approval chain as data (R1.1, R3.1, R4.2): steps in sequence; within a step, all of the
/// listed approvers, or any one of them. Each approver is resolved to people through roles,
/// positions and the org tree when a request is made.
public struct ApprovalChainRule: Sendable, Equatable {
    /// What the chain approves.
    public enum Subject: String, Sendable, CaseIterable {
        case leave, booking
    }

    public enum Mode: String, Sendable {
        case allOf = "all_of"
        case anyOf = "any_of"
    }

    /// Who approves, before it is resolved to people.
    public enum Approver: Sendable, Equatable, Hashable {
        /// The requester's department head (the nearest up the tree).
        case departmentHead
        case role(Role)
        /// Everyone whose position is this (客服经理, 总经理).
        case position(String)
        case person(username: String)
        /// The meeting's organiser (for leave from a meeting).
        case organiser
    }

    public struct Step: Sendable, Equatable {
        public var mode: Mode
        public var approvers: [Approver]
        public init(mode: Mode, approvers: [Approver]) {
            self.mode = mode
            self.approvers = approvers
        }
    }

    public var subject: Subject
    /// Applies only to requests longer than this (R3.1: per leave length); nil: any length.
    public var longerThan: RuleDuration?
    public var steps: [Step]
    /// Who decides a step whose approvers are only the person concerned, who does not decide
    /// their own case (X1): any one of these; with none given, or none but the person, the
    /// administrators.
    public var fallback: [Approver]

    public init(subject: Subject, longerThan: RuleDuration?, steps: [Step], fallback: [Approver] = []) {
        self.subject = subject
        self.longerThan = longerThan
        self.steps = steps
        self.fallback = fallback
    }
}
