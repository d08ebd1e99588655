import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor

@testable import HuiwuServer

/// The dry run (X3): "had this version been in force last month, these decisions would
/// have differed" — from the stored facts, nothing written.
@Suite("Dry run of a rulebook version over a past month")
struct RulebookDryRunTests {
    @Test(
        "A3 with a ten-minute grace and a 50-yuan lateness fine: the 10:07 arrival would be on time, the 10:12 one fined 50; the absence the same",
        arguments: TestDatabase.allCases)
    func attendanceDiffers(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 3, wage: 30_000)
            let p = w.people
            try await w.checkIn(w.organiser, "09:50", clock: clock)
            try await w.checkIn(p[0], "10:07", clock: clock)
            try await w.checkIn(p[1], "10:12", clock: clock)
            clock.set(try Timestamp.parse(at("11:30")))
            #expect(try await AttendanceJobs.closeDue(app) == 1)
            let before = try await w.entries().count
            let a3 = try #require(app.huiwu.rulebookTemplates.first { $0.name == "A3" }).source
            let candidate = a3.replacingOccurrences(of: "version: 1\n", with: "version: 2\n")
                .replacingOccurrences(of: "late_after: 0min", with: "late_after: 10min")
                .replacingOccurrences(
                    of: "fine: {for: late, liable: person, amount: 20 yuan}",
                    with: "fine: {for: late, liable: person, amount: 50 yuan}")
            #expect(candidate.contains("late_after: 10min") && candidate.contains("amount: 50 yuan"))
            let res = try await app.send(
                .POST, "/api/v1/rulebook/dry-run", as: w.f.tokens["admin"], json: ["source": candidate, "month": "2026-12"])
            #expect(res.status == .ok)
            #expect(res.json["meetings"] as? Int == 1)
            let changes = res.json["changes"] as? [[String: Any]] ?? []
            let summary = changes.map {
                "\($0["person"] as? String ?? "") \($0["kind"] as? String ?? "") \($0["before"] as? String ?? "-") → \($0["after"] as? String ?? "-")"
            }.sorted()
            #expect(
                summary == [
                    "参会人0 fine 20.00 元（A3 一.3，由参会人0承担） → -",
                    "参会人0 outcome late → on_time",
                    "参会人1 fine 20.00 元（A3 一.3，由参会人1承担） → 50.00 元（A3 一.3，由参会人1承担）",
                ], "\(summary)")
            #expect(changes.allSatisfy { ($0["text"] as? String)?.isEmpty == false })
            #expect(try await w.entries().count == before, "a dry run writes nothing")
            #expect(try await app.huiwu.rulebooks.versions().count == 1)

            let broken = try await app.send(
                .POST, "/api/v1/rulebook/dry-run", as: w.f.tokens["admin"], json: ["source": "rulebook: [", "month": "2026-12"])
            #expect(broken.status == .unprocessableEntity)
            let badMonth = try await app.send(
                .POST, "/api/v1/rulebook/dry-run", as: w.f.tokens["admin"], json: ["source": candidate, "month": "2026-13"])
            #expect(badMonth.status == .unprocessableEntity)

            let browser = try await PageClient.signIn(app, "admin")
            let page = try await browser.post(
                "/admin/rulebook", ["_csrf": browser.csrf, "source": candidate, "intent": "dry_run", "month": "2026-12"])
            #expect(page.status == .ok)
            #expect(page.body.contains("有 3 项决定会不同"))
            #expect(page.body.contains("考勤 迟到 → 准时"))
        }
    }

    @Test("A5 leave 40 minutes before the start was refused; under a 30-minute notice it would have been accepted")
    func leaveDiffers() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 1)
            clock.set(try Timestamp.parse(at("09:20")))
            await #expect(throws: LeaveError.self) {
                _ = try await app.huiwu.leave.requestLeave(
                    meeting: w.meeting, person: w.people[0].id, reason: "家中有事", now: clock.now())
            }
            clock.set(try Timestamp.parse(at("11:45")))
            try await AttendanceJobs.closeDue(app)
            let a5 = try #require(app.huiwu.rulebookTemplates.first { $0.name == "A5" }).source
            let candidate = a5.replacingOccurrences(of: "version: 1\n", with: "version: 2\n")
                .replacingOccurrences(of: "leave: {minimum_notice: 60min", with: "leave: {minimum_notice: 30min")
            #expect(candidate != a5)
            let res = try await app.send(
                .POST, "/api/v1/rulebook/dry-run", as: w.f.tokens["admin"], json: ["source": candidate, "month": "2026-12"])
            let changes = res.json["changes"] as? [[String: Any]] ?? []
            let leave = try #require(changes.first { $0["kind"] as? String == "leave" })
            #expect(leave["before"] as? String == "refused" && leave["after"] as? String == "accepted")
            #expect((leave["text"] as? String)?.contains("40 分钟") == true)
            #expect(res.json["leaveRequests"] as? Int == 1)
        }
    }
}
