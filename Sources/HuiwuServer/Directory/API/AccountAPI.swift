import HuiwuCore
import HuiwuStore
import Vapor

/// Tokens, the caller's own data, notifications and purposes.
struct AccountAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(APIURL.authToken, use: token)
        routes.delete(APIURL.authToken, use: revoke)
        routes.get(APIURL.me, use: me)
        routes.get(APIURL.purposes, use: purposes)
        routes.get(APIURL.notifications, use: notifications)
        routes.post(APIURL.notificationRead(.key), use: markRead)
    }

    struct TokenBody: Decodable {
        var username: String
        var password: String
    }

    struct TokenDTO: Content {
        var token: String
        var expiresAt: String
    }

    func token(req: Request) async throws -> Response {
        let body = try req.decodeJSON(TokenBody.self)
        guard body.username.count <= 64, body.password.count <= 128 else { throw ProblemError(.unauthorized, "bad_credentials") }
        let person = try await PasswordLogin.verify(username: body.username, password: body.password, on: req)
        let now = req.now
        let issued = try await req.huiwu.sessions.start(
            for: person.id, kind: .api, lifetime: AuthConstants.apiTokenLifetime, now: now)
        let response = Response(status: .ok)
        try response.content.encode(
            TokenDTO(
                token: issued.token,
                expiresAt: req.huiwu.time.format(now.addingTimeInterval(AuthConstants.apiTokenLifetime))))
        response.headers.cacheControl = .init(noStore: true)
        return response
    }

    func revoke(req: Request) async throws -> HTTPStatus {
        _ = try req.actor()
        if let bearer = req.headers.bearerAuthorization?.token {
            try await req.huiwu.sessions.end(token: bearer)
        }
        return .noContent
    }

    func me(req: Request) async throws -> PersonDTO {
        _ = try req.actor()
        return PersonDTO(req.signedIn!.person)
    }

    func purposes(req: Request) async throws -> [PurposeDTO] {
        _ = try req.actor()
        let locale = req.uiLocale
        return try await req.huiwu.organisation.purposes().map { PurposeDTO(code: $0.code, name: $0.localizedName(locale)) }
    }

    /// Newest first, a page at a time.
    func notifications(req: Request) async throws -> Response {
        let actor = try req.actor()
        var errors: [FieldError] = []
        let paging = PageParameters.parse(req, list: "notifications", errors: &errors)
        try Input.check(errors)
        let page = try await req.huiwu.notifications.notifications(for: actor.id, paging.request)
        return try paging.respond(page, to: req) { NotificationText.dto($0, on: req) }
    }

    func markRead(req: Request) async throws -> HTTPStatus {
        let actor = try req.actor()
        try await req.huiwu.notifications.markRead(person: actor.id, id: try req.idParameter(), now: req.now)
        return .noContent
    }
}

extension PurposeRecord {
    func localizedName(_ locale: UILocale) -> String {
        switch locale {
        case .zhHans: nameZhHans
        case .zhHant: nameZhHant
        case .en: nameEn
        }
    }
}

struct PurposeDTO: Content, Equatable {
    var code: String
    var name: String
}
