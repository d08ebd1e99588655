import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// Overload is answered as overload. A request that cannot get a database connection
/// in time is told to come back (503, Retry-After), instead of a 500 or an endless wait.
@Suite("Overload is a 503 with Retry-After, never a 500", .timeLimit(.minutes(10)))
struct OverloadTests {
    @Test("a request finding every database connection busy past the pool timeout is 503 with Retry-After")
    func exhaustedPoolIs503() async throws {
        var pool = PostgresPool()
        pool.connectionsPerEventLoop = 1
        // Long enough that setting up the app never times out on a loaded test machine.
        pool.timeoutMilliseconds = 2_000
        try await withHuiwu(.postgres, pool: pool) { app in
            let f = try await Fixture.make(app)
            let store = app.huiwu.store
            // Far more holders than connections, so every event loop's one connection is taken
            // (whichever loop each lands on) for 6 s; those left waiting give up after 2 s.
            let holders = Task {
                await withTaskGroup(of: Void.self) { group in
                    for _ in 0..<64 {
                        group.addTask { _ = try? await store.write { db in try await db.raw("SELECT pg_sleep(6)").run() } }
                    }
                }
            }
            try await Task.sleep(nanoseconds: 1_000_000_000)
            // Answered when the pool gives up (2 s), not when a connection comes free (6 s: a 200).
            let res = try await app.send(.GET, "/api/v1/rooms", as: f.tokens["staff"])
            #expect(res.status == .serviceUnavailable)
            #expect(res.headers.first(name: .retryAfter) == "1")
            #expect(res.json["code"] as? String == "busy")
            await holders.value
            // Once the connections are free again, the same request is served.
            let again = try await app.send(.GET, "/api/v1/rooms", as: f.tokens["staff"])
            #expect(again.status == .ok)
        }
    }
}
