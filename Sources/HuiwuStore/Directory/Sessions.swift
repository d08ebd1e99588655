import Crypto
import Foundation
import SQLKit

/// A signed-in person, resolved from a session cookie or a bearer token.
public struct SignedIn: Sendable {
    public var person: PersonRecord
    public var sessionId: UUID
    public var csrfToken: String
    public var kind: String
    public var expiresAt: Date
}

/// Web sessions and API tokens, stored as SHA-256 digests (a database leak reveals no
/// usable token). Log-in attempts are recorded for rate limiting (X1).
public struct Sessions: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    public enum Kind: String, Sendable { case web, api }

    /// Starts a session; returns the secret token (only the caller ever sees it).
    public func start(
        for person: UUID, kind: Kind, lifetime: TimeInterval, now: Date
    ) async throws -> (token: String, csrf: String) {
        let token = Self.randomToken()
        let csrf = Self.randomToken()
        try await store.write { db in
            try await db.raw(
                """
                INSERT INTO auth_sessions (id, token_hash, kind, csrf_token, created_at, expires_at, person_id)
                VALUES (\(bind: UUID()), \(bind: Self.digest(token)), \(bind: kind.rawValue), \(bind: csrf), \(bind: now),
                        \(bind: now.addingTimeInterval(lifetime)), \(bind: person))
                """
            ).run()
            // Keep the table small: expired sessions go whenever someone signs in.
            try await db.raw("DELETE FROM auth_sessions WHERE expires_at < \(bind: now)").run()
        }
        return (token, csrf)
    }

    /// The active person behind a token, or nil if unknown, expired or deactivated.
    /// Answers are remembered for a few seconds (`SessionCache`): every API request resolves its
    /// token, and this spares the database that read on the hot path.
    /// The session of `token` if it was resolved recently (no query), else nil.
    public func cached(token: String, now: Date) -> SignedIn? {
        guard Self.mayBeToken(token) else { return nil }
        return store.sessionCache.lookup(Self.digest(token), now: now)
    }

    /// Anything empty or this long was never issued: not worth a hash or a query.
    private static func mayBeToken(_ token: String) -> Bool { !token.isEmpty && token.count < 200 }

    public func resolve(token: String, now: Date) async throws -> SignedIn? {
        guard Self.mayBeToken(token) else { return nil }
        let digest = Self.digest(token)
        if let cached = store.sessionCache.lookup(digest, now: now) { return cached }
        let readAt = store.sessionCache.currentGeneration
        guard
            let row = try await store.reader.raw(
                """
                SELECT p.*, s.id AS session_id, s.csrf_token AS session_csrf, s.kind AS session_kind,
                  s.expires_at AS session_expires_at
                FROM auth_sessions s JOIN people p ON p.id = s.person_id
                WHERE s.token_hash = \(bind: digest) AND s.expires_at > \(bind: now) AND p.active = \(bind: true)
                """
            ).first()
        else { return nil }
        let signedIn = SignedIn(
            person: try row.decode(PersonRecord.self),
            sessionId: try row.decode(column: "session_id", as: UUID.self),
            csrfToken: try row.decode(column: "session_csrf", as: String.self),
            kind: try row.decode(column: "session_kind", as: String.self),
            expiresAt: try row.decode(column: "session_expires_at", as: Date.self))
        store.sessionCache.remember(digest, signedIn, now: now, readAt: readAt)
        return signedIn
    }

    public func end(token: String) async throws {
        let digest = Self.digest(token)
        store.sessionCache.forget(digest)
        let dialect = store.dialect
        try await store.write { db in
            try await db.raw("DELETE FROM auth_sessions WHERE token_hash = \(bind: digest)").run()
            try await CacheSignals.send(.session(digest), dialect: dialect, db)
        }
    }

    static func digest(_ token: String) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(token.utf8)) {
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

/// Recently resolved sessions, kept for `ttl` seconds. Signing out, password changes and
/// changes to people clear entries at once — in this process directly, in the other processes
/// of a fleet through `CacheSignals`.
public final class SessionCache: SignalledCache, @unchecked Sendable {
    public static let ttl: TimeInterval = 10
    private static let capacity = 10_000
    private let lock = NSLock()
    private var entries: [String: (signedIn: SignedIn, until: Date)] = [:]
    /// False while a fleet process cannot hear other processes' revocations (`CacheSignals`).
    private var trusted = true
    /// Moves on every forget, clear and change of trust: an answer read from the database before
    /// a revocation arrived must not be remembered after it (`remember(_:_:now:readAt:)`).
    private var generation = 0

    func setTrusted(_ value: Bool) {
        lock.withLock {
            trusted = value
            generation += 1
            if !value { entries.removeAll() }
        }
    }

    /// Taken before reading a session from the database, handed back to `remember`.
    var currentGeneration: Int { lock.withLock { generation } }

    func lookup(_ digest: String, now: Date) -> SignedIn? {
        lock.withLock {
            guard trusted, let entry = entries[digest] else { return nil }
            guard entry.until > now, entry.signedIn.expiresAt > now else {
                entries[digest] = nil
                return nil
            }
            return entry.signedIn
        }
    }

    func remember(_ digest: String, _ signedIn: SignedIn, now: Date, readAt: Int) {
        lock.withLock {
            guard trusted, readAt == generation else { return }
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[digest] = (signedIn, now.addingTimeInterval(Self.ttl))
        }
    }

    func forget(_ digest: String) {
        lock.withLock {
            generation += 1
            entries[digest] = nil
        }
    }

    /// A fleet's other process signed someone out or changed people (`CacheSignal`).
    func hear(_ payload: String) {
        switch CacheSignal(payload: payload) {
        case .sessions?: clear()
        case .session(let digest)?: forget(digest)
        case nil: break
        }
    }

    /// Drops everything (a person's role, department, activity or password changed).
    public func clear() {
        lock.withLock {
            generation += 1
            entries.removeAll()
        }
    }
}
