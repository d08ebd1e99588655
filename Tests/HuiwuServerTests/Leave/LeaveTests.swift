import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// Leave, delegation and the approval chain (R5.6, R3.1).
@Suite("Leave and delegates through the approval chain")
struct LeaveTests {
    static func person(
        _ app: Application, _ w: AttendanceWorld, _ username: String, role: Role = .staff, position: String? = nil,
        department: UUID? = nil
    ) async throws -> PersonRecord {
        try await Fixture.person(
            app, username, username, role, department: department ?? w.f.sales.id, position: position,
            passwordHash: w.f.staff.passwordHash)
    }

    @Test(
        "A5: leave an hour ahead goes to the organiser and excuses the person; 40 minutes ahead is refused citing §8",
        arguments: TestDatabase.allCases)
    func a5LeaveNotice(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 2)
            let p0 = try await Fixture.token(app, "p0"), p1 = try await Fixture.token(app, "p1")
            clock.set(try Timestamp.parse(at("08:30")))
            let asked = try await app.send(.POST, "/api/v1/meetings/\(w.meeting)/leave", as: p0, json: ["reason": "陪同客户"])
            #expect(asked.status == .created && asked.json["status"] as? String == "pending")
            let approvalId = try #require(asked.json["approvalId"] as? String)
            let waiting = try await app.send(.GET, "/api/v1/approvals", as: w.f.tokens["office"])
            #expect(waiting.jsonArray.first?["id"] as? String == approvalId)
            #expect(((waiting.jsonArray.first?["clause"]) as? [String: Any])?["cite"] as? String == "A5 §8")
            #expect(try await app.send(.POST, "/api/v1/approvals/\(approvalId)/approve", as: p1, json: [:]).status == .notFound)
            let approved = try await app.send(
                .POST, "/api/v1/approvals/\(approvalId)/approve", as: w.f.tokens["office"], json: [:])
            #expect(approved.json["status"] as? String == "approved")
            clock.set(try Timestamp.parse(at("09:20")))
            let late = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/leave", as: p1, json: ["reason": "临时有事"], headers: ["Accept-Language": "en"]
            )
            #expect(late.status == .conflict && late.json["code"] as? String == "leave.too_late")
            #expect(
                late.json["title"] as? String
                    == "A5 §8: leave requested 40 minutes before the start; at least 60 minutes are required")
            let zh = try await app.send(.POST, "/api/v1/meetings/\(w.meeting)/leave", as: p1, json: ["reason": "临时有事"])
            #expect((zh.json["title"] as? String)?.hasPrefix("A5 §8：请假提出时距会议开始仅 40 分钟") == true)
            let refusals = try await app.huiwu.store.reader.raw(
                "SELECT clause_id FROM rule_decisions WHERE kind = 'leave.refused' AND person_id = \(bind: w.people[1].id)"
            ).all().map { try $0.decode(column: "clause_id", as: String.self) }
            #expect(refusals == ["A5-8-leave", "A5-8-leave"])
            let leaves = try await app.send(.GET, "/api/v1/meetings/\(w.meeting)/leave", as: p1).jsonArray
            #expect(leaves.count == 1 && leaves.first?["status"] as? String == "granted")
            try await w.checkIn(w.organiser, "09:50", clock: clock)
            clock.set(try Timestamp.parse(at("11:30")))
            try await AttendanceJobs.closeDue(app)
            let roster = try await app.huiwu.attendance.roster(w.meeting)
            #expect(roster.first { $0.participant.record.personId == w.people[0].id }?.record?.outcome == .excused)
            #expect(roster.first { $0.participant.record.personId == w.people[1].id }?.record?.outcome == .absent)
        }
    }

    @Test(
        "A3: leave goes to the CS manager, then the general manager; a rejection carries its reason",
        arguments: TestDatabase.allCases)
    func a3ChainInSequence(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 2)
            _ = try await Self.person(app, w, "csm", position: "客服经理")
            _ = try await Self.person(app, w, "gm", position: "总经理")
            let csm = try await Fixture.token(app, "csm"), gm = try await Fixture.token(app, "gm")
            let p0 = try await Fixture.token(app, "p0")
            let asked = try await app.send(.POST, "/api/v1/meetings/\(w.meeting)/leave", as: p0, json: ["reason": "就医"])
            let id = try #require(asked.json["approvalId"] as? String)
            #expect(
                try await app.send(.GET, "/api/v1/approvals", as: gm).jsonArray.isEmpty, "the general manager is asked second")
            #expect(try await app.send(.POST, "/api/v1/approvals/\(id)/approve", as: gm, json: [:]).status == .forbidden)
            let first = try await app.send(.POST, "/api/v1/approvals/\(id)/approve", as: csm, json: [:])
            #expect(first.json["status"] as? String == "pending" && first.json["waitingOn"] as? [String] == ["gm"])
            #expect(try await app.send(.POST, "/api/v1/approvals/\(id)/reject", as: gm, json: [:]).status == .unprocessableEntity)
            let rejected = try await app.send(.POST, "/api/v1/approvals/\(id)/reject", as: gm, json: ["reason": "月底业务高峰"])
            #expect(rejected.json["status"] as? String == "rejected")
            let tasks = rejected.json["tasks"] as? [[String: Any]] ?? []
            #expect(tasks.map { $0["state"] as? String } == ["approved", "rejected"])
            #expect(tasks.last?["reason"] as? String == "月底业务高峰")
            let told = try await app.send(.GET, "/api/v1/notifications", as: p0)
            #expect(told.pageItems.contains { ($0["message"] as? String)?.contains("月底业务高峰") == true })
            let decisions = try await app.huiwu.store.reader.raw(
                "SELECT outcome, clause_id FROM rule_decisions WHERE kind = 'approval.step' ORDER BY decided_at"
            ).all().map {
                "\(try $0.decode(column: "outcome", as: String.self)) \(try $0.decode(column: "clause_id", as: String.self))"
            }
            #expect(decisions == ["approved A3-1.2-leave-chain", "rejected A3-1.2-leave-chain"])
        }
    }

    /// Makes `head` the head of their department and adds `username` as the head of a sub-department
    /// below it (A5's 分部主管): the supervisor one level down, whom A5 §8 lets them delegate.
    static func subordinate(
        _ app: Application, _ w: AttendanceWorld, of head: PersonRecord, _ username: String = "deputy"
    ) async throws -> PersonRecord {
        var promoted = head
        promoted.role = Role.departmentHead.rawValue
        _ = try await app.huiwu.people.updatePerson(promoted)
        let branch = try await Fixture.department(app, "分部\(username)", parent: head.departmentId)
        return try await person(app, w, username, role: .departmentHead, department: branch.id)
    }

    @Test(
        "A5: a head delegates a subordinate, who accepts and checks in; their attendance counts for the head",
        arguments: TestDatabase.allCases)
    func a5Delegation(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 1)
            let other = try await Fixture.department(app, "财务部", now: clock.now())
            let deputy = try await Self.subordinate(app, w, of: w.people[0])
            let stranger = try await Self.person(app, w, "stranger", department: other.id)
            let p0 = try await Fixture.token(app, "p0")
            let wrong = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/delegation", as: p0,
                json: ["delegateId": stranger.id.uuidString, "reason": "出差"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(((wrong.json["errors"] as? [[String: Any]])?.first?["message"] as? String)?.contains("A5 §8") == true)
            let sent = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/delegation", as: p0,
                json: ["delegateId": deputy.id.uuidString, "reason": "出差"])
            #expect(sent.status == .created && sent.json["status"] as? String == "pending")
            let id = try #require(sent.json["id"] as? String)
            let d = try await Fixture.token(app, "deputy")
            #expect(try await app.send(.POST, "/api/v1/leave/\(id)/accept", as: p0, json: [:]).status == .forbidden)
            #expect(
                try await app.send(.POST, "/api/v1/leave/\(id)/accept", as: d, json: [:]).json["status"] as? String == "granted")
            let roster = try await app.huiwu.attendance.roster(w.meeting)
            #expect(roster.first { $0.participant.record.personId == w.people[0].id }?.standing == .delegated)
            try await w.checkIn(w.organiser, "09:50", clock: clock)
            try await w.checkIn(deputy, "09:55", clock: clock)
            clock.set(try Timestamp.parse(at("11:30")))
            try await AttendanceJobs.closeDue(app)
            let after = try await app.huiwu.attendance.roster(w.meeting)
            let head = after.first { $0.participant.record.personId == w.people[0].id }?.record
            #expect(head?.outcome == .onTime && head?.delegateId == deputy.id)
        }
    }

    @Test("the meeting page refuses a late leave request with the clause and keeps the person expected")
    func pageShowsTheRefusal() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 1)
            clock.set(try Timestamp.parse(at("09:30")))
            let me = try await PageClient.signIn(app, "p0")
            let page = try await me.page("/meetings/\(w.meeting)")
            #expect(page.contains("id=\"leave-form\"") && page.contains("A5 §8"))
            let refused = try await me.post("/meetings/\(w.meeting)/leave", ["_csrf": me.csrf, "reason": "临时有事"])
            #expect(refused.status == .conflict)
            #expect(refused.body.contains("id=\"leave-error\"") && refused.body.contains("A5 §8：请假提出时距会议开始仅 30 分钟"))
            #expect(try await app.huiwu.leave.of(meeting: w.meeting).isEmpty)
        }
    }
}
