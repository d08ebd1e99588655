import Foundation
import HuiwuCore
import HuiwuTestSupport
import SQLKit
import Testing

@testable import HuiwuStore

/// A fleet's processes each cache resolved tokens for a few seconds; a revocation on one must
/// reach the others at once (`CacheSignals`).
@Suite("Session caches of a fleet", .timeLimit(.minutes(10)))
struct FleetSessionTests {
    @Test("signing out, or a new password, on one instance ends the session on the others at once")
    func revocationReachesEveryInstance() async throws {
        try await withStores(.postgres, count: 2) { stores in
            let f = try await StoreFixture.make(stores[0])
            let here = Sessions(store: stores[0]), there = Sessions(store: stores[1])
            try await Self.untilListening(stores)
            let first = try await here.start(for: f.staff.id, kind: .api, lifetime: 3_600, now: storeNow)
            let second = try await here.start(for: f.staff.id, kind: .api, lifetime: 3_600, now: storeNow)
            // Resolved, hence cached, on the other instance.
            #expect(try await there.resolve(token: first.token, now: storeNow) != nil)
            #expect(there.cached(token: first.token, now: storeNow) != nil)
            try await here.end(token: first.token)
            #expect(try await Self.eventually { there.cached(token: first.token, now: storeNow) == nil })
            #expect(try await there.resolve(token: first.token, now: storeNow) == nil)

            #expect(try await there.resolve(token: second.token, now: storeNow) != nil)
            try await People(store: stores[0]).setPassword(f.staff.id, hash: "y")
            #expect(try await Self.eventually { there.cached(token: second.token, now: storeNow) == nil })
            #expect(try await there.resolve(token: second.token, now: storeNow) == nil)
        }
    }

    /// Waits until every store hears signals (a just-opened store does not trust its cache yet).
    static func untilListening(_ stores: [Store]) async throws {
        let probe = SignedIn(
            person: PersonRecord(
                id: UUID(), username: "probe", displayName: "probe", passwordHash: "", role: "staff",
                position: nil, email: nil, active: true, createdAt: storeNow, departmentId: nil),
            sessionId: UUID(), csrfToken: "", kind: "api", expiresAt: storeNow.addingTimeInterval(60))
        let ready = try await eventually {
            stores.allSatisfy { store in
                store.sessionCache.remember("probe", probe, now: storeNow, readAt: store.sessionCache.currentGeneration)
                defer { store.sessionCache.forget("probe") }
                return store.sessionCache.lookup("probe", now: storeNow) != nil
            }
        }
        try #require(ready, "the stores never started listening")
    }

    static func eventually(_ condition: () -> Bool) async throws -> Bool {
        for _ in 0..<100 {
            if condition() { return true }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        return condition()
    }
}

extension FleetSessionTests {
    @Test("a process whose listening connection is cut stops trusting its cache, listens again and hears revocations")
    func listenerReconnects() async throws {
        try await withStores(.postgres, count: 2) { stores in
            let f = try await StoreFixture.make(stores[0])
            let here = Sessions(store: stores[0]), there = Sessions(store: stores[1])
            try await Self.untilListening(stores)
            let session = try await here.start(for: f.staff.id, kind: .api, lifetime: 3_600, now: storeNow)
            #expect(try await there.resolve(token: session.token, now: storeNow) != nil)
            #expect(there.cached(token: session.token, now: storeNow) != nil)
            // What a lost connection looks like: the server ends both processes' listeners.
            _ = try await stores[0].reader.raw(
                """
                SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
                WHERE datname = current_database() AND application_name = \(bind: "huiwu " + CacheSignals.purpose)
                """
            ).all()
            // Deaf, the cache is dropped and not used.
            #expect(try await Self.eventually { there.cached(token: session.token, now: storeNow) == nil })
            try await Self.untilListening(stores)
            #expect(try await there.resolve(token: session.token, now: storeNow) != nil)
            // Listening again: a deactivation on one instance ends the session on the other at once.
            var person = try #require(try await People(store: stores[0]).person(f.staff.id))
            person.active = false
            _ = try await People(store: stores[0]).updatePerson(person)
            #expect(try await Self.eventually { there.cached(token: session.token, now: storeNow) == nil })
            #expect(try await there.resolve(token: session.token, now: storeNow) == nil)
        }
    }
}
