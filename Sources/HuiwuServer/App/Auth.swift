import HuiwuCore
import HuiwuStore
import Vapor

struct SignedInKey: StorageKey { typealias Value = SignedIn }

enum AuthConstants {
    static let sessionCookie = "huiwu_session"
    static let webSessionLifetime: TimeInterval = 12 * 3600
    static let apiTokenLifetime: TimeInterval = 30 * 86_400
}

/// Resolves the caller from `Authorization: Bearer …` or the session cookie. Every route
/// then asks `require(_:)`, the single permission gate (X1).
struct AuthenticationMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        let sessions = request.huiwu.sessions
        let token: String, viaCookie: Bool
        if let bearer = request.headers.bearerAuthorization?.token {
            (token, viaCookie) = (bearer, false)
        } else if let cookie = request.cookies[AuthConstants.sessionCookie]?.string {
            (token, viaCookie) = (cookie, true)
        } else {
            return next.respond(to: request)
        }
        let proceed: @Sendable (SignedIn?) -> EventLoopFuture<Response> = { who in
            if let who {
                request.storage[SignedInKey.self] = who
                if viaCookie { request.storage[CookieSessionKey.self] = true }
            }
            return next.respond(to: request)
        }
        let now = request.now
        // Most requests come from a session resolved moments ago: no task, no query.
        if let cached = sessions.cached(token: token, now: now) { return proceed(cached) }
        return request.eventLoop.makeFutureWithTask { try await sessions.resolve(token: token, now: now) }.flatMap(proceed)
    }
}

struct CookieSessionKey: StorageKey { typealias Value = Bool }

extension Request {
    var signedIn: SignedIn? { storage[SignedInKey.self] }
    var viaCookie: Bool { storage[CookieSessionKey.self] ?? false }

    /// The caller as an actor, or 401.
    func actor() throws -> Actor {
        guard let who = signedIn else { throw ProblemError(.unauthorized, "unauthorized") }
        return Actor(
            id: who.person.id, role: who.person.roleValue, departmentId: who.person.departmentId,
            displayName: who.person.displayName)
    }

    /// The caller, if their role allows `action` (403 otherwise).
    func require(_ action: Action) throws -> Actor {
        let actor = try actor()
        guard AccessPolicy.allows(actor.role, action) else { throw ProblemError(.forbidden, "forbidden") }
        return actor
    }
}

/// Forms and cookie-authenticated API writes must carry the session's CSRF token. A form's
/// token is read from the whole body: it is collected first (no more than the route reads), so
/// a long form — a rulebook, minutes — is not refused because its token had not arrived yet.
struct CSRFMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard request.method != .GET, request.method != .HEAD, request.viaCookie, let who = request.signedIn else {
            return next.respond(to: request)
        }
        let refused = request.eventLoop.makeFailedFuture(ProblemError(.forbidden, "csrf")) as EventLoopFuture<Response>
        if let header = request.headers.first(name: "X-CSRF-Token") {
            return constantTimeEqual(header, who.csrfToken) ? next.respond(to: request) : refused
        }
        // A file upload's body streams on to its handler: its form carries the token in the query.
        if request.headers.contentType?.type == "multipart" {
            guard let sent = request.query[String.self, at: "_csrf"], constantTimeEqual(sent, who.csrfToken) else {
                return refused
            }
            return next.respond(to: request)
        }
        let collected: EventLoopFuture<Void> =
            request.body.data != nil
            ? request.eventLoop.makeSucceededVoidFuture()
            : request.body.collect(max: BodyAllowance.maxSize(for: request)).map { _ in }
        return collected.flatMap {
            guard let sent = try? request.content.get(String.self, at: "_csrf"), constantTimeEqual(sent, who.csrfToken) else {
                return refused
            }
            return next.respond(to: request)
        }
    }
}

/// A route that reads a large body (`RoutesBuilder.upload`) answers 401 or 403 before reading
/// any of it to a caller who is not signed in or whose role may not send it: a stranger cannot
/// make the server read megabytes.
struct BodyGateMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        guard let allowance = request.route?.userInfo[BodyAllowance.key] as? BodyAllowance else {
            return next.respond(to: request)
        }
        do {
            // A page sends a stranger to the log-in page, as every page does; the API answers 401.
            let who = request.url.path.hasPrefix(APIURL.prefix) ? try request.actor() : try request.webActor()
            if let action = allowance.action, !AccessPolicy.allows(who.role, action) {
                throw ProblemError(.forbidden, "forbidden")
            }
        } catch {
            return request.eventLoop.makeFailedFuture(error)
        }
        return next.respond(to: request)
    }
}

func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8), y = Array(b.utf8)
    guard x.count == y.count else { return false }
    var diff: UInt8 = 0
    for i in 0..<x.count { diff |= x[i] ^ y[i] }
    return diff == 0
}

/// Checks a username and password with rate limiting; records the attempt.
enum PasswordLogin {
    /// Checks a username and password under the log-in throttle (`LoginThrottle`, X1).
    static func verify(username: String, password: String, on req: Request) async throws -> PersonRecord {
        let services = req.huiwu
        let throttle = services.loginThrottle
        let attempts = services.loginAttempts
        let now = req.now
        // Such names can never exist (and PostgreSQL cannot even compare them).
        guard !TextRules.hasForbiddenControl(username), !password.contains("\u{0}") else {
            throw ProblemError(.unauthorized, "bad_credentials")
        }
        let client = req.clientKey
        let failures = try await attempts.failures(
            username: username, client: client, since: now.addingTimeInterval(-throttle.window))
        if failures.byClient >= throttle.maxFailuresPerClient {
            throw ProblemError(
                .tooManyRequests, "too_many_attempts",
                retryAfter: throttle.retryAfter(oldest: failures.oldestByClient, now: now))
        }
        if failures.byPair >= throttle.maxFailuresPerPair {
            throw ProblemError(
                .tooManyRequests, "too_many_attempts",
                retryAfter: throttle.retryAfter(oldest: failures.oldestByPair, now: now))
        }
        let wait = throttle.delay(afterFailures: failures.byUser)
        if wait > .zero { try await throttle.pause(wait) }
        let person = try await services.people.person(username: username)
        // An unknown username is checked against a real hash of the same cost, so the answer
        // takes as long as for a known one and does not reveal which usernames exist.
        let hash = person?.passwordHash ?? services.dummyPasswordHash
        let matches = (try? await req.password.async.verify(password, created: hash)) ?? false
        guard let person, matches, person.active else {
            try await attempts.record(username: username, client: client, succeeded: false, now: now)
            if let person, failures.byUser + 1 >= throttle.slowDownAfter {
                _ = try await attempts.warn(
                    person: person, failures: failures.byUser + 1, client: client,
                    quiet: throttle.window, now: now)
            }
            throw ProblemError(.unauthorized, "bad_credentials")
        }
        try await attempts.record(username: username, client: client, succeeded: true, now: now)
        return person
    }
}
