import Foundation
import PostgresNIO

/// Failures that say "try again", not "this is wrong": PostgreSQL aborting one of two
/// transactions that wait on each other, or a pool with no connection free in time.
///
/// Writes retry the first kind transparently (`Store.write`, `Store.statement`); what remains
/// after the retries, and a pool timeout, reaches the client as 503 with `Retry-After`, never as
/// a 500 (a fleet racing for one slot must answer every caller, and quickly).
public enum TransientFailure {
    /// SQLSTATEs after which the same transaction, run again, can succeed:
    /// 40P01 deadlock_detected, 40001 serialization_failure.
    static let retryableStates: Set<String> = ["40P01", "40001"]
    /// Also transient, but not retried in place (waiting longer would not help the request):
    /// 55P03 lock_not_available, 57014 query_canceled (statement timeout), 53300 too_many_connections.
    static let busyStates: Set<String> = ["55P03", "57014", "53300"]

    /// The SQLSTATE of a PostgreSQL error, if it is one.
    public static func sqlState(of error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    /// A deadlock or serialization failure: running the transaction again may succeed.
    public static func isRetryable(_ error: any Error) -> Bool {
        sqlState(of: error).map(retryableStates.contains) ?? false
    }

    /// The database is momentarily unable to serve this request (after any retries).
    public static func isBusy(_ error: any Error) -> Bool {
        guard let state = sqlState(of: error) else { return false }
        return retryableStates.contains(state) || busyStates.contains(state)
    }

    /// How many times a write runs at most when PostgreSQL keeps aborting it.
    static let attempts = 6

    /// Jitter over an exponential ceiling (4, 8, 16 … 64 ms): two transactions that deadlocked
    /// rarely come back at the same instant, and the total wait stays well under a second.
    static func pause(before attempt: Int) async {
        let ceiling = 2_000_000 << min(attempt, 5)
        try? await Task.sleep(nanoseconds: UInt64(Int.random(in: ceiling / 4...ceiling)))
    }

    /// Runs `body` until it succeeds, fails for another reason, or the attempts are spent.
    static func retrying<T>(_ body: () async throws -> T) async throws -> T {
        var attempt = 1
        while true {
            do {
                return try await body()
            } catch  where isRetryable(error) && attempt < attempts {
                await pause(before: attempt)
                attempt += 1
            }
        }
    }
}
