import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor

@testable import HuiwuServer

/// Booking approval on the approval engine (R1.1, X3): the behaviour the room office knew,
/// now a request with tasks, decisions citing the chain, reminders, and longer chains when a
/// rulebook says so.
@Suite("Booking approval runs through the approval engine")
struct BookingApprovalTests {
    func request(_ app: Application, booking: String) async throws -> ApprovalView? {
        let id = try await app.huiwu.store.reader.raw(
            "SELECT id FROM approval_requests WHERE subject_kind = 'booking' AND subject_id = \(bind: UUID(uuidString: booking)!)"
        ).first()?.decode(column: "id", as: UUID.self)
        guard let id else { return nil }
        return try await app.huiwu.approvals.view(id)
    }

    @Test(
        "without a rulebook the built-in chain (R1.1) waits on the room office; its approval approves the booking and is a decision citing R1.1",
        arguments: TestDatabase.allCases)
    func builtInChain(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let made = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.small, "10:00", "11:00"))
            #expect(made.json["status"] as? String == "pending")
            let id = try #require(made.json["id"] as? String)
            let waiting = try #require(try await request(app, booking: id))
            #expect(waiting.request.citation == Citation(version: 0, clauseID: "R1.1"))
            #expect(waiting.waitingOn.map(\.personId) == [f.office.id])
            let listed = try await app.send(.GET, "/api/v1/approvals", as: f.tokens["office"])
            #expect((listed.jsonArray.first?["clause"] as? [String: Any])?["cite"] as? String == "R1.1")
            let text = (listed.jsonArray.first?["clause"] as? [String: Any])?["text"] as? String
            #expect(text?.contains("会议室") == true)
            // The booker's list says whom the booking waits on, under which clause.
            let browser = try await PageClient.signIn(app, "staff")
            let mine = try await browser.page("/my")
            #expect(mine.contains("等待 王芳 审批（R1.1）"))
            let ok = try await app.send(.POST, "/api/v1/bookings/\(id)/approve", as: f.tokens["office"])
            #expect(ok.status == .ok && ok.json["status"] as? String == "approved")
            #expect(!(try await browser.page("/my")).contains("等待 王芳"))
            let done = try #require(try await request(app, booking: id))
            #expect(done.request.status == .approved && done.tasks.map(\.state) == [.approved])
            let decisions = try await app.huiwu.store.reader.raw(
                "SELECT clause_id, rulebook_version, outcome FROM rule_decisions WHERE kind = 'approval.step'"
            ).all()
            #expect(decisions.count == 1)
            #expect(try decisions.first?.decode(column: "clause_id", as: String.self) == "R1.1")
            #expect(try decisions.first?.decode(column: "rulebook_version", as: Int.self) == 0)
            // An auto-approving room opens no request at all.
            let auto = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.auto, "10:00", "11:00"))
            #expect(try await request(app, booking: try #require(auto.json["id"] as? String)) == nil)
        }
    }

    @Test("a rejection carries its reason to the booker and ends the chain; cancelling a waiting booking withdraws its request")
    func rejectAndWithdraw() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let a = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.small, "10:00", "11:00"))
            let b = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.small, "14:00", "15:00"))
            let idA = try #require(a.json["id"] as? String), idB = try #require(b.json["id"] as? String)
            let rejected = try await app.send(
                .POST, "/api/v1/bookings/\(idA)/reject", as: f.tokens["office"], json: ["reason": "领导接待"])
            #expect(rejected.json["status"] as? String == "rejected" && rejected.json["decisionReason"] as? String == "领导接待")
            let ra = try #require(try await request(app, booking: idA))
            #expect(ra.request.status == .rejected && ra.tasks.first?.reason == "领导接待")
            let cancelled = try await app.send(.POST, "/api/v1/bookings/\(idB)/cancel", as: f.tokens["staff"], json: [:])
            #expect(cancelled.json["status"] as? String == "cancelled")
            let rb = try #require(try await request(app, booking: idB))
            #expect(rb.request.status == .withdrawn && rb.waitingOn.isEmpty)
            #expect(try await app.huiwu.approvals.waiting(on: f.office.id).isEmpty)
        }
    }

    @Test(
        "a rulebook's two-step booking chain: the room office waits its turn, the first approver's approval asks it, its approval approves",
        arguments: TestDatabase.allCases)
    func twoStepChain(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let a1 = try #require(app.huiwu.rulebookTemplates.first { $0.name == "A1" }).source
            let source = a1.replacingOccurrences(
                of: "        - any_of: [{role: room_office}]",
                with: "        - any_of: [{person: colleague}]\n        - any_of: [{role: room_office}]")
            #expect(source != a1)
            _ = try await app.huiwu.rulebooks.adopt(source, by: nil, note: nil, now: app.huiwu.clock.now())
            let made = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.small, "10:00", "11:00"))
            let id = try #require(made.json["id"] as? String)
            let waiting = try #require(try await request(app, booking: id))
            #expect(waiting.request.citation.clauseID == "A1-3-booking" && waiting.waitingOn.map(\.personId) == [f.colleague.id])
            let early = try await app.send(.POST, "/api/v1/bookings/\(id)/approve", as: f.tokens["office"])
            #expect(early.status == .forbidden, "the room office is not asked yet")
            let first = try await app.send(
                .POST, "/api/v1/approvals/\(waiting.request.id)/approve", as: f.tokens["colleague"], json: [:])
            #expect(first.status == .ok && first.json["status"] as? String == "pending")
            #expect((first.json["waitingOn"] as? [String]) == [f.office.displayName])
            let stillPending = try await app.send(.GET, "/api/v1/bookings/\(id)", as: f.tokens["staff"])
            #expect(stillPending.json["status"] as? String == "pending")
            let last = try await app.send(.POST, "/api/v1/bookings/\(id)/approve", as: f.tokens["office"])
            #expect(last.status == .ok && last.json["status"] as? String == "approved")
            let done = try #require(try await request(app, booking: id))
            #expect(done.request.status == .approved && done.tasks.map(\.state) == [.approved, .approved])
        }
    }

    @Test("an administrator stands in for whoever a booking waits on; the task in their name says so")
    func adminStandsIn() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let made = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.small, "10:00", "11:00"))
            let id = try #require(made.json["id"] as? String)
            let ok = try await app.send(.POST, "/api/v1/bookings/\(id)/approve", as: f.tokens["admin"])
            #expect(ok.json["status"] as? String == "approved")
            let done = try #require(try await request(app, booking: id))
            #expect(done.tasks.first { $0.personId == f.admin.id }?.state == .approved)
            #expect(done.tasks.first { $0.personId == f.office.id }?.state == .skipped)
        }
    }

    @Test("approvers who let a request wait a day are reminded once a day, citing the chain, until they decide")
    func reminders() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let f = try await Fixture.make(app)
            var body = bookingBody(f.small, "10:00", "11:00")
            body["startsAt"] = at("10:00", day: "2026-12-10")
            body["endsAt"] = at("11:00", day: "2026-12-10")
            let made = try await app.send(.POST, "/api/v1/bookings", as: f.tokens["staff"], json: body)
            let id = try #require(made.json["id"] as? String)
            let approvals = app.huiwu.approvals
            #expect(try await approvals.remindDue(now: clock.now(), every: 86_400) == 0)
            clock.advance(minutes: 1_440)
            #expect(try await approvals.remindDue(now: clock.now(), every: 86_400) == 1)
            #expect(try await approvals.remindDue(now: clock.now(), every: 86_400) == 0, "reminded once")
            clock.advance(minutes: 60)
            #expect(try await approvals.remindDue(now: clock.now(), every: 86_400) == 0)
            clock.advance(minutes: 1_440)
            #expect(try await approvals.remindDue(now: clock.now(), every: 86_400) == 1, "and again a day later")
            let reminded = try await app.huiwu.store.reader.raw(
                "SELECT COUNT(*) AS n FROM notifications WHERE person_id = \(bind: f.office.id) AND kind = 'approval.reminder'"
            ).first()?.decode(column: "n", as: Int.self)
            #expect(reminded == 2)
            let decisions = try await app.huiwu.store.reader.raw(
                "SELECT COUNT(*) AS n FROM rule_decisions WHERE kind = 'approval.reminder' AND clause_id = 'R1.1'"
            ).first()?.decode(column: "n", as: Int.self)
            #expect(decisions == 2)
            _ = try await app.send(.POST, "/api/v1/bookings/\(id)/approve", as: f.tokens["office"])
            clock.advance(minutes: 2_880)
            #expect(try await approvals.remindDue(now: clock.now(), every: 86_400) == 0, "decided: no more reminders")
        }
    }
}
