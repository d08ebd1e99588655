import Foundation
import HuiwuCore
@testable import HuiwuServer
import HuiwuStore
import Testing
import Vapor
import VaporTesting

/// Issue 9: overload is answered as overload. A request that cannot get a database connection
/// in time is told to come back (503, Retry-After), instead of a 500 or an endless wait.
@Suite("Overload is a 503 with Retry-After, never a 500")
struct OverloadTests {
    @Test("a request finding every database connection busy past the pool timeout is 503 with Retry-After")
    func exhaustedPoolIs503() async throws {
        var pool = PostgresPool()
        pool.connectionsPerEventLoop = 1
        pool.timeoutMilliseconds = 300
        try await withHuiwu(.postgres, pool: pool) { app in
            let f = try await Fixture.make(app)
            let store = app.huiwu.store
            // Far more holders than connections, so every event loop's one connection is taken
            // (whichever loop each lands on); those left waiting give up after 300 ms.
            let holders = Task {
                await withTaskGroup(of: Void.self) { group in
                    for _ in 0..<64 {
                        group.addTask { _ = try? await store.write { db in try await db.raw("SELECT pg_sleep(2)").run() } }
                    }
                }
            }
            try await Task.sleep(nanoseconds: 500_000_000)
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
