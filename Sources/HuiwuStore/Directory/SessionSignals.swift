import SQLKit

/// What a process tells the others of its fleet to forget about sessions (X1). The payloads are
/// what every version of Huiwu sends and hears on `CacheSignals.channel`.
enum CacheSignal: Sendable, Equatable {
    /// Every cached session (a person's role, department, activity or password changed).
    case sessions
    /// One session, by token digest (signed out).
    case session(String)

    var payload: String {
        switch self {
        case .sessions: "sessions"
        case .session(let digest): "session:" + digest
        }
    }

    init?(payload: String) {
        if payload == "sessions" {
            self = .sessions
        } else if payload.hasPrefix("session:") {
            self = .session(String(payload.dropFirst("session:".count)))
        } else {
            return nil
        }
    }
}

extension CacheSignals {
    /// Tells every process of the fleet, this one included, at the commit of `db`'s transaction.
    static func send(_ signal: CacheSignal, dialect: Store.Dialect, _ db: any SQLDatabase) async throws {
        try await send(payload: signal.payload, dialect: dialect, db)
    }
}

extension Store {
    /// Recently resolved sessions (see `SessionCache`), kept honest across a fleet by `CacheSignals`.
    public var sessionCache: SessionCache { locals.value(SessionCache.self) { SessionCache() } }
}
