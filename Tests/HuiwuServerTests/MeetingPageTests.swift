import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

@Suite("Meeting pages (R2.1, R2.2)")
struct MeetingPageTests {
    @Test("the admin defines a type; a bad rule comes back with its message; editing a template keeps its translations")
    func typeEditor() async throws {
        try await withHuiwu(.sqlite) { app in
            _ = try await Fixture.make(app)
            let browser = try await PageClient.signIn(app, "admin")
            var form = [
                "_csrf": browser.csrf, "code": "a1.weekly_office", "nameZhHans": "行政部周会", "rule": "FREQ=WEEKLY;BYDAY=9MO",
                "time": "09:00", "durationMinutes": "45", "agenda": "上周工作回顾 | 15\n本周安排 | 30", "active": "1",
            ]
            let bad = try await browser.post("/admin/meeting-types/new", form)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.contains("field-error"))
            form["rule"] = "FREQ=WEEKLY;BYDAY=MO"
            let ok = try await browser.post("/admin/meeting-types/new", form)
            #expect(ok.location == "/meeting-types?done=saved")
            let type = try #require(try await app.huiwu.meetingTypes.all().first { $0.template.code == "a1.weekly_office" })
            #expect(type.template.name.en == "行政部周会")  // one language typed: used for all three
            #expect(type.template.agenda.map(\.minutes) == [15, 30])

            _ = try await app.huiwu.meetingTypes.load(app.huiwu.templates, now: app.huiwu.clock.now())
            let reps = try #require(
                try await app.huiwu.meetingTypes.all().first { $0.template.code == "a3.representatives_monthly" })
            var edit = MeetingTypeForm(reps, listSeparator: "、")
            edit.agenda = (edit.agenda ?? "") + "\n临时动议 | 10"
            var fields = try URLEncodedFormEncoder().encode(edit)
            fields += "&_csrf=\(browser.csrf)&version=\(reps.version)"
            var status: HTTPStatus = .ok
            try await app.testing().test(
                .POST, "/admin/meeting-types/\(reps.id.uuidString)",
                beforeRequest: { req in
                    req.headers.cookie = HTTPCookies(
                        dictionaryLiteral: (AuthConstants.sessionCookie, .init(string: browser.cookie)))
                    req.headers.contentType = .urlEncodedForm
                    req.body = ByteBuffer(string: fields)
                }, afterResponse: { status = $0.status })
            #expect(status == .seeOther)
            let after = try #require(try await app.huiwu.meetingTypes.type(reps.id))
            #expect(after.template.agenda.count == reps.template.agenda.count + 1)
            #expect(after.template.agenda.first?.title.zhHant == reps.template.agenda.first?.title.zhHant)
            #expect(after.template.agenda.last?.title.en == "临时动议")
            #expect(after.version == reps.version + 1)
        }
    }

    @Test("the series editor previews the dates in words; a bad time comes back in the reader's language")
    func editor() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let browser = try await PageClient.signIn(app, "office")
            let preview = try await browser.post(
                "/meetings/new",
                [
                    "_csrf": browser.csrf, "action": "preview", "title": "业务代表会议", "roomId": f.small.id.uuidString,
                    "date": "2026-12-01",
                    "time": "14:00", "durationMinutes": "90", "freq": "MONTHLY", "monthMode": "before", "beforeDay": "FR",
                    "beforeDate": "25", "through": "2027-02-28", "holidayPolicy": "skip", "headcount": "6",
                ])
            #expect(preview.status == .ok)
            #expect(preview.body.contains("每月25日前的周五 14:00"))
            #expect(preview.body.contains("data-date=\"2027-01-22\""))
            // A booking in the way: the report offers the same room at the nearest free time.
            let holder = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"],
                json: bookingBody(f.small, "14:00", "15:00").merging(
                    ["startsAt": at("14:00", day: "2027-01-22"), "endsAt": at("15:00", day: "2027-01-22")]) { _, b in b })
            #expect(holder.status == .created)
            var form = [
                "_csrf": browser.csrf, "action": "create", "title": "业务代表会议", "roomId": f.small.id.uuidString,
                "date": "2026-12-01", "time": "14:00", "durationMinutes": "90", "freq": "MONTHLY", "monthMode": "before",
                "beforeDay": "FR", "beforeDate": "25", "through": "2027-02-28", "holidayPolicy": "skip", "headcount": "6",
            ]
            let refused = try await browser.post("/meetings/new", form)
            #expect(refused.status == .conflict)
            let move = try #require(refused.body.firstMatch(of: /value="(2027-01-22T14:00:00~move~[0-9T:-]+)"/)?.1)
            form["res[]"] = String(move)
            let created = try await browser.post("/meetings/new", form)
            #expect(created.status == .seeOther)
            #expect(created.location?.hasPrefix("/meetings/series/") == true)
            let bad = try await browser.post(
                "/meetings/new",
                [
                    "_csrf": browser.csrf, "action": "preview", "title": "x", "date": "2026-12-01", "time": "25:00",
                    "freq": "WEEKLY",
                ])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.contains("时间格式应为 HH:MM"))
        }
    }
}
