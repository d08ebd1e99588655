import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// The penalty ledger (R3.2, R5.3, R5.7): offences the chair records, entries never
/// edited (waivers, appeals, settlement and completed wages are new entries), who reads whose.
@Suite("Penalty ledger: offences, reversals, appeals, wages, who reads whose")
struct PenaltyLedgerTests {
    @Test(
        "the chair records A5's disturbance (10 yuan, the person) and poor preparation (10 yuan, the organiser), each told with its clause",
        arguments: TestDatabase.allCases)
    func chairRecordsOffences(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 2)
            clock.set(try Timestamp.parse(at("10:20")))
            let target = w.participant[w.people[0].id]!.uuidString
            let office = w.f.tokens["office"]
            let disturb = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/offences", as: office,
                json: ["clauseId": "A5-9-disturb", "participantId": target, "reason": "会上大声接打电话"])
            #expect(disturb.status == .created)
            #expect(
                disturb.json["amount"] as? String == "10.00" && disturb.json["personId"] as? String == w.people[0].id.uuidString)
            #expect((disturb.json["clause"] as? [String: Any])?["cite"] as? String == "A5 §9")
            // Poor preparation falls on the organiser, who chairs here: they authorise the administrator
            // to chair (A5: 总经理或授权人主持), who records it — nobody fines themselves.
            let authorised = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/chair", as: office, json: ["personId": w.f.admin.id.uuidString])
            #expect(authorised.status == .ok)
            let prepare = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/offences", as: w.f.tokens["admin"],
                json: ["clauseId": "A5-2-prepare", "participantId": target, "reason": "投影仪未调试，会议推迟20分钟"])
            #expect(prepare.json["personId"] as? String == w.organiser.id.uuidString)
            let p1 = try await Fixture.token(app, "p1")
            let refused = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/offences", as: p1,
                json: ["clauseId": "A5-9-disturb", "participantId": target, "reason": "x"])
            #expect(refused.status == .forbidden)
            let unknown = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/offences", as: office,
                json: ["clauseId": "A3-2.7-post", "participantId": target, "reason": "离岗"])
            #expect(unknown.status == .unprocessableEntity)
            let noReason = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/offences", as: office,
                json: ["clauseId": "A5-9-disturb", "participantId": target, "reason": "  "])
            #expect(noReason.status == .unprocessableEntity)
            #expect(try await w.entries().count == 2)
            let told = try await app.send(.GET, "/api/v1/notifications", as: try await Fixture.token(app, "p0"))
            let message = told.pageItems.first?["message"] as? String ?? ""
            #expect(message.contains("10.00") && message.contains("A5 §9") && message.contains("扰乱会议秩序"))
        }
    }

    @Test("waiving, appealing and settling add entries; the totals net out what was reversed", arguments: TestDatabase.allCases)
    func stepsAddEntries(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 3, wage: 20_000)
            try await w.checkIn(w.organiser, "09:50", clock: clock)
            for p in w.people { try await w.checkIn(p, "10:10", clock: clock) }
            clock.set(try Timestamp.parse(at("11:30")))
            try await AttendanceJobs.closeDue(app)
            let fines = try await w.entries()
            #expect(fines.count == 3 && fines.allSatisfy { $0.amount == Fen(2000) })
            let office = w.f.tokens["office"]
            let p0 = try await Fixture.token(app, "p0")
            let mine = try await app.send(.GET, "/api/v1/penalties", as: p0)
            #expect(mine.jsonArray.count == 1)
            let id0 = try #require(mine.jsonArray.first?["id"] as? String)
            #expect(try await app.send(.GET, "/api/v1/penalties?scope=all", as: p0).status == .forbidden)
            let appeal = try await app.send(.POST, "/api/v1/penalties/\(id0)/appeal", as: p0, json: ["reason": "地铁故障，有证明"])
            #expect(appeal.json["status"] as? String == "appealed")
            #expect(try await app.send(.POST, "/api/v1/penalties/\(id0)/settle", as: p0, json: [:]).status == .forbidden)
            let upheld = try await app.send(.POST, "/api/v1/penalties/\(id0)/uphold_appeal", as: office, json: ["reason": "情况属实"])
            #expect(upheld.json["status"] as? String == "reversed")
            #expect(
                try await app.send(.POST, "/api/v1/penalties/\(id0)/waive", as: office, json: ["reason": "再免"]).status
                    == .conflict)
            let all = try await app.send(.GET, "/api/v1/penalties?scope=all", as: office).jsonArray
            let id1 = try #require(all.first { $0["personId"] as? String == w.people[1].id.uuidString }?["id"] as? String)
            let id2 = try #require(all.first { $0["personId"] as? String == w.people[2].id.uuidString }?["id"] as? String)
            #expect(
                try await app.send(.POST, "/api/v1/penalties/\(id1)/waive", as: office, json: ["reason": "首次迟到"]).json["status"]
                    as? String == "reversed")
            #expect(
                try await app.send(.POST, "/api/v1/penalties/\(id2)/settle", as: office, json: [:]).json["status"] as? String
                    == "settled")
            let totals = try await app.send(.GET, "/api/v1/penalties/totals?scope=all&by=department", as: office).jsonArray
            #expect(totals.first?["owed"] as? String == "20.00" && totals.first?["fines"] as? Int == 1)
            let kinds = try await app.huiwu.store.reader.raw("SELECT kind FROM penalty_entries ORDER BY created_at, id").all()
                .map { try $0.decode(column: "kind", as: String.self) }
            #expect(kinds.filter { $0 == "assessed" }.count == 3)
            #expect(Set(kinds) == ["assessed", "appealed", "reversed", "settled"])
            let csv = try await app.send(.GET, "/api/v1/penalties?scope=all&format=csv&month=2026-12", as: office)
            #expect(csv.headers.contentType?.subType == "csv")
            #expect(
                csv.body.string.hasPrefix("\u{FEFF}") && csv.body.string.contains("A3 一.3") && csv.body.string.contains("已撤销"))
            // Times as a spreadsheet reads them (X6): local `YYYY-MM-DD HH:MM`, never RFC 3339's T and offset.
            let rows = csv.body.string.split(separator: "\r\n").dropFirst()
            #expect(!rows.isEmpty)
            #expect(rows.allSatisfy { $0.range(of: #"^\d{4}-\d{2}-\d{2} \d{2}:\d{2},"#, options: .regularExpression) != nil })
            #expect(try await app.send(.GET, "/api/v1/penalties?month=2026-13", as: p0).status == .unprocessableEntity)
        }
    }

    @Test("three days' wages without a wage is completed when the wage is put on the profile")
    func wageCompletesPendingFines() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 1)
            try await w.checkIn(w.organiser, "09:50", clock: clock)
            clock.set(try Timestamp.parse(at("11:30")))
            try await AttendanceJobs.closeDue(app)
            let p0 = try await Fixture.token(app, "p0")
            #expect(
                try await app.send(.GET, "/api/v1/penalties", as: p0).jsonArray.first?["status"] as? String == "pending_amount")
            #expect(
                try await app.send(
                    .PUT, "/api/v1/people/\(w.people[0].id)/wage", as: w.f.tokens["office"], json: ["dailyWage": "250"]
                )
                .status == .forbidden)
            #expect(
                try await app.send(
                    .PUT, "/api/v1/people/\(w.people[0].id)/wage", as: w.f.tokens["admin"], json: ["dailyWage": "2.5.0"]
                )
                .status == .unprocessableEntity)
            let set = try await app.send(
                .PUT, "/api/v1/people/\(w.people[0].id)/wage", as: w.f.tokens["admin"], json: ["dailyWage": "250.50"])
            #expect(set.status == .noContent)
            let line = try await app.send(.GET, "/api/v1/penalties", as: p0).jsonArray.first
            #expect(line?["amount"] as? String == "751.50" && line?["status"] as? String == "assessed")
        }
    }

    @Test("the ledger page shows my fines with the clause in my language; the room office sees everyone's with totals")
    func ledgerPage() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 1, wage: 10_000)
            try await w.checkIn(w.organiser, "09:50", clock: clock)
            try await w.checkIn(w.people[0], "10:12", clock: clock)
            clock.set(try Timestamp.parse(at("11:30")))
            try await AttendanceJobs.closeDue(app)
            let me = try await PageClient.signIn(app, "p0")
            let page = try await me.page("/penalties", lang: "en")
            #expect(page.contains("A3 一.3 Arriving late is fined 20 yuan.") && page.contains("20.00 yuan"))
            let office = try await PageClient.signIn(app, "office")
            let all = try await office.page("/penalties?scope=all")
            #expect(all.contains("id=\"totals-department\"") && all.contains("销售部"))
            let meeting = try await office.page("/meetings/\(w.meeting)")
            #expect(meeting.contains("id=\"meeting-fines\"") && meeting.contains("id=\"offences\""))
        }
    }
}
