import Foundation
import SQLKit

/// The claim-and-retry bookkeeping both outboxes share (meeting notices, account notices): a
/// claim is a conditional update taking a due row for a lease, so several processes never take
/// the same one, and a process killed mid-delivery leaves it to be taken again when the lease ends.
enum OutboxLease {
    /// Attempts before a notice is marked failed for good.
    static let maxAttempts = 6

    /// Waits before retry n (1-based): 30 s, 2 min, 10 min, 30 min, 2 h.
    static func backoff(_ attempt: Int) -> TimeInterval {
        [30, 120, 600, 1_800, 7_200][min(max(attempt, 1), 5) - 1]
    }

    /// Takes up to `limit` due rows of `table` for `lease` seconds; returns them as updated.
    /// `only`: a further condition on the rows (meeting notices leave those a robot post carries).
    static func claim(
        _ table: String, only: SQLQueryString = "1 = 1", limit: Int, lease: TimeInterval, now: Date, store: Store
    ) async throws -> [any SQLRow] {
        let due = try await store.reader.raw(
            """
            SELECT id FROM \(ident: table) WHERE state = 'queued' AND next_attempt_at <= \(bind: now) AND \(only)
            ORDER BY next_attempt_at LIMIT \(unsafeRaw: String(limit))
            """
        ).all().map { try $0.decode(column: "id", as: UUID.self) }
        guard !due.isEmpty else { return [] }
        return try await store.write { db in
            var claimed: [any SQLRow] = []
            for id in due {
                claimed += try await db.raw(
                    """
                    UPDATE \(ident: table) SET next_attempt_at = \(bind: now.addingTimeInterval(lease)), attempts = attempts + 1
                    WHERE id = \(bind: id) AND state = 'queued' AND next_attempt_at <= \(bind: now)
                    RETURNING *
                    """
                ).all()
            }
            return claimed
        }
    }

    /// Records a failed attempt: retried later, or failed for good after the last attempt (or at
    /// once when retrying cannot help, `permanent`).
    static func failed(
        _ table: String, id: UUID, attempts: Int, reason: String, permanent: Bool, now: Date,
        store: Store
    ) async throws {
        let final = permanent || attempts >= maxAttempts
        try await store.write { db in
            try await db.raw(
                """
                UPDATE \(ident: table) SET state = \(bind: final ? "failed" : "queued"),
                  last_error = \(bind: String(reason.prefix(500))), next_attempt_at = \(bind: now.addingTimeInterval(backoff(attempts)))
                WHERE id = \(bind: id) AND state = 'queued'
                """
            ).run()
        }
    }
}
