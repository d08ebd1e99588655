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
    /// Signs in through the log-in form (with its double-submit CSRF cookie); returns the session cookie.
    static func signIn(_ app: Application, _ username: String) async throws -> (cookie: String, csrf: String) {
        let form = try await app.send(.GET, "/login", as: nil)
        let loginCSRF = try #require(form.headers.setCookie?[SessionPages.loginCsrfCookie]?.string)
        var session = ""
        try await app.testing().test(
            .POST, "/login",
            beforeRequest: { req in
                req.headers.cookie = HTTPCookies(dictionaryLiteral: (SessionPages.loginCsrfCookie, .init(string: loginCSRF)))
                try req.content.encode(
                    ["username": username, "password": Fixture.password, "_csrf": loginCSRF, "next": "/grid"],
                    as: .urlEncodedForm)
            },
            afterResponse: { res in
                #expect(res.status == .seeOther)
                session = res.headers.setCookie?[AuthConstants.sessionCookie]?.string ?? ""
            })
        let grid = try await page(app, "/grid", cookie: session)
        let csrf = String(grid.split(separator: "name=\"_csrf\" value=\"")[1].prefix { $0 != "\"" })
        return (session, csrf)
    }

    /// Posts a form as the signed-in cookie holder: status, redirect target and page.
    static func post(
        _ app: Application, _ path: String, cookie: String, _ form: [String: String]
    ) async throws
        -> (status: HTTPStatus, location: String?, body: String)
    {
        var result: (HTTPStatus, String?, String) = (.ok, nil, "")
        try await app.testing().test(
            .POST, path,
            beforeRequest: { req in
                req.headers.cookie = HTTPCookies(dictionaryLiteral: (AuthConstants.sessionCookie, .init(string: cookie)))
                try req.content.encode(form, as: .urlEncodedForm)
            },
            afterResponse: { res in
                result = (res.status, res.headers.first(name: .location), String(buffer: res.body))
            })
        return result
    }

    static func page(_ app: Application, _ path: String, cookie: String, lang: String? = nil) async throws -> String {
        var html = ""
        try await app.testing().test(
            .GET, path,
            beforeRequest: { req in
                var cookies: [(String, HTTPCookies.Value)] = [(AuthConstants.sessionCookie, .init(string: cookie))]
                if let lang { cookies.append(("lang", .init(string: lang))) }
                req.headers.cookie = HTTPCookies(dictionaryLiteral: cookies[0])
                if cookies.count > 1 { req.headers.cookie?["lang"] = cookies[1].1 }
            },
            afterResponse: { res in
                #expect(res.status == .ok, "GET \(path)")
                html = String(buffer: res.body)
            })
        return html
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
            let (cookie, _) = try await Self.signIn(app, "office")
            let grid = try await Self.page(app, "/grid?date=2026-12-01", cookie: cookie)
            #expect(grid.contains("第一会议室"))
            #expect(grid.contains("st-pending"))
            for path in [
                "/rooms/\(f.small.id)/week?date=2026-12-01", "/book", "/my", "/approvals", "/register",
                "/notifications", "/admin/rooms", "/admin/rooms/new", "/admin/rooms/\(f.small.id)/edit",
            ] {
                _ = try await Self.page(app, path, cookie: cookie)
            }
            let approvals = try await Self.page(app, "/approvals", cookie: cookie)
            #expect(approvals.contains("周例会"))
            let english = try await Self.page(app, "/register", cookie: cookie, lang: "en")
            #expect(english.contains("Usage register"))
        }
    }

    @Test("a booking form with errors is re-rendered with messages in the reader's language; nothing is written")
    func bookingFormErrors() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let (cookie, csrf) = try await Self.signIn(app, "staff")
            var body = ""
            var status: HTTPStatus = .ok
            try await app.testing().test(
                .POST, "/book",
                beforeRequest: { req in
                    req.headers.cookie = HTTPCookies(dictionaryLiteral: (AuthConstants.sessionCookie, .init(string: cookie)))
                    try req.content.encode(
                        [
                            "_csrf": csrf, "roomId": f.small.id.uuidString, "date": "2026-12-01", "start": "10:00",
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
            let (cookie, _) = try await Self.signIn(app, "staff")
            try await app.testing().test(
                .POST, "/book",
                beforeRequest: { req in
                    req.headers.cookie = HTTPCookies(dictionaryLiteral: (AuthConstants.sessionCookie, .init(string: cookie)))
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
