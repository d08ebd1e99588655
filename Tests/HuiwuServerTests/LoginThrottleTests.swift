import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import NIOCore
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// Records the throttle's pauses instead of sleeping them.
final class PauseLog: @unchecked Sendable {
    private let lock = NSLock()
    private var pauses: [Duration] = []
    var all: [Duration] { lock.withLock { pauses } }
    func add(_ d: Duration) { lock.withLock { pauses.append(d) } }

    var throttle: LoginThrottle {
        var t = LoginThrottle(environment: [:])
        t.pause = { [self] in add($0) }
        return t
    }
}

/// X1 (OWASP ASVS V2.2.1, V2.2.3): a stranger cannot lock a colleague out.
@Suite("The log-in throttle")
struct LoginThrottleTests {
    /// One log-in attempt from `client` (named the way a trusted proxy names it), a second later
    /// than the last.
    static func attempt(
        _ app: Application, _ clock: MutableClock, _ username: String, _ password: String,
        from client: String
    ) async throws -> TestingHTTPResponse {
        clock.advance(minutes: 1.0 / 60)
        return try await app.send(
            .POST, "/api/v1/auth/token", as: nil, json: ["username": username, "password": password],
            headers: ["X-Forwarded-For": client])
    }

    @Test(
        "wrong passwords from one client lock that client out for the username, not the person: the right password from another client works, slowed, and the person is told",
        arguments: TestDatabase.allCases)
    func strangerCannotLockOutColleague(db: TestDatabase) async throws {
        let log = PauseLog(), clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock, throttle: log.throttle) { app in
            let f = try await Fixture.make(app)
            let stranger = "203.0.113.7", desk = "198.51.100.20"
            for _ in 0..<5 {
                #expect(try await Self.attempt(app, clock, "staff", "wrong-password", from: stranger).status == .unauthorized)
            }
            // The stranger's client is refused for this username — right password or not.
            let refused = try await Self.attempt(app, clock, "staff", Fixture.password, from: stranger)
            #expect(refused.status == .tooManyRequests)
            let retry = try #require(refused.headers.first(name: .retryAfter).flatMap(Int.init))
            #expect(retry > 0 && retry <= 15 * 60)
            #expect(refused.json["retryAfter"] as? Int == retry)
            #expect((refused.json["title"] as? String ?? "").contains("分钟"))
            // Another username from that client is still checked (this client has 5 failures, not 20).
            #expect(try await Self.attempt(app, clock, "colleague", Fixture.password, from: stranger).status == .ok)
            // The person, at their own desk, still signs in: slowed, not refused.
            #expect(log.all.isEmpty, "nothing was slowed before the fifth failure")
            let mine = try await Self.attempt(app, clock, "staff", Fixture.password, from: desk)
            #expect(mine.status == .ok)
            #expect(log.all == [.milliseconds(500)])
            // Told once in the app, in their language, however many more failures follow.
            for client in ["203.0.113.8", "203.0.113.9", "203.0.113.10"] {
                for _ in 0..<5 { _ = try await Self.attempt(app, clock, "staff", "wrong-password", from: client) }
            }
            let inbox = try await app.send(.GET, "/api/v1/notifications", as: f.tokens["staff"])
            let warnings = inbox.pageItems.filter { $0["kind"] as? String == "account.login_failures" }
            #expect(warnings.count == 1)
            let message = warnings.first?["message"] as? String ?? ""
            #expect(message.contains("5 次登录失败") && message.contains(stranger), "\(message)")
            // The pauses grow with the failures from everywhere, up to the longest.
            let pauses = log.all
            #expect(pauses == pauses.sorted())
            #expect(pauses.last == .seconds(8))
            #expect(try await Self.attempt(app, clock, "staff", Fixture.password, from: desk).status == .ok)
            // A colleague nobody attacked is not slowed at all.
            let before = log.all.count
            #expect(try await Self.attempt(app, clock, "colleague", Fixture.password, from: desk).status == .ok)
            #expect(log.all.count == before)
        }
    }

    @Test(
        "a client failing for many usernames is refused for all of them; other clients are not", arguments: TestDatabase.allCases)
    func clientSprayingUsernamesIsRefused(db: TestDatabase) async throws {
        let log = PauseLog(), clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock, throttle: log.throttle) { app in
            _ = try await Fixture.make(app)
            for i in 0..<20 {
                #expect(try await Self.attempt(app, clock, "guess\(i)", "x", from: "192.0.2.1").status == .unauthorized)
            }
            #expect(try await Self.attempt(app, clock, "staff", Fixture.password, from: "192.0.2.1").status == .tooManyRequests)
            #expect(try await Self.attempt(app, clock, "staff", Fixture.password, from: "192.0.2.2").status == .ok)
            // The window passes: the client may try again.
            clock.advance(minutes: 16)
            #expect(try await Self.attempt(app, clock, "staff", Fixture.password, from: "192.0.2.1").status == .ok)
        }
    }

    @Test(
        "a success starts the client's count for that username again; username case does not dodge the count",
        arguments: TestDatabase.allCases)
    func successResetsThePair(db: TestDatabase) async throws {
        let log = PauseLog(), clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock, throttle: log.throttle) { app in
            _ = try await Fixture.make(app)
            for _ in 0..<2 {
                for _ in 0..<4 { _ = try await Self.attempt(app, clock, "staff", "wrong-password", from: "192.0.2.5") }
                #expect(try await Self.attempt(app, clock, "staff", Fixture.password, from: "192.0.2.5").status == .ok)
            }
            for name in ["Staff", "STAFF", " staff", "staff", "sTaff"] {
                _ = try await Self.attempt(app, clock, name, "wrong-password", from: "192.0.2.5")
            }
            #expect(try await Self.attempt(app, clock, "staff", Fixture.password, from: "192.0.2.5").status == .tooManyRequests)
        }
    }

    @Test("X-Forwarded-For names the client only when the peer is a trusted proxy")
    func forwardedForOnlyFromTrustedProxies() async throws {
        try await withHuiwu(.sqlite) { app in
            func key(peer: String, forwarded: String?) throws -> String {
                let req = Request(
                    application: app, method: .POST, url: "/api/v1/auth/token",
                    remoteAddress: try SocketAddress(ipAddress: peer, port: 40_000), on: app.eventLoopGroup.next())
                if let forwarded { req.headers.replaceOrAdd(name: .xForwardedFor, value: forwarded) }
                return req.clientKey
            }
            let untrusted = try key(peer: "203.0.113.7", forwarded: "10.0.0.1")
            #expect(untrusted == "203.0.113.7", "an untrusted peer cannot pick its name")
            let proxied = try key(peer: "127.0.0.1", forwarded: "10.0.0.1")
            #expect(proxied == "10.0.0.1")
            let chain = try key(peer: "127.0.0.1", forwarded: "1.2.3.4, 10.0.0.1, 127.0.0.1")
            #expect(
                chain == "10.0.0.1", "the nearest address that is not a proxy; what the client wrote before it is not believed")
            let direct = try key(peer: "127.0.0.1", forwarded: nil)
            #expect(direct == "127.0.0.1")
        }
    }
}
