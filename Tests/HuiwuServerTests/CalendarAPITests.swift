import Foundation
import HuiwuCore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

@Suite("Organisation calendar through the API (R2.2)")
struct CalendarAPITests {
    @Test(
        "the admin imports a table; everyone reads it; a re-import replaces dates; delete removes one",
        arguments: TestDatabase.allCases)
    func importListDelete(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let table = "# 2027 春节\n2027-02-05,holiday,春节\n2027-02-07,workday,春节调休上班\n2027-02-08,holiday,春节"
            let imported = try await app.send(
                .POST, "/api/v1/calendar/import", as: f.tokens["admin"],
                json: ["format": "table", "content": table])
            #expect(imported.status == .ok)
            #expect(imported.json["imported"] as? Int == 3)
            let list = try await app.send(.GET, "/api/v1/calendar?from=2027-01-01&to=2027-12-31", as: f.tokens["staff"])
            #expect(list.status == .ok)
            #expect(list.jsonArray.map { $0["date"] as? String } == ["2027-02-05", "2027-02-07", "2027-02-08"])
            #expect(list.jsonArray.map { $0["kind"] as? String } == ["holiday", "workday", "holiday"])
            // The same date imported again, from an iCalendar file, replaces the entry.
            let ics =
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270205\r\nSUMMARY:调休上班\r\nEND:VEVENT\r\nEND:VCALENDAR"
            let again = try await app.send(
                .POST, "/api/v1/calendar/import", as: f.tokens["admin"],
                json: ["format": "icalendar", "content": ics])
            #expect(again.status == .ok)
            let after = try await app.send(.GET, "/api/v1/calendar?from=2027-02-05&to=2027-02-05", as: f.tokens["staff"])
            #expect(after.jsonArray.first?["kind"] as? String == "workday")
            #expect(try await app.send(.DELETE, "/api/v1/calendar/days/2027-02-08", as: f.tokens["admin"]).status == .noContent)
            #expect(try await app.send(.DELETE, "/api/v1/calendar/days/2027-02-08", as: f.tokens["admin"]).status == .notFound)
            #expect(try await app.send(.DELETE, "/api/v1/calendar/days/not-a-date", as: f.tokens["admin"]).status == .notFound)
        }
    }

    @Test(
        "only the admin imports; unreadable content is 422 naming the line, and nothing is kept",
        arguments: TestDatabase.allCases)
    func refusals(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let staff = try await app.send(
                .POST, "/api/v1/calendar/import", as: f.tokens["staff"],
                json: ["format": "table", "content": "2027-02-05,holiday"])
            #expect(staff.status == .forbidden)
            let bad = try await app.send(
                .POST, "/api/v1/calendar/import", as: f.tokens["admin"],
                json: ["format": "table", "content": "2027-02-05,holiday\n2027-02-30,holiday"])
            #expect(bad.status == .unprocessableEntity)
            let error = (bad.json["errors"] as? [[String: Any]])?.first
            #expect(error?["code"] as? String == "calendar.bad_date")
            #expect((error?["message"] as? String)?.contains("2") == true)
            let list = try await app.send(.GET, "/api/v1/calendar?from=2027-01-01&to=2027-12-31", as: f.tokens["staff"])
            #expect(list.jsonArray.isEmpty)
            let range = try await app.send(.GET, "/api/v1/calendar?from=2027-12-31&to=2027-01-01", as: f.tokens["staff"])
            #expect(range.status == .unprocessableEntity)
        }
    }

    @Test(
        "the admin adds semesters; everyone lists them; names are unique; bad dates are 422; delete removes",
        arguments: TestDatabase.allCases)
    func periods(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let first = try await app.send(
                .POST, "/api/v1/calendar/periods", as: f.tokens["admin"],
                json: [
                    "name": "2026–2027 第一学期", "kind": "semester", "starts": "2026-09-01", "ends": "2027-01-15",
                ])
            #expect(first.status == .created)
            let id = try #require(first.json["id"] as? String)
            _ = try await app.send(
                .POST, "/api/v1/calendar/periods", as: f.tokens["admin"],
                json: [
                    "name": "2027Q1", "kind": "quarter", "starts": "2027-01-01", "ends": "2027-03-31",
                ])
            let list = try await app.send(.GET, "/api/v1/calendar/periods", as: f.tokens["staff"])
            #expect(list.jsonArray.map { $0["name"] as? String } == ["2026–2027 第一学期", "2027Q1"])
            let again = try await app.send(
                .POST, "/api/v1/calendar/periods", as: f.tokens["admin"],
                json: [
                    "name": "2027Q1", "kind": "quarter", "starts": "2027-01-01", "ends": "2027-03-31",
                ])
            #expect(again.status == .conflict)
            let backwards = try await app.send(
                .POST, "/api/v1/calendar/periods", as: f.tokens["admin"],
                json: [
                    "name": "反了", "kind": "custom", "starts": "2027-03-31", "ends": "2027-01-01",
                ])
            #expect(backwards.status == .unprocessableEntity)
            let staff = try await app.send(
                .POST, "/api/v1/calendar/periods", as: f.tokens["staff"],
                json: [
                    "name": "x", "kind": "custom", "starts": "2027-01-01", "ends": "2027-01-02",
                ])
            #expect(staff.status == .forbidden)
            #expect(try await app.send(.DELETE, "/api/v1/calendar/periods/\(id)", as: f.tokens["admin"]).status == .noContent)
            #expect(try await app.send(.DELETE, "/api/v1/calendar/periods/\(id)", as: f.tokens["admin"]).status == .notFound)
        }
    }
}
