import Foundation

/// One approval engine for every request that needs approving (R1.1, R3.1, later
/// R4.2, R1.10): a chain's steps in sequence; within a step, every listed approver (all of) or
/// any one (any of). Each approver of a step is a slot filled by one of the people it resolved
/// to. Pure: the store keeps the tasks, this says where a request stands.
public enum ApprovalFlow {
    public enum TaskState: String, Sendable, Codable, CaseIterable {
        /// A later step's task: not asked yet.
        case waiting
        /// Asked: this person may approve or reject now.
        case pending
        case approved
        case rejected
        /// Another person filled the slot, or the request ended, first.
        case skipped
    }

    /// One person's part in one slot of one step.
    public struct Task: Sendable, Equatable {
        public var step: Int
        public var slot: Int
        public var person: UUID
        public var state: TaskState

        public init(step: Int, slot: Int, person: UUID, state: TaskState) {
            self.step = step
            self.slot = slot
            self.person = person
            self.state = state
        }
    }

    public enum Standing: Sendable, Equatable {
        /// Waiting on `step` (0-based).
        case pending(step: Int)
        case approved
        case rejected
    }

    /// Where a request stands given its chain's modes and slots per step and its tasks' states.
    public static func standing(_ steps: [ApprovalChainRule.Step], _ tasks: [Task]) -> Standing {
        if tasks.contains(where: { $0.state == .rejected }) { return .rejected }
        for (i, step) in steps.enumerated() where !isDone(step, index: i, tasks) {
            return .pending(step: i)
        }
        return .approved
    }

    /// A step is done when its slots are filled by approvals: one (any of) or every one (all of).
    /// A slot with no one in it is never filled: nobody decides their own case (X1), so a step
    /// whose approvers are only the requester is not passed over but goes to the chain's fallback
    /// or the administrators when the request is opened (the store resolves them).
    static func isDone(_ step: ApprovalChainRule.Step, index: Int, _ tasks: [Task]) -> Bool {
        let filled = Set(tasks.filter { $0.step == index && $0.state == .approved }.map(\.slot))
        switch step.mode {
        case .anyOf: return !filled.isEmpty
        case .allOf: return Set(step.approvers.indices).isSubset(of: filled)
        }
    }

    /// The tasks after `person` decides (`approve`): their pending task of the current step is
    /// decided; a slot filled by approval skips the others waiting on it; the next step's tasks
    /// are asked once a step is done; everything still open is skipped when the request ends.
    /// Nil when the person has nothing pending to decide.
    ///
    /// A `standIn` (someone the subject itself lets decide, as the room office's permission does
    /// for bookings, R1.1) with nothing pending decides the current step for everyone in it: new
    /// tasks in their name are appended after the existing ones.
    public static func decide(
        _ steps: [ApprovalChainRule.Step], _ tasks: [Task], person: UUID, approve: Bool, standIn: Bool = false
    ) -> [Task]? {
        guard case .pending(let current) = standing(steps, tasks) else { return nil }
        var out = tasks
        guard let index = tasks.firstIndex(where: { $0.step == current && $0.person == person && $0.state == .pending })
        else {
            guard standIn else { return nil }
            let filled = Set(out.filter { $0.step == current && $0.state == .approved }.map(\.slot))
            let open = steps[current].approvers.indices.filter { !filled.contains($0) }
            // All of: every open slot is filled by the stand-in; any of, or a rejection: one is enough.
            let slots = approve && steps[current].mode == .allOf ? open : Array(open.prefix(1))
            for slot in slots {
                out.append(Task(step: current, slot: slot, person: person, state: approve ? .approved : .rejected))
            }
            for i in out.indices where out[i].step == current && out[i].state == .pending { out[i].state = .skipped }
            return advance(steps, out, from: current)
        }
        out[index].state = approve ? .approved : .rejected
        let slot = out[index].slot
        if approve {
            for i in out.indices where out[i].step == current && out[i].state == .pending {
                // Any of: one approval fills the step. All of: it fills this approver's slot.
                if steps[current].mode == .anyOf || out[i].slot == slot { out[i].state = .skipped }
            }
        }
        return advance(steps, out, from: current)
    }

    /// Asks the next step once `current` is done, or closes every open task when the request ended.
    static func advance(_ steps: [ApprovalChainRule.Step], _ tasks: [Task], from current: Int) -> [Task] {
        var out = tasks
        switch standing(steps, out) {
        case .pending(let next) where next != current:
            for i in out.indices where out[i].step == next && out[i].state == .waiting { out[i].state = .pending }
        case .approved, .rejected:
            for i in out.indices where out[i].state == .pending || out[i].state == .waiting { out[i].state = .skipped }
        default:
            break
        }
        return out
    }

    /// The first tasks of a new request: the first step with anyone in it is asked, the rest
    /// wait. `resolved[step][slot]` are the people an approver resolved to.
    public static func start(_ steps: [ApprovalChainRule.Step], _ resolved: [[[UUID]]]) -> [Task] {
        var out: [Task] = []
        for (step, slots) in resolved.enumerated() {
            for (slot, people) in slots.enumerated() {
                for person in people { out.append(Task(step: step, slot: slot, person: person, state: .waiting)) }
            }
        }
        if case .pending(let first) = standing(steps, out) {
            for i in out.indices where out[i].step == first { out[i].state = .pending }
        }
        return out
    }
}
