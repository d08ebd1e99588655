import Foundation

/// When SQLite's writer waits for the disk (`PRAGMA synchronous`). `full` syncs the WAL at every
/// commit, so a booking answered "created" survives a power cut, as PostgreSQL's
/// `synchronous_commit=on` does; group commit shares that sync among the writes of a batch.
/// `normal` syncs only at checkpoints: still consistent after a crash, but the last commits before
/// a power cut may be lost. Chosen explicitly, never by default (X5: an answered write is kept).
public enum SQLiteSynchronous: String, Sendable, Equatable, CaseIterable {
    case full, normal

    var pragma: String { "PRAGMA synchronous = \(rawValue.uppercased())" }
}

/// An instance's PostgreSQL connections. A fleet multiplies them: instances × event loops ×
/// `connectionsPerEventLoop` must stay below the server's `max_connections`.
public struct PostgresPool: Sendable, Equatable {
    /// `HUIWU_DB_CONNECTIONS_PER_LOOP` (default 8; one event loop per core): enough for 32
    /// concurrent clients without starving two cores.
    public var connectionsPerEventLoop = 8
    /// `HUIWU_DB_POOL_TIMEOUT_MS` (default 3000): how long a request waits for a connection
    /// before it is answered 503 with `Retry-After` (overload), rather than queueing for ever.
    public var timeoutMilliseconds = 3_000

    public init() {}

    public init(environment: [String: String]) {
        if let n = environment["HUIWU_DB_CONNECTIONS_PER_LOOP"].flatMap(Int.init), (1...256).contains(n) {
            connectionsPerEventLoop = n
        }
        if let ms = environment["HUIWU_DB_POOL_TIMEOUT_MS"].flatMap(Int.init), (100...600_000).contains(ms) {
            timeoutMilliseconds = ms
        }
    }
}
