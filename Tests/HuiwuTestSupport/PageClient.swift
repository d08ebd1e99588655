import Foundation
import Testing
import Vapor
import VaporTesting

/// One signed-in browser on the web pages: the session cookie it holds and the CSRF token its
/// pages carry. Forms are sent exactly as given, so a test puts `_csrf` in (or leaves it out, or
/// forges it) itself.
public struct PageClient: Sendable {
    /// The server's session cookie (`AuthConstants.sessionCookie`, internal to HuiwuServer; a test
    /// in HuiwuServerTests keeps the two names equal).
    public static let sessionCookie = "huiwu_session"
    /// The log-in form's double-submit cookie (`SessionPages.loginCsrfCookie`, likewise).
    public static let loginCsrfCookie = "huiwu_login_csrf"

    public let app: Application
    /// The session cookie's value.
    public let cookie: String
    /// The CSRF token of the session's forms.
    public let csrf: String

    public init(_ app: Application, cookie: String, csrf: String) {
        self.app = app
        self.cookie = cookie
        self.csrf = csrf
    }

    /// Signs in through the log-in form (with its double-submit CSRF cookie) as `username` with the
    /// fixture's password, then reads the CSRF token off the grid page.
    public static func signIn(
        _ app: Application, _ username: String, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> PageClient {
        var loginCSRF: String?
        try await app.testing().test(
            .GET, "/login", afterResponse: { res in loginCSRF = res.headers.setCookie?[loginCsrfCookie]?.string })
        let formToken = try #require(loginCSRF, sourceLocation: sourceLocation)
        var session = ""
        try await app.testing().test(
            .POST, "/login",
            beforeRequest: { req in
                req.headers.cookie = HTTPCookies(dictionaryLiteral: (loginCsrfCookie, .init(string: formToken)))
                try req.content.encode(
                    ["username": username, "password": Fixture.password, "_csrf": formToken, "next": "/grid"],
                    as: .urlEncodedForm)
            },
            afterResponse: { res in
                #expect(res.status == .seeOther, sourceLocation: sourceLocation)
                session = res.headers.setCookie?[sessionCookie]?.string ?? ""
            })
        let grid = try await PageClient(app, cookie: session, csrf: "").page("/grid", sourceLocation: sourceLocation)
        let csrf = String(grid.split(separator: "name=\"_csrf\" value=\"")[1].prefix { $0 != "\"" })
        return PageClient(app, cookie: session, csrf: csrf)
    }

    /// The page at `path` (expected to answer 200), optionally in the language `lang`.
    public func page(
        _ path: String, lang: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> String {
        var html = ""
        try await app.testing().test(
            .GET, path,
            beforeRequest: { req in
                var cookies = HTTPCookies(dictionaryLiteral: (Self.sessionCookie, .init(string: cookie)))
                if let lang { cookies["lang"] = .init(string: lang) }
                req.headers.cookie = cookies
            },
            afterResponse: { res in
                #expect(res.status == .ok, "GET \(path)", sourceLocation: sourceLocation)
                html = String(buffer: res.body)
            })
        return html
    }

    /// Posts a form: status, redirect target and page.
    public func post(_ path: String, _ form: [String: String]) async throws -> FormAnswer {
        try await send(path) { req in try req.content.encode(form, as: .urlEncodedForm) }
    }

    /// Posts a form whose fields may repeat (ticked boxes), as a browser sends it.
    public func post(_ path: String, pairs: [(String, String)]) async throws -> FormAnswer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = pairs.map {
            "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)"
        }.joined(separator: "&")
        return try await send(path) { req in
            req.headers.contentType = .urlEncodedForm
            req.body = ByteBuffer(string: body)
        }
    }

    /// What a form post answered.
    public typealias FormAnswer = (status: HTTPStatus, location: String?, body: String)

    private func send(
        _ path: String, _ fill: (inout TestingHTTPRequest) throws -> Void
    ) async throws
        -> FormAnswer
    {
        var result: FormAnswer = (.ok, nil, "")
        try await app.testing().test(
            .POST, path,
            beforeRequest: { req in
                req.headers.cookie = HTTPCookies(dictionaryLiteral: (Self.sessionCookie, .init(string: cookie)))
                try fill(&req)
            },
            afterResponse: { res in
                result = (res.status, res.headers.first(name: .location), String(buffer: res.body))
            })
        return result
    }
}
