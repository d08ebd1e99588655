import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// The log-in throttle (X1), after OWASP ASVS V2.2.1: a stranger must not be able to lock a
/// colleague out by typing their (guessable, pinyin) username wrongly from somewhere else.
/// - One client that fails too often, for any usernames, is refused for a while (429).
/// - One client that fails too often for one username is refused for that username (429); a
///   success from that client starts its count again.
/// - A username failing from many clients is never refused: each attempt for it, right or wrong,
///   waits a little longer instead, and the person is told (ASVS V2.2.3).
public struct LoginThrottle: Sendable {
    public var window: TimeInterval = 15 * 60
    public var maxFailuresPerClient = 20
    public var maxFailuresPerPair = 5
    /// From this many failures of a username (from anywhere) on, attempts for it wait and the
    /// person is warned.
    public var slowDownAfter = 5
    public var firstPause: Duration = .milliseconds(500)
    public var longestPause: Duration = .seconds(8)
    /// How the wait is spent; tests record it instead of sleeping.
    public var pause: @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    /// Addresses of reverse proxies whose `X-Forwarded-For` names the client
    /// (`HUIWU_TRUSTED_PROXIES`, comma-separated; loopback by default, as in `make fleet`).
    public var trustedProxies: Set<String>

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let listed = environment["HUIWU_TRUSTED_PROXIES"] ?? "127.0.0.1,::1"
        trustedProxies = Set(listed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    /// The wait before an attempt for a username that failed `failures` times from anywhere: none
    /// below `slowDownAfter`, then doubling from `firstPause` up to `longestPause`.
    public func delay(afterFailures failures: Int) -> Duration {
        guard failures >= slowDownAfter else { return .zero }
        let doublings = min(failures - slowDownAfter, 16)
        return min(firstPause * (1 << doublings), longestPause)
    }

    /// Seconds until the oldest counted failure leaves the window (at least one).
    func retryAfter(oldest: Date?, now: Date) -> Int {
        guard let oldest else { return Int(window) }
        return max(1, Int((oldest.addingTimeInterval(window).timeIntervalSince(now)).rounded(.up)))
    }
}

extension Request {
    /// The client a log-in attempt is counted for: the peer, or — when the peer is a trusted proxy
    /// — the nearest address in `X-Forwarded-For` that is not one. (The in-process test harness
    /// has no peer; it is treated as a proxy so tests can name clients.)
    var clientKey: String {
        let trusted = huiwu.loginThrottle.trustedProxies
        let peer = remoteAddress?.ipAddress
        guard peer == nil || trusted.contains(peer!) else { return peer! }
        let forwarded = headers[.xForwardedFor].flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return forwarded.last { !trusted.contains($0) } ?? peer ?? "unknown"
    }
}
