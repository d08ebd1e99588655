import Foundation
import HuiwuCore
import SQLKit

/// What the log-in throttle (X1, OWASP ASVS V2.2.1) knows of recent failures: counted for the
/// username from everywhere, from this client for any username, and for the pair.
public struct LoginFailures: Sendable, Equatable {
    public var byUser: Int
    public var byClient: Int
    public var byPair: Int
    /// The oldest failure still counted, per key: when it leaves the window, the count drops.
    public var oldestByClient: Date?
    public var oldestByPair: Date?
}

/// Log-in attempts (X1): recorded per attempt, counted over a window.
public struct LoginAttempts: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    /// The key a username is counted under: as typed, trimmed and lower-cased, so `WangFang`
    /// and ` wangfang` are one account's failures.
    public static func key(_ username: String) -> String {
        username.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    public func record(username: String, client: String, succeeded: Bool, now: Date) async throws {
        try await store.write { db in
            try await db.raw(
                """
                INSERT INTO login_attempts (id, username, client, succeeded, attempted_at)
                VALUES (\(bind: UUID()), \(bind: Self.key(username)), \(bind: client), \(bind: succeeded), \(bind: now))
                """
            ).run()
        }
    }

    /// Failed attempts after `since`.
    public func failures(username: String, client: String, since: Date) async throws -> LoginFailures {
        let user = Self.key(username)
        let failed: SQLQueryString = "succeeded = \(bind: false) AND attempted_at > \(bind: since)"
        // The pair's count starts again after a success from that client (failures of the same
        // instant still count: the success does not clear what it cannot be shown to follow).
        let sinceSuccess: SQLQueryString = """
            attempted_at >= COALESCE((SELECT MAX(attempted_at) FROM login_attempts WHERE username = \(bind: user)
              AND client = \(bind: client) AND succeeded = \(bind: true)), \(bind: since))
            """
        let row = try await store.reader.raw(
            """
            SELECT
              (SELECT COUNT(*) FROM login_attempts WHERE username = \(bind: user) AND \(failed)) AS by_user,
              (SELECT COUNT(*) FROM login_attempts WHERE client = \(bind: client) AND \(failed)) AS by_client,
              (SELECT COUNT(*) FROM login_attempts WHERE username = \(bind: user) AND client = \(bind: client) AND \(failed)
                 AND \(sinceSuccess)) AS by_pair,
              (SELECT MIN(attempted_at) FROM login_attempts WHERE client = \(bind: client) AND \(failed)) AS oldest_client,
              (SELECT MIN(attempted_at) FROM login_attempts WHERE username = \(bind: user) AND client = \(bind: client)
                 AND \(failed) AND \(sinceSuccess)) AS oldest_pair
            """
        ).first()
        guard let row else { return LoginFailures(byUser: 0, byClient: 0, byPair: 0) }
        return LoginFailures(
            byUser: try row.decode(column: "by_user", as: Int.self),
            byClient: try row.decode(column: "by_client", as: Int.self),
            byPair: try row.decode(column: "by_pair", as: Int.self),
            oldestByClient: try row.decode(column: "oldest_client", as: Date?.self),
            oldestByPair: try row.decode(column: "oldest_pair", as: Date?.self))
    }

    /// Tells a person their account sees repeated failed log-ins (ASVS V2.2.3), at most once per
    /// `quiet` interval: in the app, and by e-mail and webhook through the account outbox.
    /// Returns whether a notice was written.
    public func warn(person: PersonRecord, failures: Int, client: String, quiet: TimeInterval, now: Date) async throws -> Bool {
        try await store.write { db in
            let recent = try await db.raw(
                """
                SELECT id FROM notifications WHERE person_id = \(bind: person.id)
                  AND kind = \(bind: NotificationKind.accountLoginFailures.rawValue) AND created_at > \(bind: now.addingTimeInterval(-quiet))
                """
            ).first()
            guard recent == nil else { return false }
            let params = NotificationParams(title: String(failures), reason: client)
            try await Outbox.notify(db, person: person.id, kind: .accountLoginFailures, booking: nil, params: params, at: now)
            try await AccountOutbox.queue(person: person.id, kind: .accountLoginFailures, params: params, now: now, db)
            return true
        }
    }
}
