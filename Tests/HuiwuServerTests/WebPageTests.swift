import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// Renders the real Leaf templates through the real routes.
@Suite("Web pages")
struct WebPageTests {
    @Test("the page client names the server's session and log-in cookies")
    func pageClientCookieNames() {
        #expect(PageClient.sessionCookie == AuthConstants.sessionCookie)
        #expect(PageClient.loginCsrfCookie == SessionPages.loginCsrfCookie)
    }

    @Test("pages need a session; the log-in page speaks zh-Hans by default and English on request")
    func loginPageLanguages() async throws {
        try await withHuiwu(.sqlite) { app in
            let redirect = try await app.send(.GET, "/my", as: nil)
            #expect(redirect.status == .seeOther)
            #expect(redirect.headers.first(name: .location)?.hasPrefix("/login") == true)
            let zh = String(buffer: try await app.send(.GET, "/login", as: nil).body)
            #expect(zh.contains("<html lang=\"zh-Hans\">"))
            #expect(zh.contains("登录"))
            let en = String(buffer: try await app.send(.GET, "/login", as: nil, headers: ["Accept-Language": "en-US,en"]).body)
            #expect(en.contains("Sign in"))
            let hant = String(buffer: try await app.send(.GET, "/login?lang=zh-Hant", as: nil).body)
            #expect(hant.contains("登入"))
        }
    }

    @Test("every page renders for the room office", arguments: TestDatabase.allCases)
    func everyPageRenders(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            _ = try await app.send(.POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.small, "10:00", "11:00"))
            let browser = try await PageClient.signIn(app, "office")
            let grid = try await browser.page("/grid?date=2026-12-01")
            #expect(grid.contains("第一会议室"))
            #expect(grid.contains("st-pending"))
            for path in [
                "/rooms/\(f.small.id)/week?date=2026-12-01", "/book", "/my", "/approvals", "/register",
                "/notifications", "/admin/rooms", "/admin/rooms/new", "/admin/rooms/\(f.small.id)/edit",
            ] {
                _ = try await browser.page(path)
            }
            let approvals = try await browser.page("/approvals")
            #expect(approvals.contains("周例会"))
            let english = try await browser.page("/register", lang: "en")
            #expect(english.contains("Usage register"))
        }
    }

    @Test("a booking form with errors is re-rendered with messages in the reader's language; nothing is written")
    func bookingFormErrors() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let browser = try await PageClient.signIn(app, "staff")
            var body = ""
            var status: HTTPStatus = .ok
            try await app.testing().test(
                .POST, "/book",
                beforeRequest: { req in
                    req.headers.cookie = HTTPCookies(
                        dictionaryLiteral: (AuthConstants.sessionCookie, .init(string: browser.cookie)))
                    try req.content.encode(
                        [
                            "_csrf": browser.csrf, "roomId": f.small.id.uuidString, "date": "2026-12-01", "start": "10:00",
                            "end": "11:00", "title": "超员会议", "purpose": "meeting", "headcount": "20",
                        ],
                        as: .urlEncodedForm)
                },
                afterResponse: { res in
                    status = res.status
                    body = String(buffer: res.body)
                })
            #expect(status == .unprocessableEntity)
            #expect(body.contains("人数应在 1 到 8 之间"))
            #expect(body.contains("超员会议"))
            #expect(try await bookingCount(app) == 0)
        }
    }

    @Test("a form post without the CSRF token is refused")
    func csrfIsRequired() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let browser = try await PageClient.signIn(app, "staff")
            try await app.testing().test(
                .POST, "/book",
                beforeRequest: { req in
                    req.headers.cookie = HTTPCookies(
                        dictionaryLiteral: (AuthConstants.sessionCookie, .init(string: browser.cookie)))
                    try req.content.encode(
                        [
                            "roomId": f.small.id.uuidString, "date": "2026-12-01", "start": "10:00", "end": "11:00",
                            "purpose": "meeting", "headcount": "2",
                        ], as: .urlEncodedForm)
                },
                afterResponse: { res in
                    #expect(res.status == .forbidden)
                })
            #expect(try await bookingCount(app) == 0)
        }
    }

    @Test("the demo organisation loads through the booking path")
    func demoLoads() async throws {
        try await withHuiwu(.sqlite) { app in
            let result = try await DemoData.load(app)
            #expect(result.loaded)
            let rooms = try await app.huiwu.rooms.rooms()
            #expect(rooms.count == 10)
            #expect(Set(rooms.map(\.roomClass)).isSuperset(of: ["large", "vip"]))
            let people = try await app.huiwu.people.people()
            #expect(Set(people.map(\.role)) == Set(Role.allCases.map(\.rawValue)))
            #expect(try await bookingCount(app) > 50)
            #expect(try await DemoData.load(app).loaded == false)
        }
    }
}
