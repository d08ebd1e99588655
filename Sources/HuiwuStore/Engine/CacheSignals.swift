import Foundation
import Logging
import NIOCore
import PostgresNIO
import SQLKit

/// Keeps each process's session cache honest in a fleet of instances on one PostgreSQL (X1). A
/// process caches resolved tokens for a few seconds (`SessionCache`); without this, signing out, a
/// new password or a deactivation on one instance would leave the person signed in on the others
/// until their entries expired. Writes that end sessions send `pg_notify` in their transaction
/// (delivered at commit); every process listens on a side connection and drops what it is told to.
///
/// While a process is not listening — before the first subscription, or after its connection
/// dropped and until it is back — its session cache is not trusted at all: every request reads
/// the database, so a missed signal can never leave a revoked token working.
final class CacheSignals: @unchecked Sendable {
    static let channel = "huiwu_cache"
    /// The listening connection's name in `pg_stat_activity` ("huiwu cache signals").
    static let purpose = "cache signals"
    /// How often the listening connection is asked to answer, and how long it may take: a
    /// connection that went half-open (a partition, a server gone without closing) would
    /// otherwise leave the process trusting its cache while hearing nothing.
    static let heartbeatSeconds: UInt64 = 5
    static let heartbeatTimeoutSeconds: UInt64 = 3

    private let lock = NSLock()
    private var task: Task<Void, Never>?
    private var connection: PostgresConnection?
    private var stopped = false
    private var logger = Logger(label: "huiwu.cache-signals")

    func start(url: String, eventLoop: any EventLoop, logger: Logger, caches: [any SignalledCache]) {
        lock.withLock { self.logger = logger }
        for cache in caches { cache.setTrusted(false) }
        let task = Task.detached { [weak self] in
            while !Task.isCancelled {
                var opened: PostgresConnection?
                do {
                    let connection = try await SideConnection.open(
                        url: url, purpose: CacheSignals.purpose,
                        eventLoop: eventLoop, logger: logger)
                    opened = connection
                    guard let self, self.adopt(connection) else {
                        try? await connection.close()
                        return
                    }
                    try await Self.listen(on: connection, caches: caches, logger: logger)
                } catch {
                    if !Task.isCancelled { logger.warning("cache signals: \(String(describing: error)); listening again") }
                }
                for cache in caches { cache.setTrusted(false) }
                try? await opened?.close()
                try? await Task.sleep(nanoseconds: 1_000_000_000)
            }
        }
        lock.withLock { self.task = task }
    }

    /// Keeps `connection` for `stop` to close; false if stopping already began.
    private func adopt(_ connection: PostgresConnection) -> Bool {
        lock.withLock {
            guard !stopped else { return false }
            self.connection = connection
            return true
        }
    }

    /// Trusts the cache while subscribed and the connection answers; returns or throws when
    /// either stops.
    private static func listen(on connection: PostgresConnection, caches: [any SignalledCache], logger: Logger) async throws {
        try await connection.listen(on: channel) { signals in
            // Whatever was cached while not listening may have been revoked meanwhile.
            for cache in caches {
                cache.clear()
                cache.setTrusted(true)
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    for try await signal in signals {
                        for cache in caches { cache.hear(signal.payload) }
                    }
                }
                group.addTask {
                    while true {
                        try await Task.sleep(nanoseconds: heartbeatSeconds * 1_000_000_000)
                        let answered = await Deadline.within(seconds: heartbeatTimeoutSeconds) {
                            _ = try await connection.query("SELECT 1", logger: logger)
                        }
                        guard answered else {
                            // Deaf from here on, whatever the connection does next.
                            for cache in caches { cache.setTrusted(false) }
                            try? await connection.close()
                            throw Unanswered()
                        }
                    }
                }
                // Either ending is the end of hearing: stop the other and let the caller reconnect.
                defer { group.cancelAll() }
                try await group.next()
            }
        }
    }

    /// Stops listening. Shutting down never waits on the database for long: the loop is given
    /// three seconds to end after its connection is closed, and is left to end on its own after.
    func stop() async {
        let (task, connection, logger) = lock.withLock { () -> (Task<Void, Never>?, PostgresConnection?, Logger) in
            stopped = true
            defer {
                self.task = nil
                self.connection = nil
            }
            return (self.task, self.connection, self.logger)
        }
        task?.cancel()
        _ = await Deadline.within(seconds: 3) { try await connection?.close() }
        if let task, !(await Deadline.within(seconds: 3) { await task.value }) {
            logger.warning("cache signals: the listener did not stop within 3 s; shutting down without it")
        }
    }

    private struct Unanswered: Error {}

    /// Tells every process of the fleet, this one included, at the commit of `db`'s transaction.
    static func send(payload: String, dialect: Store.Dialect, _ db: any SQLDatabase) async throws {
        guard dialect == .postgres else { return }
        try await db.raw("SELECT pg_notify(\(bind: channel), \(bind: payload))").run()
    }
}

/// Waits for an operation at most a given time, even one that ignores cancellation (a query on
/// a connection that went half-open): it runs in a task of its own, which is left behind if late.
enum Deadline {
    /// True if `operation` finished (successfully) within `seconds`.
    static func within(seconds: UInt64, _ operation: @escaping @Sendable () async throws -> Void) async -> Bool {
        let answer = OnceAnswer()
        return await withCheckedContinuation { continuation in
            answer.arm(continuation)
            Task.detached {
                let ok = (try? await operation()) != nil
                answer.give(ok)
            }
            Task.detached {
                try? await Task.sleep(nanoseconds: seconds * 1_000_000_000)
                answer.give(false)
            }
        }
    }

    /// Resumes its continuation once, with the first answer given.
    private final class OnceAnswer: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<Bool, Never>?

        func arm(_ continuation: CheckedContinuation<Bool, Never>) {
            lock.withLock { self.continuation = continuation }
        }

        func give(_ value: Bool) {
            let waiting = lock.withLock { () -> CheckedContinuation<Bool, Never>? in
                defer { continuation = nil }
                return continuation
            }
            waiting?.resume(returning: value)
        }
    }
}
