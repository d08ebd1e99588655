import Foundation
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// The language links come back to the page the reader was on (X6): its query kept, and after a
/// form's POST (a question asked first, a refused form) the page the form was on, not the POST's
/// path, which has no page to GET.
@Suite("Language links come back to the page")
struct LanguageLinkTests {
    @Test("a page's language link keeps its query; a POST's answer links back to the page the form was on")
    func languageLinksComeBack() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let office = try await PageClient.signIn(app, "office")
            let grid = try await office.page("/grid?date=2026-12-10")
            #expect(grid.contains("href=\"/lang/en?back=%2Fgrid%3Fdate%3D2026-12-10\""))

            let week = "/rooms/\(f.big.id)/week"
            var asked = ""
            try await app.testing().test(
                .POST, "/rooms/\(f.big.id)/kiosk/rotate",
                beforeRequest: { req in
                    req.headers.cookie = HTTPCookies(
                        dictionaryLiteral: (AuthConstants.sessionCookie, .init(string: office.cookie)))
                    req.headers.replaceOrAdd(name: .referer, value: "http://127.0.0.1:8080\(week)?date=2026-12-10")
                    try req.content.encode(["_csrf": office.csrf], as: .urlEncodedForm)
                },
                afterResponse: { res in asked = String(buffer: res.body) })
            #expect(asked.contains("id=\"confirm-first\""))
            let back = SiteURL.encodeQueryValue("\(week)?date=2026-12-10")
            #expect(asked.contains("href=\"/lang/en?back=\(back)\""), "back to the week, not to the POST's path")

            let bare = try await office.post("/rooms/\(f.big.id)/kiosk/rotate", ["_csrf": office.csrf])
            #expect(bare.body.contains("href=\"/lang/en?back=%2F\""), "no page to go back to: the home page")
        }
    }
}
