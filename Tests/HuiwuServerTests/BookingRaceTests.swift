import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor

@testable import HuiwuServer

@Suite("Never double-book under concurrency")
struct BookingRaceTests {
    /// 60 clients race over real HTTP for one slot: exactly one wins, the rest get 409.
    @Test("concurrent requests for one slot make exactly one booking", arguments: TestDatabase.allCases)
    func concurrentRequestsMakeOneBooking(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let tokens = [f.tokens["staff"]!, f.tokens["colleague"]!, f.tokens["office"]!]
            let roomId = f.small.id.uuidString
            let client = app.client
            let statuses = try await app.whileListening { port in
                try await withThrowingTaskGroup(of: UInt.self) { group in
                    for i in 0..<60 {
                        // Overlapping but not identical slots, so the check must be a true overlap test.
                        let start = ["10:00", "10:15", "10:30"][i % 3]
                        let end = ["11:00", "11:15", "10:45"][i % 3]
                        let token = tokens[i % tokens.count]
                        group.addTask {
                            let body = RaceBody(
                                roomId: roomId, startsAt: at(start), endsAt: at(end), purpose: "meeting", headcount: 3)
                            let res = try await client.post(
                                URI(string: "http://127.0.0.1:\(port)/api/v1/bookings"),
                                headers: ["Authorization": "Bearer \(token)"], content: body)
                            return res.status.code
                        }
                    }
                    var all: [UInt] = []
                    for try await s in group { all.append(s) }
                    return all
                }
            }
            #expect(statuses.filter { $0 == 201 }.count == 1)
            #expect(statuses.filter { $0 == 409 }.count == 59)
            let active = try await app.huiwu.store.reader.raw(
                "SELECT COUNT(*) AS n FROM bookings WHERE status IN ('pending', 'approved')"
            ).first()!.decode(column: "n", as: Int.self)
            #expect(active == 1)
        }
    }

    /// Priority bookings and ordinary ones racing for the same room still never overlap.
    @Test("priority and ordinary bookings racing keep the invariant", arguments: TestDatabase.allCases)
    func priorityRaceKeepsInvariant(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let ledger = app.huiwu.ledger
            let office = Actor(id: f.office.id, role: .roomOffice, departmentId: nil, displayName: "王芳")
            let staff = Actor(id: f.staff.id, role: .staff, departmentId: f.sales.id, displayName: "刘洋")
            let now = testNow
            await withTaskGroup(of: Void.self) { group in
                for i in 0..<40 {
                    group.addTask {
                        let start = try! Timestamp.parse(at(["10:00", "10:30", "11:00", "09:30"][i % 4]))
                        let draft = BookingDraft(
                            roomId: f.small.id, interval: Interval(start: start, end: start.addingTimeInterval(3600)),
                            title: "race \(i)", purpose: "meeting", headcount: 2)
                        _ = try? await ledger.place(
                            draft, by: i % 5 == 0 ? office : staff,
                            priorityReason: i % 5 == 0 ? "接待" : nil, now: now)
                    }
                }
            }
            let active = try await app.huiwu.bookings.list(.init(roomId: f.small.id, statuses: [.pending, .approved]))
            for (i, a) in active.enumerated() {
                for b in active[(i + 1)...] {
                    #expect(!a.booking.interval.overlaps(b.booking.interval))
                }
            }
            #expect(!active.isEmpty)
        }
    }
}

struct RaceBody: Content {
    var roomId: String
    var startsAt: String
    var endsAt: String
    var purpose: String
    var headcount: Int
}
