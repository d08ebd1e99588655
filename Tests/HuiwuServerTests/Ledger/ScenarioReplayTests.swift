import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor

@testable import HuiwuServer

/// Scenario replays (R3.2, R5.2, R5.6, X3): a month of one organisation's meetings under its
/// regulation — on time, late, leaving early, absent, on leave asked in time and too late,
/// delegating, never notified — and the ledger afterwards equals the regulation's arithmetic, entry
/// by entry, each citing the right clause.
@Suite("A month under a regulation: the ledger is the regulation's arithmetic")
struct ScenarioReplayTests {
    /// The ledger of the month as `who meeting# trigger fen clause`, sorted.
    static func ledger(_ w: AttendanceWorld, _ meetings: [UUID], names: [UUID: String]) async throws -> [String] {
        var out: [String] = []
        for (i, m) in meetings.enumerated() {
            for e in try await w.app.huiwu.penalties.entries(ofMeeting: m) where e.kind == .assessed {
                out.append(
                    "\(names[e.personId] ?? "?") M\(i + 1) \(e.trigger?.rawValue ?? "") \(e.amount?.value ?? -1) \(e.citation?.clauseID ?? "")"
                )
            }
        }
        return out.sorted()
    }

    @Test(
        "A3 customer-service centre, December: late and early 20 yuan, absence 3 days' wages, leave through the CS manager and the general manager",
        arguments: TestDatabase.allCases)
    func a3Month(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 5, wage: 30_000)  // 300 yuan a day
            let p = w.people
            _ = try await LeaveTests.person(app, w, "csm", position: "客服经理")
            _ = try await LeaveTests.person(app, w, "gm", position: "总经理")
            let csm = try await Fixture.token(app, "csm"), gm = try await Fixture.token(app, "gm")
            let days = ["2026-12-01", "2026-12-08", "2026-12-15", "2026-12-22"]
            var meetings = [w.meeting]
            for day in days.dropFirst() { meetings.append(try await w.meeting(on: day)) }
            func leave(_ person: Int, _ meeting: UUID, approveBoth: Bool) async throws {
                let token = try await Fixture.token(app, "p\(person)")
                let asked = try await app.send(.POST, "/api/v1/meetings/\(meeting)/leave", as: token, json: ["reason": "就医"])
                let id = try #require(asked.json["approvalId"] as? String, "\(asked.body.string)")
                _ = try await app.send(.POST, "/api/v1/approvals/\(id)/approve", as: csm, json: [:])
                let last = try await app.send(
                    .POST, "/api/v1/approvals/\(id)/\(approveBoth ? "approve" : "reject")", as: gm,
                    json: approveBoth ? [:] : ["reason": "月底业务高峰"])
                #expect(last.status == .ok)
            }
            func at(_ day: Int, _ hhmm: String) throws -> Date { try Timestamp.parse(HuiwuTestSupport.at(hhmm, day: days[day])) }
            func checkIn(_ person: PersonRecord, _ meeting: Int, _ hhmm: String) async throws {
                clock.set(try at(meeting, hhmm))
                _ = try await app.huiwu.attendance.checkIn(
                    meeting: meetings[meeting], person: person.id, method: .qr, at: clock.now())
            }
            func checkOut(_ person: PersonRecord, _ meeting: Int, _ hhmm: String) async throws {
                clock.set(try at(meeting, hhmm))
                _ = try await app.huiwu.attendance.checkOut(meeting: meetings[meeting], person: person.id, at: clock.now())
            }
            func close(_ meeting: Int) async throws {
                clock.set(try at(meeting, "11:30"))
                #expect(try await AttendanceJobs.closeDue(app) == 1)
            }
            // Requests made on the first morning: p4 off on the 1st (granted), off on the 8th (the GM says no).
            try await leave(4, meetings[0], approveBoth: true)
            try await leave(4, meetings[1], approveBoth: false)
            // 1 December: p0 on time, p1 late, p2 leaves early, p3 absent, p4 on approved leave.
            try await checkIn(w.organiser, 0, "09:50")
            try await checkIn(p[0], 0, "09:58")
            try await checkIn(p[2], 0, "09:55")
            try await checkIn(p[1], 0, "10:05")
            try await checkOut(p[2], 0, "10:40")
            try await checkOut(p[0], 0, "10:59")
            try await close(0)
            // 8 December: p0 late and early; p2 asks for leave after the start (refused) and never comes; p4 refused leave, absent.
            try await checkIn(w.organiser, 1, "09:50")
            try await checkIn(p[1], 1, "09:59")
            try await checkIn(p[3], 1, "09:55")
            try await checkIn(p[0], 1, "10:03")
            try await checkOut(p[0], 1, "10:30")
            clock.set(try at(1, "10:20"))
            let tooLate = try await app.send(
                .POST, "/api/v1/meetings/\(meetings[1])/leave", as: try await Fixture.token(app, "p2"), json: ["reason": "堵车"])
            #expect(tooLate.status == .conflict)
            try await close(1)
            // 15 December: everyone but p3.
            for person in [w.organiser, p[0], p[1], p[2], p[4]] { try await checkIn(person, 2, "09:55") }
            try await close(2)
            // 22 December: p1 late, and the clerk who organises it too.
            for person in [p[0], p[2], p[3], p[4]] { try await checkIn(person, 3, "09:55") }
            try await checkIn(p[1], 3, "10:10")
            try await checkIn(w.organiser, 3, "10:01")
            try await close(3)

            var names: [UUID: String] = [w.organiser.id: "clerk"]
            for (i, person) in p.enumerated() { names[person.id] = "p\(i)" }
            let ledger = try await Self.ledger(w, meetings, names: names)
            #expect(
                ledger == [
                    "clerk M4 late 2000 A3-1.3-late",
                    "p0 M2 early_leave 2000 A3-1.3-early", "p0 M2 late 2000 A3-1.3-late",
                    "p1 M1 late 2000 A3-1.3-late", "p1 M4 late 2000 A3-1.3-late",
                    "p2 M1 early_leave 2000 A3-1.3-early", "p2 M2 absent 90000 A3-1.3-absent",
                    "p3 M1 absent 90000 A3-1.3-absent", "p3 M3 absent 90000 A3-1.3-absent",
                    "p4 M2 absent 90000 A3-1.3-absent",
                ], "\(ledger)")
            let month = try await app.send(.GET, "/api/v1/penalties/totals?month=2026-12", as: w.f.tokens["office"])
            #expect(month.status == .ok)
            let total = ledger.compactMap { Int($0.split(separator: " ")[3]) }.reduce(0, +)
            #expect(total == 6 * 2_000 + 4 * 90_000, "six 20-yuan fines and four absences of three days at 300 yuan")
            // Each fine is a decision citing its clause, shown in the person's language with the clause.
            let decisions = try await app.huiwu.store.reader.raw("SELECT COUNT(*) AS n FROM rule_decisions WHERE kind = 'fine'")
                .first()?.decode(column: "n", as: Int.self)
            #expect(decisions == ledger.count)
        }
    }

    @Test(
        "A5 restaurant, December: the organiser pays 10 yuan for each absentee never notified, the chair's 10-yuan fines, leave an hour ahead, a delegate",
        arguments: TestDatabase.allCases)
    func a5Month(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 4)
            let p = w.people
            let deputy = try await LeaveTests.subordinate(app, w, of: p[2])
            let days = ["2026-12-01", "2026-12-08", "2026-12-15"]
            var meetings = [w.meeting]
            for day in days.dropFirst() { meetings.append(try await w.meeting(on: day)) }
            func at(_ day: Int, _ hhmm: String) throws -> Date { try Timestamp.parse(HuiwuTestSupport.at(hhmm, day: days[day])) }
            func notify(_ meeting: Int) async throws {
                clock.set(try at(meeting, "08:00"))
                let sent = try await app.send(
                    .POST, "/api/v1/meetings/\(meetings[meeting])/notices", as: w.f.tokens["office"], json: [:])
                #expect(sent.status.code < 300)
                while try await app.noticeDispatcher.deliverDue() > 0 {}
            }
            func checkIn(_ person: PersonRecord, _ meeting: Int, _ hhmm: String) async throws {
                clock.set(try at(meeting, hhmm))
                _ = try await app.huiwu.attendance.checkIn(
                    meeting: meetings[meeting], person: person.id, method: .qr, at: clock.now())
            }
            func offence(
                _ meeting: Int, _ clause: String, _ person: PersonRecord, _ reason: String, as chair: String? = nil
            ) async throws {
                let res = try await app.send(
                    .POST, "/api/v1/meetings/\(meetings[meeting])/offences", as: chair ?? w.f.tokens["office"],
                    json: [
                        "clauseId": clause, "participantId": try await w.row(meetings[meeting], person).uuidString,
                        "reason": reason,
                    ])
                #expect(res.status == .created || res.status == .ok, "\(res.body.string)")
            }
            func close(_ meeting: Int) async throws {
                clock.set(try at(meeting, "11:30"))
                #expect(try await AttendanceJobs.closeDue(app) == 1)
            }
            // 1 December, everyone notified: p1 late (no fine in A5), p2 absent (notified: no fine), p3 on leave asked two hours
            // ahead and granted by the organiser; the chair fines p1 for disturbing the meeting.
            try await notify(0)
            clock.set(try at(0, "08:00"))
            let asked = try await app.send(
                .POST, "/api/v1/meetings/\(meetings[0])/leave", as: try await Fixture.token(app, "p3"), json: ["reason": "进货"])
            let approval = try #require(asked.json["approvalId"] as? String)
            _ = try await app.send(.POST, "/api/v1/approvals/\(approval)/approve", as: w.f.tokens["office"], json: [:])
            try await checkIn(w.organiser, 0, "09:50")
            try await checkIn(p[0], 0, "09:55")
            try await checkIn(p[1], 0, "10:08")
            try await offence(0, "A5-9-disturb", p[1], "会上接打电话")
            try await close(0)
            // 8 December, nobody notified: p0 absent, p1 asks leave 40 minutes ahead (refused, stays expected, absent),
            // p2 sends a subordinate who accepts and checks in; p3 on time.
            let p2 = try await Fixture.token(app, "p2")
            clock.set(try at(1, "08:30"))
            let sent = try await app.send(
                .POST, "/api/v1/meetings/\(meetings[1])/delegation", as: p2,
                json: ["delegateId": deputy.id.uuidString, "reason": "出差"])
            let delegation = try #require(sent.json["id"] as? String)
            _ = try await app.send(
                .POST, "/api/v1/leave/\(delegation)/accept", as: try await Fixture.token(app, "deputy"), json: [:])
            clock.set(try at(1, "09:20"))
            let late = try await app.send(
                .POST, "/api/v1/meetings/\(meetings[1])/leave", as: try await Fixture.token(app, "p1"), json: ["reason": "临时有事"])
            #expect(late.status == .conflict && late.json["code"] as? String == "leave.too_late")
            try await checkIn(w.organiser, 1, "09:50")
            try await checkIn(deputy, 1, "09:52")
            try await checkIn(p[3], 1, "09:58")
            try await close(1)
            // 15 December, notified, everyone there; the clerk, who organises, authorises p3 to chair (A5: 总经理或授权人
            // 主持: nobody fines themselves), and p3 records poor preparation against the organiser during the meeting.
            try await notify(2)
            for person in [w.organiser, p[0], p[1], p[2], p[3]] { try await checkIn(person, 2, "09:55") }
            let authorised = try await app.send(
                .POST, "/api/v1/meetings/\(meetings[2])/chair", as: w.f.tokens["office"], json: ["personId": p[3].id.uuidString])
            #expect(authorised.status == .ok)
            clock.set(try at(2, "10:30"))
            try await offence(2, "A5-2-prepare", p[0], "资料未提前准备", as: try await Fixture.token(app, "p3"))
            try await close(2)

            var names: [UUID: String] = [w.organiser.id: "clerk", deputy.id: "deputy"]
            for (i, person) in p.enumerated() { names[person.id] = "p\(i)" }
            let ledger = try await Self.ledger(w, meetings, names: names)
            #expect(
                ledger == [
                    "clerk M2 absent_unnotified 1000 A5-1-notify", "clerk M2 absent_unnotified 1000 A5-1-notify",
                    "clerk M3 offence 1000 A5-2-prepare",
                    "p1 M1 offence 1000 A5-9-disturb",
                ], "\(ledger)")
            let roster = try await app.huiwu.attendance.roster(meetings[1])
            #expect(
                roster.first { $0.participant.record.personId == p[2].id }?.record?.outcome == .onTime, "the delegate counted")
            let unnotified = try await app.huiwu.penalties.entries(ofMeeting: meetings[1]).compactMap(\.participantId)
            #expect(Set(unnotified) == Set([try await w.row(meetings[1], p[0]), try await w.row(meetings[1], p[1])]))
        }
    }
}
