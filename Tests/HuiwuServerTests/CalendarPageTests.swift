import Foundation
import HuiwuCore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

@Suite("Organisation calendar page (R2.2)")
struct CalendarPageTests {
    @Test("the admin imports a table, sees the year's days, and a bad line comes back with its message")
    func importAndShow() async throws {
        try await withHuiwu(.sqlite) { app in
            _ = try await Fixture.make(app)
            let browser = try await PageClient.signIn(app, "admin")
            let ok = try await browser.post(
                "/admin/calendar/import",
                [
                    "_csrf": browser.csrf, "format": "table", "content": "2027-02-05,holiday,春节\n2027-02-07,workday,春节调休上班",
                ])
            #expect(ok.status == .seeOther)
            #expect(ok.location == "/admin/calendar?year=2027&done=imported")
            let page = try await browser.page("/admin/calendar?year=2027")
            #expect(page.contains("2027-02-05 星期五"))
            #expect(page.contains("调休上班"))
            let bad = try await browser.post(
                "/admin/calendar/import?year=2027",
                [
                    "_csrf": browser.csrf, "format": "table", "content": "2027-02-05,holiday\n2027-02-30,holiday",
                ])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.contains("第 2 行：日期无效"))
            #expect(bad.body.contains("2027-02-30,holiday"))
            let removed = try await browser.post(
                "/admin/calendar/days/2027-02-05/delete", ["_csrf": browser.csrf, "confirmed": "yes"])
            #expect(removed.location == "/admin/calendar?year=2027&done=deleted")
            let after = try await browser.page("/admin/calendar?year=2027")
            #expect(!after.contains("2027-02-05 星期五"))
        }
    }

    @Test("the admin adds a semester; a repeated name comes back with its message")
    func periods() async throws {
        try await withHuiwu(.sqlite) { app in
            _ = try await Fixture.make(app)
            let browser = try await PageClient.signIn(app, "admin")
            let form = [
                "_csrf": browser.csrf, "name": "2026–2027 第一学期", "kind": "semester", "starts": "2026-09-01", "ends": "2027-01-15",
            ]
            let ok = try await browser.post("/admin/calendar/periods?year=2026", form)
            #expect(ok.location == "/admin/calendar?year=2026&done=saved")
            let page = try await browser.page("/admin/calendar?year=2026")
            #expect(page.contains("2026–2027 第一学期"))
            #expect(page.contains("2026-09-01 – 2027-01-15"))
            let again = try await browser.post("/admin/calendar/periods?year=2026", form)
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.contains("已被使用"))
        }
    }

    @Test("staff may not open the calendar admin page")
    func staffRefused() async throws {
        try await withHuiwu(.sqlite) { app in
            _ = try await Fixture.make(app)
            let browser = try await PageClient.signIn(app, "staff")
            try await app.testing().test(
                .GET, "/admin/calendar",
                beforeRequest: { req in
                    req.headers.cookie = HTTPCookies(
                        dictionaryLiteral: (AuthConstants.sessionCookie, .init(string: browser.cookie)))
                },
                afterResponse: { res in
                    #expect(res.status == .forbidden)
                })
        }
    }
}
