import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// Approvers see what they decide (R1.1, R3.1, X3): the leave's reason, meeting and time; a
/// booking's room, time, purpose and headcount; the clause in force; and several bookings
/// approved in one submit, each as its own decision.
@Suite("The approval queue shows what is decided")
struct ApprovalQueueTests {
    @Test("a leave request shows the approver its reason, its meeting and the meeting's time", arguments: TestDatabase.allCases)
    func leaveShowsReasonMeetingAndTime(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 1)
            _ = try await LeaveTests.person(app, w, "csm", position: "客服经理")
            _ = try await LeaveTests.person(app, w, "gm", position: "总经理")
            let p0 = try await Fixture.token(app, "p0"), csm = try await Fixture.token(app, "csm")
            let asked = try await app.send(.POST, "/api/v1/meetings/\(w.meeting)/leave", as: p0, json: ["reason": "孩子发烧就医"])
            #expect(asked.status == .created || asked.status == .ok)
            let listed = try await app.send(.GET, "/api/v1/approvals", as: csm).jsonArray
            let item = try #require(listed.first)
            #expect(item["requestReason"] as? String == "孩子发烧就医")
            let subject = try #require(item["subjectDetails"] as? [String: Any])
            #expect(subject["meetingId"] as? String == w.meeting.uuidString)
            #expect((subject["startsAt"] as? String)?.hasPrefix("2026-12-01T10:00:00") == true)
            let browser = try await PageClient.signIn(app, "csm")
            let page = try await browser.page("/requests")
            #expect(page.contains("孩子发烧就医"))
            #expect(page.contains("2026-12-01 10:00–11:00"))
        }
    }

    @Test(
        "bulk approval approves each ticked booking as its own decision and reports the one it could not",
        arguments: TestDatabase.allCases)
    func bulkApproval(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            var ids: [String] = [], versions: [Int] = []
            for (from, to) in [("09:00", "10:00"), ("10:00", "11:00"), ("14:00", "15:00")] {
                let made = try await app.send(
                    .POST, "/api/v1/bookings", as: f.tokens["staff"],
                    json: bookingBody(f.small, from, to, purpose: "training", headcount: 6))
                ids.append(try #require(made.json["id"] as? String))
                versions.append(try #require(made.json["version"] as? Int))
            }
            let browser = try await PageClient.signIn(app, "office")
            let queue = try await browser.page("/approvals")
            #expect(queue.contains("R1.1"), "no rulebook: the built-in rule")
            // The third is stale: someone changed it since the page was read.
            let sent = try await browser.post(
                "/approvals/approve",
                pairs: [
                    ("_csrf", browser.csrf), ("items[]", "\(ids[0]):\(versions[0])"), ("items[]", "\(ids[1])"),
                    ("items[]", "\(ids[2]):\(versions[2] + 5)"),
                ])
            #expect(sent.status == .seeOther)
            let location = try #require(sent.location)
            #expect(location.contains("approved=2"))
            for (id, status) in zip(ids, ["approved", "approved", "pending"]) {
                let b = try await app.send(.GET, "/api/v1/bookings/\(id)", as: f.tokens["staff"])
                #expect(b.json["status"] as? String == status)
            }
            let decisions = try await app.huiwu.store.reader.raw(
                "SELECT COUNT(*) AS n FROM rule_decisions WHERE kind = 'approval.step'"
            ).first()?.decode(column: "n", as: Int.self)
            #expect(decisions == 2)
            let after = try await browser.page(location)
            #expect(after.contains("已批准 2 条预约"))
            #expect(after.contains("记录已被他人修改，请重试"))
        }
    }

    @Test(
        "a booking waiting under the built-in rule cites the rulebook's clause once one is adopted",
        arguments: TestDatabase.allCases)
    func adoptedRulebookIsCited(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let made = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.small, "10:00", "11:00"))
            let id = try #require(made.json["id"] as? String)
            _ = try await DemoRulebook.adopt(app, name: "A1")
            let listed = try await app.send(.GET, "/api/v1/approvals", as: f.tokens["office"]).jsonArray
            let clause = try #require(listed.first?["clause"] as? [String: Any])
            #expect(clause["clauseId"] as? String == "A1-3-booking")
            let subject = try #require(listed.first?["subjectDetails"] as? [String: Any])
            #expect(subject["roomName"] as? String == f.small.name && subject["headcount"] as? Int == 5)
            let browser = try await PageClient.signIn(app, "office")
            let queue = try await browser.page("/approvals")
            #expect(queue.contains("A1 三") && !queue.contains("R1.1"))
            let ok = try await app.send(.POST, "/api/v1/bookings/\(id)/approve", as: f.tokens["office"])
            #expect(ok.json["status"] as? String == "approved")
        }
    }
}
