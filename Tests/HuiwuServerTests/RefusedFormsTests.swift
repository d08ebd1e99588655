import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// A form the rules refuse comes back as its page (X1): a 4xx status, the reason in the
/// reader's language, what was typed kept, nothing changed — not a bare error page at the
/// form's address. Whoever may not act still gets the error page.
@Suite("Refused forms come back as their page")
struct RefusedFormsTests {
    /// An untyped meeting the room office arranges, on 3 December.
    static func meeting(_ app: Application, _ f: Fixture) async throws -> String {
        let made = try await app.send(
            .POST, "/api/v1/meetings", as: f.tokens["office"],
            json: [
                "title": "月度例会", "roomId": f.auto.id.uuidString, "startsAt": at("10:00", day: "2026-12-03"),
                "endsAt": at("11:00", day: "2026-12-03"), "headcount": 3,
            ])
        #expect(made.status == .created, "\(made.body.string)")
        return made.json["id"] as? String ?? ""
    }

    @Test(
        "publishing minutes not yet written is the meeting page at 422 with why; authorising nobody, or someone gone, likewise",
        arguments: TestDatabase.allCases)
    func meetingFormsRefused(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let id = try await Self.meeting(app, f)
            let office = try await PageClient.signIn(app, "office")
            let publish = try await office.post("/meetings/\(id)/minutes/publish", ["_csrf": office.csrf])
            #expect(publish.status == .unprocessableEntity)
            #expect(publish.body.contains("还没有会议纪要，无法发布") && publish.body.contains("月度例会"))
            #expect(publish.body.contains("role=\"alert\""))

            let nobody = try await office.post("/meetings/\(id)/chair", ["_csrf": office.csrf, "personId": "x"])
            #expect(nobody.status == .unprocessableEntity && nobody.body.contains("编号格式不正确"))
            let gone = try await office.post("/meetings/\(id)/chair", ["_csrf": office.csrf, "personId": UUID().uuidString])
            #expect(gone.status == .unprocessableEntity && gone.body.contains("找不到该人员，或其账号已停用"))
            #expect(gone.body.contains("id=\"chair\""), "the meeting page, its chair section there to try again")

            // Whoever may not authorise is refused by the error page, not shown the meeting's forms.
            let staff = try await PageClient.signIn(app, "staff")
            let refused = try await staff.post("/meetings/\(id)/chair", ["_csrf": staff.csrf, "personId": f.staff.id.uuidString])
            #expect([HTTPStatus.forbidden, .notFound].contains(refused.status) && !refused.body.contains("id=\"chair\""))
        }
    }

    @Test("sending notices for a meeting that is over is the meeting page at 409 with why, nothing sent")
    func noticesForAMeetingOverRefused() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let f = try await Fixture.make(app)
            let id = try await Self.meeting(app, f)
            clock.set(try Timestamp.parse(at("12:00", day: "2026-12-03")))
            let office = try await PageClient.signIn(app, "office")
            let sent = try await office.post("/meetings/\(id)/notices", ["_csrf": office.csrf])
            #expect(sent.status == .conflict)
            #expect(sent.body.contains("该会议已结束或已取消，不能再修改") && sent.body.contains("月度例会"))
        }
    }

    @Test(
        "an appeal refused (reason too long, already appealed) is the ledger at 4xx with why beside the fine and the reason kept",
        arguments: TestDatabase.allCases)
    func penaltyStepRefused(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 1)
            clock.set(try Timestamp.parse(at("10:20")))
            let fine = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/offences", as: w.f.tokens["office"],
                json: ["clauseId": "A5-9-disturb", "participantId": w.participant[w.people[0].id]!.uuidString, "reason": "接打电话"])
            #expect(fine.status == .created)
            let id = try #require(fine.json["id"] as? String)
            let me = try await PageClient.signIn(app, "p0")
            let ledger = try await me.page("/penalties?month=2026-12&scope=mine")
            let action = "/penalties/\(id)/appeal?month=2026-12&amp;scope=mine"
            #expect(ledger.contains("action=\"\(action)\""), "the form keeps the month and scope shown")

            let long = "地铁故障" + String(repeating: "很", count: 500)
            let tooLong = try await me.post(
                "/penalties/\(id)/appeal?month=2026-12&scope=mine", ["_csrf": me.csrf, "reason": long])
            #expect(tooLong.status == .unprocessableEntity)
            #expect(tooLong.body.contains("不能超过 500 个字符") && tooLong.body.contains("id=\"penalty-refusal\""))
            #expect(tooLong.body.contains("value=\"\(long)\""), "what was typed is kept")

            let appealed = try await me.post(
                "/penalties/\(id)/appeal?month=2026-12&scope=mine", ["_csrf": me.csrf, "reason": "地铁故障"])
            #expect(appealed.location == "/penalties?done=penalty_appeal")
            let again = try await me.post(
                "/penalties/\(id)/appeal?month=2026-12&scope=mine", ["_csrf": me.csrf, "reason": "再申诉"])
            #expect(again.status == .conflict && again.body.contains("该罚款已撤销、已缴纳或已在申诉中"))
            #expect(again.body.contains("id=\"penalty-\(id)\""), "the ledger of the month shown, with the fine")
            #expect(
                again.body.contains("id=\"penalty-kept\">再申诉</textarea>"),
                "the reason typed is kept, to copy, though the fine can no longer be appealed")
        }
    }
}
