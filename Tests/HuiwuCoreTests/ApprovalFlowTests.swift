import Foundation
import HuiwuCore
import Testing

/// The approval engine's rule (R1.1, R3.1): steps in sequence, all of / any of within a step.
@Suite("Approval chains: steps in sequence, all of and any of")
struct ApprovalFlowTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }
    let manager = id(1), deputy = id(2), gm = id(3), office = id(4), info = id(5)

    var a3: [ApprovalChainRule.Step] {
        [.init(mode: .anyOf, approvers: [.position("客服经理")]), .init(mode: .anyOf, approvers: [.position("总经理")])]
    }

    @Test("A3: the CS manager (either of two) first, then the general manager; one approval fills an any-of step")
    func sequenceAndAnyOf() throws {
        var tasks = ApprovalFlow.start(a3, [[[manager, deputy]], [[gm]]])
        #expect(tasks.filter { $0.state == .pending }.map(\.person) == [manager, deputy])
        #expect(ApprovalFlow.decide(a3, tasks, person: gm, approve: true) == nil, "the GM is not asked yet")
        tasks = try #require(ApprovalFlow.decide(a3, tasks, person: deputy, approve: true))
        #expect(tasks.map(\.state) == [.skipped, .approved, .pending])
        #expect(ApprovalFlow.standing(a3, tasks) == .pending(step: 1))
        tasks = try #require(ApprovalFlow.decide(a3, tasks, person: gm, approve: true))
        #expect(ApprovalFlow.standing(a3, tasks) == .approved)
    }

    @Test("R4.2-style all of: both the room office and the information centre must approve; one rejection ends it")
    func allOfNeedsEverySlot() throws {
        let both: [ApprovalChainRule.Step] = [.init(mode: .allOf, approvers: [.role(.roomOffice), .role(.infoCentre)])]
        var tasks = ApprovalFlow.start(both, [[[office], [info]]])
        tasks = try #require(ApprovalFlow.decide(both, tasks, person: office, approve: true))
        #expect(ApprovalFlow.standing(both, tasks) == .pending(step: 0))
        let approved = try #require(ApprovalFlow.decide(both, tasks, person: info, approve: true))
        #expect(ApprovalFlow.standing(both, approved) == .approved)
        let rejected = try #require(ApprovalFlow.decide(both, tasks, person: info, approve: false))
        #expect(ApprovalFlow.standing(both, rejected) == .rejected)
        #expect(rejected.allSatisfy { $0.state != .pending && $0.state != .waiting })
    }

    @Test("a step with nobody in it is never passed over: the request waits on it rather than approving itself")
    func emptyStepIsNeverDone() {
        let tasks = ApprovalFlow.start(a3, [[[]], [[gm]]])
        #expect(ApprovalFlow.standing(a3, tasks) == .pending(step: 0))
        #expect(ApprovalFlow.decide(a3, tasks, person: gm, approve: true) == nil, "the GM is not asked before step one")
        let organiserOnly: [ApprovalChainRule.Step] = [.init(mode: .anyOf, approvers: [.organiser])]
        #expect(ApprovalFlow.standing(organiserOnly, ApprovalFlow.start(organiserOnly, [[[]]])) == .pending(step: 0))
    }

    @Test("leave is refused later than the clause's notice, with the minutes given and required")
    func leaveNotice() throws {
        let start = try Timestamp.parse("2026-12-01T10:00:00+08:00")
        let c = Citation(version: 1, clauseID: "A5-8-leave")
        let hour = RuleDuration(minutes: 60)
        #expect(
            LeaveRules.refusal(requestedAt: start.addingTimeInterval(-3_600), start: start, minimum: hour, citation: c) == nil)
        #expect(
            LeaveRules.refusal(requestedAt: start.addingTimeInterval(-2_400), start: start, minimum: hour, citation: c)
                == .tooLate(given: 40, required: 60, citation: c))
        #expect(LeaveRules.refusal(requestedAt: start, start: start, minimum: nil, citation: nil) == .started)
    }
}
