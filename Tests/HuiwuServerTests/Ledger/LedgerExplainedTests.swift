import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// Every decision says whose case it is, which clause and which numbers — as data, not only
/// inside a sentence (X3).
@Suite("Decisions explained: whose, which clause, which numbers")
struct LedgerExplainedTests {
    @Test(
        "the organiser's fine for an absentee never notified names that absentee in the entry, the API, the page and the notice",
        arguments: TestDatabase.allCases)
    func organisersFineNamesTheAbsentee(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 3)
            try await w.checkIn(w.organiser, "09:55", clock: clock)
            try await w.checkIn(w.people[0], "09:55", clock: clock)
            clock.set(try Timestamp.parse(at("11:45")))
            _ = try await AttendanceJobs.closeDue(app)
            let fines = try await app.send(.GET, "/api/v1/penalties", as: w.f.tokens["office"]).jsonArray
            #expect(fines.count == 2)
            let named = Set(fines.compactMap { ($0["participant"] as? [String: Any])?["name"] as? String })
            #expect(named == ["参会人1", "参会人2"])
            #expect(Set(fines.compactMap { ($0["evidence"] as? [String: String])?["participant_name"] }) == ["参会人1", "参会人2"])
            let participantIds = Set(fines.compactMap { ($0["participant"] as? [String: Any])?["personId"] as? String })
            #expect(participantIds == Set([w.people[1].id.uuidString, w.people[2].id.uuidString]))
            let told = try await app.send(.GET, "/api/v1/notifications", as: w.f.tokens["office"]).pageItems
                .compactMap { $0["message"] as? String }
            #expect(told.contains { $0.contains("参会人1") } && told.contains { $0.contains("参会人2") })
            let browser = try await PageClient.signIn(app, "office")
            let page = try await browser.page("/penalties")
            #expect(page.contains("涉及：参会人1") && page.contains("涉及：参会人2"))
        }
    }

    @Test(
        "a late leave request's refusal carries its clause and the minutes compared as data",
        arguments: TestDatabase.allCases)
    func refusalCarriesClauseAndNumbers(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 1)
            clock.set(try Timestamp.parse(at("09:20")))
            let refused = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/leave", as: try await Fixture.token(app, "p0"), json: ["reason": "临时有事"])
            #expect(refused.status == .conflict)
            let clause = refused.json["clause"] as? [String: Any]
            #expect(clause?["clauseId"] as? String == "A5-8-leave" && clause?["version"] as? Int == 1)
            #expect(clause?["cite"] as? String == "A5 §8" && (clause?["text"] as? String)?.isEmpty == false)
            #expect(refused.json["requiredMinutes"] as? Int == 60 && refused.json["actualMinutes"] as? Int == 40)
        }
    }

    @Test(
        "a correction's audit — before, after, reason, who, when — is in the API and on the meeting page",
        arguments: TestDatabase.allCases)
    func correctionAuditIsReadable(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 1, wage: 20_000)
            try await w.checkIn(w.organiser, "09:50", clock: clock)
            try await w.checkIn(w.people[0], "10:07", clock: clock)
            clock.set(try Timestamp.parse(at("11:30")))
            _ = try await AttendanceJobs.closeDue(app)
            let corrected = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/attendance/\(w.participant[w.people[0].id]!)/correction",
                as: w.f.tokens["office"], json: ["outcome": "on_time", "reason": "签到机故障"])
            #expect(corrected.status == .ok)
            let roster = try await app.send(.GET, "/api/v1/meetings/\(w.meeting)/attendance", as: w.f.tokens["office"])
            let audit = try #require((roster.json["corrections"] as? [[String: Any]])?.first)
            #expect(audit["before"] as? String == "late" && audit["after"] as? String == "on_time")
            #expect(audit["reason"] as? String == "签到机故障" && audit["correctedByName"] as? String == "王芳")
            #expect(audit["name"] as? String == "参会人0" && audit["at"] as? String == "2026-12-01T11:30:00+08:00")
            let browser = try await PageClient.signIn(app, "office")
            let page = try await browser.page("/meetings/\(w.meeting)")
            #expect(page.contains("attendance-corrections") && page.contains("签到机故障"))
        }
    }

    @Test("the dry run gives the fines before and after as numbers")
    func dryRunGivesNumbers() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 1, wage: 30_000)
            try await w.checkIn(w.organiser, "09:50", clock: clock)
            try await w.checkIn(w.people[0], "10:12", clock: clock)
            clock.set(try Timestamp.parse(at("11:30")))
            _ = try await AttendanceJobs.closeDue(app)
            let a3 = try #require(app.huiwu.rulebookTemplates.first { $0.name == "A3" }).source
            let candidate = a3.replacingOccurrences(of: "version: 1\n", with: "version: 2\n")
                .replacingOccurrences(of: "amount: 20 yuan}", with: "amount: 50 yuan}")
            let res = try await app.send(
                .POST, "/api/v1/rulebook/dry-run", as: w.f.tokens["admin"], json: ["source": candidate, "month": "2026-12"])
            let change = try #require((res.json["changes"] as? [[String: Any]])?.first { $0["kind"] as? String == "fine" })
            #expect((change["fineBefore"] as? [String: Any])?["amountFen"] as? Int == 2_000)
            #expect((change["fineAfter"] as? [String: Any])?["amountFen"] as? Int == 5_000)
            #expect((change["fineAfter"] as? [String: Any])?["liable"] as? String == "参会人0")
        }
    }
}
