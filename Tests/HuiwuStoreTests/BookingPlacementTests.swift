import Foundation
import HuiwuCore
import HuiwuTestSupport
import SQLKit
import Testing

@testable import HuiwuStore

/// Many bookings at once: on PostgreSQL they share insert statements (`PostgresBookingBatch`),
/// on SQLite a group commit. Either way each caller gets its own answer.
@Suite("Placing bookings concurrently")
struct BookingPlacementTests {
    @Test(
        "concurrent bookings of free slots are all placed, each with its audit event and notification",
        arguments: TestDatabase.allCases)
    func concurrentFreeSlots(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let ledger = BookingLedger(store: store, time: shanghai)
            let ids = try await withThrowingTaskGroup(of: UUID.self) { group in
                for i in 0..<40 {
                    let start = 8 * 60 + (i / 2) * 15
                    let draft = f.draft(clock(start), clock(start + 15), room: i % 2 == 0 ? f.room : f.other)
                    group.addTask { try await ledger.place(draft, by: f.staff, now: storeNow).booking.id }
                }
                return try await group.reduce(into: Set<UUID>()) { $0.insert($1) }
            }
            #expect(ids.count == 40)
            let counts = try await store.reader.raw(
                """
                SELECT (SELECT COUNT(*) FROM bookings) AS b,
                       (SELECT COUNT(*) FROM booking_events WHERE action = 'created') AS e,
                       (SELECT COUNT(*) FROM notifications WHERE kind = 'booking.received') AS n
                """
            ).first()
            #expect(try counts?.decode(column: "b", as: Int.self) == 40)
            #expect(try counts?.decode(column: "e", as: Int.self) == 40)
            #expect(try counts?.decode(column: "n", as: Int.self) == 40)
            let one = try #require(try await Bookings(store: store).view(ids.first!))
            #expect(one.booking.statusValue == .pending)
            #expect(one.booking.departmentId == f.staff.departmentId)
            #expect(one.booking.decidedById == nil)
        }
    }

    @Test(
        "concurrent requests for one slot: exactly one is placed, every other gets the holder",
        arguments: TestDatabase.allCases)
    func concurrentSameSlot(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let ledger = BookingLedger(store: store, time: shanghai)
            let outcomes = try await withThrowingTaskGroup(of: Result<UUID, BookingError>.self) { group in
                for i in 0..<24 {
                    // Overlapping but not identical intervals, so no two requests are the same row.
                    let draft = f.draft(clock(10 * 60 + i % 3), clock(11 * 60 + i % 3))
                    group.addTask {
                        do { return .success(try await ledger.place(draft, by: f.staff, now: storeNow).booking.id) } catch let e
                            as BookingError
                        {
                            return .failure(e)
                        }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let placed = outcomes.compactMap { try? $0.get() }
            #expect(placed.count == 1)
            for case .failure(let error) in outcomes {
                guard case .conflict(let holders, _) = error else {
                    Issue.record("expected a conflict, got \(error)")
                    continue
                }
                #expect(holders.map(\.id) == placed)
            }
            #expect(try await Bookings(store: store).list(.init()).count == 1)
        }
    }

    @Test("a room closed after it was last read refuses the next booking", arguments: TestDatabase.allCases)
    func roomChangedSinceRead(kind: TestDatabase) async throws {
        guard
            let error = try await nextBookingAfter(
                kind,
                { f in
                    "UPDATE rooms SET status = 'closed', version = version + 1 WHERE id = '\(f.room.id.uuidString)'"
                })
        else { return }
        guard case .rules(let violations) = error else {
            Issue.record("expected a rule violation, got \(error)")
            return
        }
        #expect(violations.contains(.roomClosed))
    }

    @Test("a purpose withdrawn after it was last read is refused (R1.4)", arguments: TestDatabase.allCases)
    func purposeWithdrawnSinceRead(kind: TestDatabase) async throws {
        guard let error = try await nextBookingAfter(kind, { _ in "UPDATE purposes SET active = (1 = 0) WHERE code = 'meeting'" })
        else { return }
        guard case .rules(let violations) = error else {
            Issue.record("expected a rule violation, got \(error)")
            return
        }
        #expect(violations.contains(.purposeNotAllowed("meeting")))
    }

    /// Books once (so the room and purposes have been read), applies `change`, then books again:
    /// the second booking's error, with nothing more written (nil when this database is not
    /// configured for the run).
    private func nextBookingAfter(
        _ kind: TestDatabase, _ change: @escaping @Sendable (StoreFixture) -> String
    ) async throws -> BookingError? {
        var refusal: BookingError?
        var ran = false
        try await withStore(kind) { store in
            ran = true
            let f = try await StoreFixture.make(store)
            let ledger = BookingLedger(store: store, time: shanghai)
            _ = try await ledger.place(f.draft("09:00", "10:00"), by: f.staff, now: storeNow)
            try await store.write { db in try await db.raw(SQLQueryString(change(f))).run() }
            do {
                _ = try await ledger.place(f.draft("10:00", "11:00"), by: f.staff, now: storeNow)
            } catch let error as BookingError {
                refusal = error
            }
            #expect(try await Bookings(store: store).list(.init()).count == 1)
        }
        guard ran else { return nil }
        #expect(refusal != nil, "the second booking was placed")
        return refusal
    }
}

private func clock(_ minutes: Int) -> String { Timestamp.pad(minutes / 60, 2) + ":" + Timestamp.pad(minutes % 60, 2) }
