import Foundation
import HuiwuCore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer
@testable import HuiwuStore

/// Leave is settled before the meeting is judged (R5.6, R3.1; A3: 审批后方可休息), nobody approves
/// their own (X1), and a reason is read only by those it is for.
@Suite("Leave: settled before closing, never one's own to approve, reasons kept to those they are for")
struct LeaveSettledTests {
    @Test(
        "an organiser's own leave from their own meeting is not granted by itself: it waits on an administrator",
        arguments: TestDatabase.allCases)
    func ownLeaveGoesToTheNextAuthority(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 1)
            let office = w.f.tokens["office"]
            let asked = try await app.send(.POST, "/api/v1/meetings/\(w.meeting)/leave", as: office, json: ["reason": "出差"])
            #expect(asked.status == .created && asked.json["status"] as? String == "pending")
            let approval = try #require(asked.json["approvalId"] as? String)
            let view = try await app.huiwu.approvals.view(try #require(UUID(uuidString: approval)))
            #expect(view?.tasks.map(\.personId) == [w.f.admin.id], "the chain's organiser is the requester: an admin decides")
            #expect(try await app.send(.POST, "/api/v1/approvals/\(approval)/approve", as: office, json: [:]).status != .ok)
            let approved = try await app.send(.POST, "/api/v1/approvals/\(approval)/approve", as: w.f.tokens["admin"], json: [:])
            #expect(approved.json["status"] as? String == "approved")
        }
    }

    @Test(
        "leave still pending when attendance closes lapses, the person told naming the meeting; approving it afterwards is refused and the fine stands",
        arguments: TestDatabase.allCases)
    func pendingLeaveLapsesAtClosing(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 2, wage: 25_000)
            _ = try await LeaveTests.person(app, w, "csm", position: "客服经理")
            _ = try await LeaveTests.person(app, w, "gm", position: "总经理")
            let p0 = try await Fixture.token(app, "p0")
            let asked = try await app.send(.POST, "/api/v1/meetings/\(w.meeting)/leave", as: p0, json: ["reason": "家中有事"])
            let approval = try #require(asked.json["approvalId"] as? String)
            try await w.checkIn(w.organiser, "09:55", clock: clock)
            try await w.checkIn(w.people[1], "09:55", clock: clock)
            clock.set(try Timestamp.parse(at("11:30")))
            #expect(try await AttendanceJobs.closeDue(app) == 1)
            let leave = try await app.send(.GET, "/api/v1/meetings/\(w.meeting)/leave", as: p0).jsonArray
            #expect(leave.first?["status"] as? String == "expired")
            let absence = try #require(try await w.entries().first { $0.personId == w.people[0].id })
            #expect(absence.trigger?.rawValue == "absent" && absence.amount == Fen(75_000))
            let csm = try await Fixture.token(app, "csm")
            let late = try await app.send(.POST, "/api/v1/approvals/\(approval)/approve", as: csm, json: [:])
            #expect(late.status == .conflict || late.status == .forbidden)
            #expect(
                try await app.send(.GET, "/api/v1/meetings/\(w.meeting)/leave", as: p0).jsonArray.first?["status"] as? String
                    == "expired")
            let roster = try await app.send(.GET, "/api/v1/meetings/\(w.meeting)/attendance", as: p0)
            let mine = (roster.json["lines"] as? [[String: Any]])?.first {
                $0["personId"] as? String == w.people[0].id.uuidString
            }
            #expect(mine?["outcome"] as? String == "absent")
            let decision = try await app.huiwu.store.reader.raw(
                "SELECT clause_id FROM rule_decisions WHERE kind = 'leave.expired' AND person_id = \(bind: w.people[0].id)"
            ).all().map { try $0.decode(column: "clause_id", as: String.self) }
            #expect(decision == ["A3-1.2-leave"])
            let told = try await app.send(.GET, "/api/v1/notifications", as: p0).pageItems.compactMap { $0["message"] as? String }
            #expect(told.contains { $0.contains("例会") && $0.contains("失效") })
        }
    }

    @Test(
        "a participant does not read another's leave reason; the organiser and the approvers do",
        arguments: TestDatabase.allCases)
    func leaveReasonsAreForThoseTheyConcern(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 2)
            _ = try await LeaveTests.person(app, w, "csm", position: "客服经理")
            let p0 = try await Fixture.token(app, "p0"), p1 = try await Fixture.token(app, "p1")
            _ = try await app.send(.POST, "/api/v1/meetings/\(w.meeting)/leave", as: p0, json: ["reason": "住院复查"])
            func reason(as token: String?) async throws -> String? {
                try await app.send(.GET, "/api/v1/meetings/\(w.meeting)/leave", as: token).jsonArray.first?["reason"] as? String
            }
            #expect(try await reason(as: p0) == "住院复查")
            #expect(try await reason(as: p1) == nil)
            #expect(try await reason(as: w.f.tokens["office"]) == "住院复查", "the organiser")
            // The approver reads it with the request they decide (not on the list, they do not see the meeting).
            let asked = try await app.send(.GET, "/api/v1/approvals", as: try await Fixture.token(app, "csm")).jsonArray
            #expect(asked.first?["requestReason"] as? String == "住院复查", "an approver")
            let id = try #require(asked.first?["id"] as? String)
            let byRequester = try await app.send(.GET, "/api/v1/approvals/\(id)", as: p0)
            #expect(byRequester.json["requestReason"] as? String == "住院复查")
            let byOrganiser = try await app.send(.GET, "/api/v1/approvals/\(id)", as: w.f.tokens["office"])
            #expect(byOrganiser.json["requestReason"] as? String == "住院复查", "the organiser, as on the meeting page")
            #expect(try await app.send(.GET, "/api/v1/approvals/\(id)", as: p1).status == .notFound)
        }
    }

    @Test(
        "A5 §8: a head may send the head of a sub-department, not a colleague of their own department",
        arguments: TestDatabase.allCases)
    func delegateIsTheSupervisorOneLevelDown(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 1)
            let deputy = try await LeaveTests.subordinate(app, w, of: w.people[0])
            let colleague = try await LeaveTests.person(app, w, "colleague2")
            let p0 = try await Fixture.token(app, "p0")
            let refused = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/delegation", as: p0,
                json: ["delegateId": colleague.id.uuidString, "reason": "出差"])
            #expect(refused.status == .unprocessableEntity)
            #expect((refused.json["clause"] as? [String: Any])?["clauseId"] as? String == "A5-8-delegate")
            #expect(refused.json["allowed"] as? [String] == ["subordinate"])
            let sent = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/delegation", as: p0,
                json: ["delegateId": deputy.id.uuidString, "reason": "出差"])
            #expect(sent.status == .created)
        }
    }

    @Test(
        "a request left waiting on a step nobody but its requester could decide is given to an administrator on upgrade",
        arguments: TestDatabase.allCases)
    func upgradeReasksAnEmptyStep(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 1)
            var manager = w.people[0]
            manager.position = "客服经理"
            _ = try await app.huiwu.people.updatePerson(manager)
            _ = try await LeaveTests.person(app, w, "gm", position: "总经理")
            let asked = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/leave", as: try await Fixture.token(app, "p0"), json: ["reason": "出差"])
            let approval = try #require((asked.json["approvalId"] as? String).flatMap(UUID.init(uuidString:)))
            // As the code before this rule left it: the manager's own step passed over, the GM asked.
            try await app.huiwu.store.write { db in
                try await db.raw("DELETE FROM approval_tasks WHERE request_id = \(bind: approval) AND step = 0").run()
                try await db.raw("UPDATE approval_tasks SET state = 'pending' WHERE request_id = \(bind: approval) AND step = 1")
                    .run()
            }
            try await app.huiwu.store.write { db in try await Approvals.reaskEmptySteps(now: clock.now(), db) }
            let view = try #require(try await app.huiwu.approvals.view(approval))
            #expect(view.tasks.filter { $0.step == 0 }.map(\.personId) == [w.f.admin.id])
            #expect(view.tasks.filter { $0.step == 1 }.allSatisfy { $0.state == .waiting })
            let gm = try await Fixture.token(app, "gm")
            #expect(try await app.send(.POST, "/api/v1/approvals/\(approval)/approve", as: gm, json: [:]).status == .forbidden)
            _ = try await app.send(.POST, "/api/v1/approvals/\(approval)/approve", as: w.f.tokens["admin"], json: [:])
            let done = try await app.send(.POST, "/api/v1/approvals/\(approval)/approve", as: gm, json: [:])
            #expect(done.json["status"] as? String == "approved")
        }
    }

}
