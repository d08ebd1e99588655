import Foundation
import HuiwuCore
import HuiwuTestSupport
import SQLKit
import Testing

@testable import HuiwuStore

@Suite("BookingLedger: the single booking path")
struct BookingLedgerTests {
    @Test("an overlap is refused with the holder; nothing is written", arguments: TestDatabase.allCases)
    func overlapIsRefused(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let ledger = BookingLedger(store: store, time: shanghai)
            let first = try await ledger.place(f.draft("10:00", "11:00"), by: f.staff, now: storeNow)
            await #expect(throws: BookingError.self) {
                _ = try await ledger.place(f.draft("10:59", "12:00"), by: f.staff, now: storeNow)
            }
            do {
                _ = try await ledger.place(f.draft("09:30", "10:30"), by: f.staff, now: storeNow)
                Issue.record("expected a conflict")
            } catch BookingError.conflict(let holders, let alternatives) {
                #expect(holders.map(\.id) == [first.booking.id])
                #expect(alternatives.otherRooms.map(\.roomName) == ["B"])
            }
            let all = try await Bookings(store: store).list(.init())
            #expect(all.count == 1)
        }
    }

    @Test("a cancelled booking frees its slot", arguments: TestDatabase.allCases)
    func cancellingFreesTheSlot(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let ledger = BookingLedger(store: store, time: shanghai)
            let first = try await ledger.place(f.draft("10:00", "11:00"), by: f.staff, now: storeNow)
            _ = try await ledger.cancel(first.booking.id, reason: nil, by: f.staff, expectedVersion: 1, now: storeNow)
            let second = try await ledger.place(f.draft("10:00", "11:00"), by: f.staff, now: storeNow)
            #expect(second.booking.statusValue == .pending)
        }
    }

    @Test("priority displaces every overlapping booking and notifies each owner", arguments: TestDatabase.allCases)
    func priorityDisplaces(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let ledger = BookingLedger(store: store, time: shanghai)
            let a = try await ledger.place(f.draft("09:00", "10:00"), by: f.staff, now: storeNow)
            let b = try await ledger.place(f.draft("10:00", "11:00"), by: f.staff, now: storeNow)
            let p = try await ledger.place(f.draft("09:30", "10:30"), by: f.office, priorityReason: "接待", now: storeNow)
            #expect(Set(p.displaced.map(\.id)) == [a.booking.id, b.booking.id])
            let notes = try await Notifications(store: store).notifications(for: f.staff.id).rows
            let displaced = notes.filter { $0.kind == NotificationKind.bookingDisplaced.rawValue }
            #expect(displaced.count == 2)
            #expect(displaced.allSatisfy { !(NotificationParams.decode($0.params).alternatives ?? []).isEmpty })
            let history = try await Bookings(store: store).history(a.booking.id)
            #expect(history.map(\.event.action) == ["created", "displaced"])
        }
    }

    @Test("a stale expected version changes nothing", arguments: TestDatabase.allCases)
    func staleVersion(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let ledger = BookingLedger(store: store, time: shanghai)
            let a = try await ledger.place(f.draft("10:00", "11:00"), by: f.staff, now: storeNow)
            _ = try await ledger.approve(a.booking.id, by: f.office, expectedVersion: 1, now: storeNow)
            await #expect(throws: BookingError.self) {
                _ = try await ledger.move(
                    a.booking.id, BookingChange(interval: Interval(start: local("14:00"), end: local("15:00"))),
                    by: f.staff, expectedVersion: 1, now: storeNow)
            }
            let current = try #require(try await Bookings(store: store).view(a.booking.id))
            #expect(current.booking.startsAt == local("10:00"))
            #expect(current.booking.version == 2)
        }
    }

    @Test("a booker's move goes back to approval; the room office's does not", arguments: TestDatabase.allCases)
    func moveReapproval(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let f = try await StoreFixture.make(store)
            let ledger = BookingLedger(store: store, time: shanghai)
            let a = try await ledger.place(f.draft("10:00", "11:00"), by: f.staff, now: storeNow)
            _ = try await ledger.approve(a.booking.id, by: f.office, expectedVersion: nil, now: storeNow)
            let moved = try await ledger.move(
                a.booking.id, BookingChange(roomId: f.other.id), by: f.staff,
                expectedVersion: nil, now: storeNow)
            #expect(moved.statusValue == .pending)
            _ = try await ledger.approve(a.booking.id, by: f.office, expectedVersion: nil, now: storeNow)
            let rearranged = try await ledger.move(
                a.booking.id, BookingChange(roomId: f.room.id), by: f.office,
                expectedVersion: nil, now: storeNow)
            #expect(rearranged.statusValue == .approved)
        }
    }

    @Test("PostgreSQL itself refuses an overlapping active booking (exclusion constraint)")
    func exclusionConstraintHolds() async throws {
        try await withStore(.postgres) { store in
            let f = try await StoreFixture.make(store)
            let ledger = BookingLedger(store: store, time: shanghai)
            let a = try await ledger.place(f.draft("10:00", "11:00"), by: f.staff, now: storeNow)
            var copy = a.booking
            copy.id = UUID()
            copy.startsAt = local("10:30")
            copy.endsAt = local("11:30")
            let overlapping = copy
            await #expect(throws: (any Error).self) {
                try await store.write { db in try await db.insert(into: "bookings").row(overlapping).run() }
            }
            copy.status = BookingStatus.cancelled.rawValue
            let inactive = copy
            try await store.write { db in try await db.insert(into: "bookings").row(inactive).run() }
        }
    }
}

@Suite("Write transactions")
struct WriteTransactionTests {
    struct Refused: Error {}

    /// On SQLite concurrent writes share one COMMIT (group commit), each in its own savepoint.
    @Test("concurrent writes each commit or roll back on their own", arguments: TestDatabase.allCases)
    func failingWriteRollsBackAlone(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for i in 0..<40 {
                    group.addTask {
                        do {
                            try await store.write { db in
                                try await db.raw(
                                    """
                                    INSERT INTO departments (id, name, created_at) VALUES (\(bind: UUID()), \(bind: "部门\(i)"), \(bind: storeNow))
                                    """
                                ).run()
                                if i % 3 == 0 { throw Refused() }
                            }
                        } catch is Refused {}
                    }
                }
                try await group.waitForAll()
            }
            let names = try await People(store: store).departments().map(\.name)
            #expect(names.count == 26)
            #expect(!names.contains("部门0") && names.contains("部门1"))
        }
    }
}
