import HuiwuCore
import HuiwuStore
import Vapor

/// Log-in, log-out and the language switch.
struct SessionPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.login, use: loginForm)
        routes.post(SiteURL.login, use: login)
        routes.post(SiteURL.logout, use: logout)
        routes.get(SiteURL.language(.key), use: language)
    }

    struct LoginPage: Encodable {
        var username: String
        var next: String
        var error: String?
        var loginCsrf: String
        var action = SiteURL.login.path
    }

    static let loginCsrfCookie = "huiwu_login_csrf"

    /// The log-in form uses a double-submit cookie as its CSRF token (there is no session yet).
    func loginForm(req: Request) async throws -> Response {
        if req.signedIn != nil { return req.redirect(to: SiteURL.grid) }
        return try await render(req, username: "", error: nil, status: .ok)
    }

    func render(_ req: Request, username: String, error: String?, status: HTTPResponseStatus) async throws -> Response {
        let token = [UInt8].random(count: 16).base64String()
        let next = Self.safeNext(req.query[String.self, at: "next"] ?? (try? req.content.get(String.self, at: "next")))
        let response = try await req.page(
            "login", title: req.t("ui_login_title"), section: "login",
            LoginPage(username: username, next: next, error: error, loginCsrf: token), status: status)
        response.cookies[Self.loginCsrfCookie] = HTTPCookies.Value(
            string: token, maxAge: 3600, path: SiteURL.login.path,
            isSecure: req.huiwu.secureCookies, isHTTPOnly: true, sameSite: .strict)
        return response
    }

    struct LoginForm: Content {
        var username: String?
        var password: String?
        var next: String?
        var _csrf: String?
    }

    func login(req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        guard let cookie = req.cookies[Self.loginCsrfCookie]?.string, let sent = form._csrf, constantTimeEqual(cookie, sent)
        else {
            return try await render(req, username: form.username ?? "", error: req.t("problem.csrf"), status: .forbidden)
        }
        let username = (form.username ?? "").trimmingCharacters(in: .whitespaces)
        do {
            guard !username.isEmpty, username.count <= 64, (form.password ?? "").count <= 128 else {
                throw ProblemError(.unauthorized, "bad_credentials")
            }
            let person = try await PasswordLogin.verify(username: username, password: form.password ?? "", on: req)
            let session = try await req.huiwu.sessions.start(
                for: person.id, kind: .web,
                lifetime: AuthConstants.webSessionLifetime, now: req.now)
            let response = req.redirect(to: Self.safeNext(form.next))
            response.cookies[AuthConstants.sessionCookie] = HTTPCookies.Value(
                string: session.token, maxAge: Int(AuthConstants.webSessionLifetime), path: SiteURL.home.path,
                isSecure: req.huiwu.secureCookies, isHTTPOnly: true, sameSite: .lax)
            return response
        } catch let e as ProblemError {
            let page = try await render(
                req, username: username, error: req.t("problem." + e.code, e.parameters), status: e.status)
            if let seconds = e.retryAfter { page.headers.replaceOrAdd(name: .retryAfter, value: String(seconds)) }
            return page
        }
    }

    func logout(req: Request) async throws -> Response {
        if let token = req.cookies[AuthConstants.sessionCookie]?.string {
            try await req.huiwu.sessions.end(token: token)
        }
        let response = req.redirect(to: SiteURL.login)
        response.cookies[AuthConstants.sessionCookie] = HTTPCookies.Value(
            string: "", expires: Date(timeIntervalSince1970: 0),
            path: SiteURL.home.path, isHTTPOnly: true)
        return response
    }

    func language(req: Request) async throws -> Response {
        guard let code = req.parameters.get("code"), let locale = UILocale(rawValue: code) else {
            throw ProblemError(.notFound, "not_found")
        }
        let response = req.redirect(to: Self.safeNext(req.query[String.self, at: "back"]))
        response.cookies["lang"] = HTTPCookies.Value(
            string: locale.rawValue, maxAge: 365 * 86_400, path: SiteURL.home.path,
            isHTTPOnly: false, sameSite: .lax)
        return response
    }

    /// Only local paths: never redirect off-site after log-in.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"), next.count < 500 else {
            return SiteURL.grid.path
        }
        return next
    }
}
