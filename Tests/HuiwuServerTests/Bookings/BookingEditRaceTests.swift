import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor

@testable import HuiwuServer

/// An edit takes the same never-double-book path as a new booking (R1.1): edits and a new
/// booking racing into one slot, on SQLite and PostgreSQL, leave exactly one there.
@Suite("Edits never double-book")
struct BookingEditRaceTests {
    @Test(
        "edits and a create racing into one slot: exactly one succeeds, the rest are conflicts", arguments: TestDatabase.allCases)
    func editsRaceIntoOneSlot(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let ledger = app.huiwu.ledger
            let staff = Actor(id: f.staff.id, role: .staff, departmentId: f.sales.id, displayName: f.staff.displayName)
            var ids: [UUID] = []
            for hour in 0..<8 {
                let start = try Timestamp.parse(at(String(format: "%02d:00", 9 + hour)))
                let placed = try await ledger.place(
                    BookingDraft(
                        roomId: f.auto.id, interval: Interval(start: start, end: start.addingTimeInterval(1800)),
                        title: "原定", purpose: "meeting", headcount: 3), by: staff, now: testNow)
                ids.append(placed.booking.id)
            }
            let target = Interval(start: try Timestamp.parse(at("18:00")), end: try Timestamp.parse(at("19:00")))
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for id in ids {
                    group.addTask {
                        do {
                            _ = try await ledger.move(
                                id, BookingChange(roomId: f.small.id, interval: target), by: staff, expectedVersion: nil,
                                now: testNow)
                            return true
                        } catch BookingError.conflict { return false }
                    }
                }
                group.addTask {
                    do {
                        _ = try await ledger.place(
                            BookingDraft(roomId: f.small.id, interval: target, title: "新约", purpose: "meeting", headcount: 3),
                            by: staff, now: testNow)
                        return true
                    } catch BookingError.conflict { return false }
                }
                var all: [Bool] = []
                for try await ok in group { all.append(ok) }
                return all
            }
            #expect(outcomes.filter { $0 }.count == 1)
            #expect(outcomes.count == ids.count + 1)
            let inSlot = try await app.huiwu.bookings.list(
                .init(roomId: f.small.id, statuses: [.pending, .approved], from: target.start, to: target.end))
            #expect(inSlot.count == 1)
        }
    }
}
