import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// Only those the regulation names decide (X1, R5.4, R5.7): the chair is the meeting's chair as
/// its type names it, not whoever called it; offences are recorded while the meeting runs (or
/// within the clause's time after), never on a cancelled meeting, never against oneself; nobody
/// waives, settles or decides an appeal on their own fine.
@Suite("Ledger authority: the chair as the type names it, nobody in their own case")
struct LedgerAuthorityTests {
    @Test(
        "a staff member who calls a meeting with the administrator on it cannot fine him (A5 §9 is the chair's)",
        arguments: TestDatabase.allCases)
    func callingAMeetingDoesNotMakeOneItsChair(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let f = try await Fixture.make(app)
            _ = try await DemoRulebook.adopt(app, name: "A5")
            let made = try await app.send(
                .POST, "/api/v1/meetings", as: f.tokens["staff"],
                json: [
                    "title": "部门例会", "roomId": f.auto.id.uuidString, "startsAt": at("10:00"), "endsAt": at("11:00"),
                    "headcount": 2, "participants": [["kind": "person", "value": f.admin.id.uuidString]],
                ])
            #expect(made.status == .created)
            let meeting = try #require(made.json["id"] as? String)
            let admin = try #require(
                try await app.huiwu.meetings.participants(of: UUID(uuidString: meeting)!).first {
                    $0.record.personId == f.admin.id
                })
            clock.set(try Timestamp.parse(at("10:20")))
            let fined = try await app.send(
                .POST, "/api/v1/meetings/\(meeting)/offences", as: f.tokens["staff"],
                json: ["clauseId": "A5-9-disturb", "participantId": admin.record.id.uuidString, "reason": "接电话"])
            #expect(fined.status == .forbidden)
            #expect(try await app.huiwu.penalties.entries(ofMeeting: UUID(uuidString: meeting)!).isEmpty)
            // Cancelled, it is still nobody's to fine at, and nothing is written.
            _ = try await app.send(.POST, "/api/v1/meetings/\(meeting)/cancel", as: f.tokens["staff"], json: ["scope": "this"])
            let after = try await app.send(
                .POST, "/api/v1/meetings/\(meeting)/offences", as: f.tokens["staff"],
                json: ["clauseId": "A5-9-disturb", "participantId": admin.record.id.uuidString, "reason": "接电话"])
            #expect(after.status == .forbidden)
            #expect(try await app.huiwu.penalties.entries(ofMeeting: UUID(uuidString: meeting)!).isEmpty)
        }
    }

    @Test(
        "the chair records while the meeting runs and the clause's two hours after: before, later and once cancelled are refused with the clause and the span",
        arguments: TestDatabase.allCases)
    func offencesOnlyWhileTheMeetingRuns(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 2)
            let office = w.f.tokens["office"]
            let target = w.participant[w.people[0].id]!.uuidString
            func record() async throws -> TestingHTTPResponse {
                try await app.send(
                    .POST, "/api/v1/meetings/\(w.meeting)/offences", as: office,
                    json: ["clauseId": "A5-9-disturb", "participantId": target, "reason": "大声喧哗"])
            }
            clock.set(try Timestamp.parse(at("09:59")))
            let early = try await record()
            #expect(early.status == .conflict && early.json["code"] as? String == "penalty.not_recordable_now")
            let clause = early.json["clause"] as? [String: Any]
            #expect(clause?["clauseId"] as? String == "A5-9-disturb" && clause?["cite"] as? String == "A5 §9")
            #expect(clause?["version"] as? Int == 1)
            #expect(early.json["opensAt"] as? String == at("10:00") && early.json["closesAt"] as? String == at("13:00"))
            clock.set(try Timestamp.parse(at("13:01")))
            #expect(try await record().status == .conflict)
            clock.set(try Timestamp.parse(at("10:30")))
            #expect(try await record().status == .created)
            _ = try await app.send(.POST, "/api/v1/meetings/\(w.meeting)/cancel", as: office, json: ["scope": "this"])
            let cancelled = try await record()
            #expect(cancelled.status == .conflict && cancelled.json["code"] as? String == "penalty.meeting_cancelled")
            #expect(try await w.entries().count == 1)
        }
    }

    @Test("nobody records an offence against themselves, nor one whose fine falls on them", arguments: TestDatabase.allCases)
    func noOffenceAgainstOneself(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 1)
            clock.set(try Timestamp.parse(at("10:30")))
            let mine = w.participant[w.organiser.id]!.uuidString
            let own = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/offences", as: w.f.tokens["office"],
                json: ["clauseId": "A5-9-disturb", "participantId": mine, "reason": "自己"])
            #expect(own.status == .forbidden && own.json["code"] as? String == "own_case")
            #expect(own.json["personId"] as? String == w.organiser.id.uuidString)
            // Poor preparation falls on the organiser, who is this chair: their own case too.
            let prepare = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/offences", as: w.f.tokens["office"],
                json: ["clauseId": "A5-2-prepare", "participantId": w.participant[w.people[0].id]!.uuidString, "reason": "未备"])
            #expect(prepare.status == .forbidden && prepare.json["code"] as? String == "own_case")
            #expect(try await w.entries().isEmpty)
        }
    }

    @Test(
        "the room office does not waive, settle or decide an appeal on its own fine; an administrator does",
        arguments: TestDatabase.allCases)
    func noWaiverOfOnesOwnFine(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 1, wage: 20_000)
            try await w.checkIn(w.organiser, "10:10", clock: clock)
            try await w.checkIn(w.people[0], "09:55", clock: clock)
            clock.set(try Timestamp.parse(at("11:30")))
            _ = try await AttendanceJobs.closeDue(app)
            let office = w.f.tokens["office"]
            let own = try #require(
                try await app.send(.GET, "/api/v1/penalties", as: office).jsonArray.first?["id"] as? String)
            for step in ["waive", "settle"] {
                let refused = try await app.send(.POST, "/api/v1/penalties/\(own)/\(step)", as: office, json: ["reason": "本人"])
                #expect(refused.status == .forbidden && refused.json["code"] as? String == "own_case", "\(step)")
            }
            #expect(
                try await app.send(.POST, "/api/v1/penalties/\(own)/appeal", as: office, json: ["reason": "误判"]).status == .ok)
            let decide = try await app.send(.POST, "/api/v1/penalties/\(own)/uphold_appeal", as: office, json: ["reason": "成立"])
            #expect(decide.status == .forbidden && decide.json["code"] as? String == "own_case")
            let byAdmin = try await app.send(
                .POST, "/api/v1/penalties/\(own)/reject_appeal", as: w.f.tokens["admin"], json: ["reason": "不成立"])
            #expect(byAdmin.status == .ok && byAdmin.json["status"] as? String == "assessed")
        }
    }

    @Test(
        "an organiser cannot correct their own attendance, nor another's whose correction would reverse their own fine",
        arguments: TestDatabase.allCases)
    func noCorrectionInOnesOwnCase(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 2)
            try await w.checkIn(w.organiser, "10:10", clock: clock)
            try await w.checkIn(w.people[0], "09:55", clock: clock)
            clock.set(try Timestamp.parse(at("11:45")))
            _ = try await AttendanceJobs.closeDue(app)
            let office = w.f.tokens["office"]
            func correct(_ person: PersonRecord, _ outcome: String, as token: String?) async throws -> TestingHTTPResponse {
                try await app.send(
                    .POST, "/api/v1/meetings/\(w.meeting)/attendance/\(w.participant[person.id]!)/correction", as: token,
                    json: ["outcome": outcome, "reason": "更正"])
            }
            let own = try await correct(w.organiser, "on_time", as: office)
            #expect(own.status == .forbidden && own.json["code"] as? String == "own_case")
            // p1 was absent and never notified (A5 §1): the organiser's 10 yuan. Correcting p1 to
            // present would reverse it: the organiser's own case.
            let fines = try await w.entries().filter { $0.personId == w.organiser.id && $0.kind == .assessed }
            #expect(fines.count == 1)
            let theirs = try await correct(w.people[1], "on_time", as: office)
            #expect(theirs.status == .forbidden && theirs.json["code"] as? String == "own_case")
            #expect(try await w.entries().filter { $0.kind == .reversed }.isEmpty)
            #expect(try await correct(w.people[1], "on_time", as: w.f.tokens["admin"]).status == .ok)
            #expect(try await w.entries().filter { $0.kind == .reversed }.map(\.refersTo) == [fines[0].id])
        }
    }

    @Test(
        "A5: the chair authorises someone to chair (总经理或授权人主持), who may then record; nobody else may authorise",
        arguments: TestDatabase.allCases)
    func aChairAuthorisesAChair(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 2)
            let p0 = try await Fixture.token(app, "p0"), p1 = try await Fixture.token(app, "p1")
            clock.set(try Timestamp.parse(at("09:00")))
            let target = w.participant[w.people[1].id]!.uuidString
            func record(as token: String) async throws -> TestingHTTPResponse {
                try await app.send(
                    .POST, "/api/v1/meetings/\(w.meeting)/offences", as: token,
                    json: ["clauseId": "A5-9-disturb", "participantId": target, "reason": "喧哗"])
            }
            let byStaff = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/chair", as: p1, json: ["personId": w.people[0].id.uuidString])
            #expect(byStaff.status == .forbidden)
            let authorised = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/chair", as: w.f.tokens["office"],
                json: ["personId": w.people[0].id.uuidString])
            #expect(authorised.status == .ok && authorised.json["role"] as? String == "host")
            let itself = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/chair", as: p0, json: ["personId": w.people[0].id.uuidString])
            #expect(itself.status == .forbidden && itself.json["code"] as? String == "own_case")
            #expect(authorised.json["authorisedById"] as? String == w.organiser.id.uuidString)
            clock.set(try Timestamp.parse(at("10:15")))
            #expect(try await record(as: p0).status == .created)
            #expect(try await record(as: p1).status == .forbidden)
            let told = try await app.send(.GET, "/api/v1/notifications", as: p0).pageItems.compactMap { $0["message"] as? String }
            #expect(told.contains { $0.contains("王芳") && $0.contains("例会") })
            let browser = try await PageClient.signIn(app, "p0")
            let page = try await browser.page("/meetings/\(w.meeting)")
            #expect(page.contains("<strong>参会人0</strong>"))
        }
    }

    @Test(
        "an administrator does not set their own daily wage, and an organiser does not clear their own check-in",
        arguments: TestDatabase.allCases)
    func ownWageAndOwnRecordAreSomeoneElses(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 1)
            let admin = w.f.tokens["admin"]
            let own = try await app.send(.PUT, "/api/v1/people/\(w.f.admin.id)/wage", as: admin, json: ["dailyWage": "900"])
            #expect(own.status == .forbidden && own.json["code"] as? String == "own_case")
            #expect(
                try await app.send(.PUT, "/api/v1/people/\(w.f.office.id)/wage", as: admin, json: ["dailyWage": "300"]).status
                    == .noContent)
            try await w.checkIn(w.organiser, "10:05", clock: clock)
            let mine = w.participant[w.organiser.id]!
            let cleared = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/attendance/\(mine)", as: w.f.tokens["office"], json: ["mark": "clear"])
            #expect(cleared.status == .forbidden && cleared.json["code"] as? String == "own_case")
            let line = try await app.huiwu.attendance.line(meeting: w.meeting, participant: mine)
            #expect(line?.record?.checkedInAt != nil, "the late check-in stands")
            #expect(
                try await app.send(
                    .POST, "/api/v1/meetings/\(w.meeting)/attendance/\(mine)", as: admin, json: ["mark": "clear"]
                ).status == .ok)
        }
    }

    @Test(
        "a head of another department cannot make themselves, or anyone, chair of a meeting whose type a head chairs",
        arguments: TestDatabase.allCases)
    func anotherDepartmentsHeadCannotAuthorise(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let f = try await Fixture.make(app)
            _ = try await DemoRulebook.adopt(app, name: "A5")
            var template = AttendanceWorld.routine
            template.code = "test.pre_shift"
            template.hostRole = .departmentHead
            let type = try await app.huiwu.meetingTypes.create(template, defaultRoomId: nil, now: clock.now()).id
            let kitchen = try await Fixture.department(app, "厨房", now: clock.now())
            _ = try await LastAdministratorTests.personAt(app, f, "kitchenhead", role: .departmentHead)
            var head = try #require(try await app.huiwu.people.person(username: "kitchenhead"))
            head.departmentId = kitchen.id
            _ = try await app.huiwu.people.updatePerson(head)
            let made = try await app.send(
                .POST, "/api/v1/meetings", as: f.tokens["staff"],
                json: [
                    "title": "销售部班前会", "typeId": type.uuidString, "startsAt": at("10:00"), "endsAt": at("10:30"),
                    "participants": [["kind": "person", "value": f.colleague.id.uuidString]],
                ])
            let meeting = try #require(made.json["id"] as? String)
            let token = try await Fixture.token(app, "kitchenhead")
            let taken = try await app.send(
                .POST, "/api/v1/meetings/\(meeting)/chair", as: token, json: ["personId": head.id.uuidString])
            #expect(taken.status == .notFound)
            // The staff member who called it is no chair either, and names none.
            let named = try await app.send(
                .POST, "/api/v1/meetings/\(meeting)/chair", as: f.tokens["staff"], json: ["personId": f.colleague.id.uuidString])
            #expect(named.status == .forbidden)
        }
    }
}
