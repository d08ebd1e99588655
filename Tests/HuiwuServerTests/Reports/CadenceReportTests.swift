import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor

@testable import HuiwuServer

/// The cadence compliance report (R2.4): required against held per period, read the
/// way the regulations put it.
@Suite("Cadence compliance: meetings required and held per period")
struct CadenceReportTests {
    /// Makes a meeting of `code` (a seed meeting type) on `day` at `hhmm`, made now; returns its id.
    static func meeting(
        _ app: Application, _ f: Fixture, code: String, day: String, clock: MutableClock, hhmm: String = "14:00"
    ) async throws -> UUID {
        let types = try await app.huiwu.meetingTypes.all()
        let type = try #require(types.first { $0.template.code == code })
        let made = try await app.send(
            .POST, "/api/v1/meetings", as: f.tokens["office"],
            json: [
                "title": code, "typeId": type.id.uuidString, "startsAt": at(hhmm, day: day),
                "endsAt": at(hhmm == "14:00" ? "15:00" : "11:00", day: day), "participants": [[String: String]](),
            ])
        return try #require((made.json["id"] as? String).flatMap(UUID.init(uuidString:)), "\(made.body.string)")
    }

    static func attend(_ app: Application, _ f: Fixture, _ meeting: UUID, day: String, clock: MutableClock) async throws {
        clock.set(try Timestamp.parse(at("14:00", day: day)))
        _ = try await app.huiwu.attendance.checkIn(meeting: meeting, person: f.office.id, method: .qr, at: clock.now())
    }

    @Test(
        "A3 representatives' meeting, monthly on the Friday before the 25th: met, met off the day, short, in progress; cancelled ones do not count",
        arguments: TestDatabase.allCases)
    func a3Monthly(db: TestDatabase) async throws {
        let clock = MutableClock(try Timestamp.parse("2026-08-01T08:00:00+08:00"))
        try await withHuiwu(db, clock: clock) { app in
            let f = try await Fixture.make(app)
            _ = try await DemoRulebook.adopt(app, name: "A3")
            _ = try await app.send(.POST, "/api/v1/meeting-types/templates", as: f.tokens["admin"], json: [:])
            let code = "a3.representatives_monthly"
            let sep = try await Self.meeting(app, f, code: code, day: "2026-09-18", clock: clock)
            let oct = try await Self.meeting(app, f, code: code, day: "2026-10-21", clock: clock)
            let novCancelled = try await Self.meeting(app, f, code: code, day: "2026-11-20", clock: clock)
            let novUnattended = try await Self.meeting(app, f, code: code, day: "2026-11-27", clock: clock)
            let dec = try await Self.meeting(app, f, code: code, day: "2026-12-18", clock: clock)
            _ = try await app.send(
                .POST, "/api/v1/meetings/\(novCancelled)/cancel", as: f.tokens["office"], json: ["reason": "节假日"])
            try await Self.attend(app, f, sep, day: "2026-09-18", clock: clock)
            try await Self.attend(app, f, oct, day: "2026-10-21", clock: clock)
            _ = (novUnattended, dec)
            clock.set(testNow)  // 2026-12-01
            let office = try await Fixture.token(app, "office")
            let res = try await app.send(.GET, "/api/v1/reports/cadence?from=2026-09&months=4", as: office)
            #expect(res.status == .ok)
            let lines = res.json["lines"] as? [[String: Any]] ?? []
            let line = try #require(lines.first { $0["meetingType"] as? String == code })
            #expect((line["clause"] as? [String: Any])?["clauseId"] as? String == "A3-m3-representatives-cadence")
            let periods = line["periods"] as? [[String: Any]] ?? []
            #expect(periods.map { $0["starts"] as? String ?? "" } == ["2026-09-01", "2026-10-01", "2026-11-01", "2026-12-01"])
            #expect(periods.map { $0["status"] as? String ?? "" } == ["met", "met", "short", "in_progress"])
            #expect(periods.map { $0["held"] as? Int ?? -1 } == [1, 1, 0, 0])
            #expect(
                periods.map { $0["expectedDays"] as? [String] ?? [] } == [
                    ["2026-09-18"], ["2026-10-23"], ["2026-11-20"], ["2026-12-18"],
                ])
            #expect(periods[0]["offDay"] as? [String] == [])
            #expect(periods[1]["offDay"] as? [String] == ["2026-10-21"], "held, but not on the Friday before the 25th")
            #expect(periods[3]["planned"] as? Int == 1)
            // The weekly team meeting, never held: every whole week is short but the current one.
            let weekly = try #require(lines.first { $0["meetingType"] as? String == "a3.team_weekly" })
            let weeks = weekly["periods"] as? [[String: Any]] ?? []
            #expect(weeks.first?["starts"] as? String == "2026-08-31", "weeks start on Monday")
            #expect(weeks.filter { $0["status"] as? String == "short" }.count == 13)

            let browser = try await PageClient.signIn(app, "office")
            let page = try await browser.page("/reports/cadence?from=2026-09&months=4")
            #expect(page.contains("未在规定日期召开：2026-10-21"))
            #expect(page.contains("A3 會議第3條"))
            let staff = try await Fixture.token(app, "staff")
            #expect(try await app.send(.GET, "/api/v1/reports/cadence", as: staff).status == .forbidden)
        }
    }

    @Test("A2 school assembly, once or twice a semester, counted in the organisation calendar's semesters; a third is over")
    func a2Semester() async throws {
        let clock = MutableClock(try Timestamp.parse("2026-08-01T08:00:00+08:00"))
        try await withHuiwu(.sqlite, clock: clock) { app in
            let f = try await Fixture.make(app)
            _ = try await DemoRulebook.adopt(app, name: "A2")
            _ = try await app.send(.POST, "/api/v1/meeting-types/templates", as: f.tokens["admin"], json: [:])
            let code = "a2.school_wide"
            let none = try await app.send(
                .GET, "/api/v1/reports/cadence?from=2026-09&months=5", as: f.tokens["admin"])
            #expect(none.json["hasSemesters"] as? Bool == false)
            let empty = (none.json["lines"] as? [[String: Any]] ?? []).first { $0["meetingType"] as? String == code }
            #expect((empty?["periods"] as? [Any])?.isEmpty == true)
            let added = try await app.send(
                .POST, "/api/v1/calendar/periods", as: f.tokens["admin"],
                json: ["name": "2026秋季学期", "kind": "semester", "starts": "2026-09-01", "ends": "2027-01-15"])
            #expect(added.status == .created || added.status == .ok)
            let days = ["2026-09-09", "2026-10-14", "2026-11-11"]
            var made: [UUID] = []
            for day in days { made.append(try await Self.meeting(app, f, code: code, day: day, clock: clock)) }
            for (m, day) in zip(made, days) { try await Self.attend(app, f, m, day: day, clock: clock) }
            clock.set(testNow)
            let admin = try await Fixture.token(app, "admin")
            let res = try await app.send(.GET, "/api/v1/reports/cadence?from=2026-09&months=5", as: admin)
            let line = try #require((res.json["lines"] as? [[String: Any]] ?? []).first { $0["meetingType"] as? String == code })
            let periods = line["periods"] as? [[String: Any]] ?? []
            #expect(periods.count == 1)
            #expect(periods.first?["starts"] as? String == "2026-09-01" && periods.first?["ends"] as? String == "2027-01-15")
            #expect(periods.first?["held"] as? Int == 3 && periods.first?["status"] as? String == "over")
            #expect(periods.first?["atLeast"] as? Int == 1 && periods.first?["atMost"] as? Int == 2)
            #expect(periods.first?["expectedDays"] as? [String] == [], "held when needed: any day counts")
            let browser = try await PageClient.signIn(app, "admin")
            let page = try await browser.page("/reports/cadence?from=2026-09&months=5")
            #expect(page.contains("1–2") && page.contains("超出"))
        }
    }

    @Test("bad dates are refused field by field, on the API and the page")
    func badDates() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            for query in ["from=2026-13", "from=2026-1", "from=", "months=0", "months=37", "months=six"] {
                let bad = try await app.send(.GET, "/api/v1/reports/cadence?\(query)", as: f.tokens["office"])
                #expect(bad.status == .unprocessableEntity, "\(query)")
            }
            let ok = try await app.send(.GET, "/api/v1/reports/cadence?from=2026-11&months=2", as: f.tokens["office"])
            #expect(ok.json["from"] as? String == "2026-11-01" && ok.json["through"] as? String == "2026-12-31")
            let browser = try await PageClient.signIn(app, "office")
            try await app.testing().test(
                .GET, "/reports/cadence?from=yesterday",
                beforeRequest: { req in
                    req.headers.cookie = HTTPCookies(
                        dictionaryLiteral: (AuthConstants.sessionCookie, .init(string: browser.cookie)))
                },
                afterResponse: { res in
                    #expect(res.status == .unprocessableEntity)
                    #expect(String(buffer: res.body).contains("请填写年月（YYYY-MM）"))
                })
        }
    }
}
