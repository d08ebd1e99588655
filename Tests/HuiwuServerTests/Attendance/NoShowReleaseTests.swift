import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor

@testable import HuiwuServer

/// No-show release (R1.3, X3): on under A1, off under A5; per occurrence, the organiser told.
@Suite("A room nobody checked in to is released")
struct NoShowReleaseTests {
    func booking(_ app: Application, _ meeting: UUID) async throws -> (booking: UUID?, room: UUID?) {
        let row = try await app.huiwu.store.reader.raw("SELECT booking_id, room_id FROM meetings WHERE id = \(bind: meeting)")
            .first()
        return (try row?.decode(column: "booking_id", as: UUID?.self), try row?.decode(column: "room_id", as: UUID?.self))
    }

    @Test(
        "A1: fifteen minutes after the start with nobody checked in, the booking is cancelled, the meeting loses the room, the organiser is told citing A1 四",
        arguments: TestDatabase.allCases)
    func a1Releases(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A1", count: 2)
            let held = try #require(try await booking(app, w.meeting).booking)
            clock.set(try Timestamp.parse(at("10:14")))
            #expect(try await app.huiwu.attendance.releaseNoShows(now: clock.now()) == 0)
            clock.set(try Timestamp.parse(at("10:15")))
            #expect(try await app.huiwu.attendance.releaseNoShows(now: clock.now()) == 1)
            #expect(try await app.huiwu.attendance.releaseNoShows(now: clock.now()) == 0, "released once")
            let after = try await booking(app, w.meeting)
            #expect(after.booking == nil && after.room == nil)
            let status = try await app.huiwu.store.reader.raw(
                "SELECT status, decision_reason FROM bookings WHERE id = \(bind: held)"
            )
            .first()
            #expect(try status?.decode(column: "status", as: String.self) == "cancelled")
            #expect(try status?.decode(column: "decision_reason", as: String.self) == "A1 四")
            let told = try await app.huiwu.store.reader.raw(
                "SELECT COUNT(*) AS n FROM notifications WHERE person_id = \(bind: w.organiser.id) AND kind = 'no_show.released'"
            ).first()?.decode(column: "n", as: Int.self)
            #expect(told == 1)
            let decision = try await app.huiwu.store.reader.raw(
                "SELECT clause_id FROM rule_decisions WHERE kind = 'no_show.release' AND subject_id = \(bind: w.meeting)"
            ).first()?.decode(column: "clause_id", as: String.self)
            #expect(decision == "A1-4-no-show")
            // The meeting page says where the room went, with the clause.
            let browser = try await PageClient.signIn(app, "office")
            let page = try await browser.page("/meetings/\(w.meeting)")
            #expect(page.contains("已于") && page.contains("释放：无人签到（A1 四"))
            // The meeting goes on: a latecomer still checks in.
            clock.set(try Timestamp.parse(at("10:20")))
            _ = try await app.huiwu.attendance.checkIn(meeting: w.meeting, person: w.people[0].id, method: .qr, at: clock.now())
        }
    }

    @Test("A1: one check-in keeps the room; A5 has no release at all")
    func keptWhenUsedOrOff() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A1", count: 2)
            try await w.checkIn(w.people[1], "10:05", clock: clock)
            clock.set(try Timestamp.parse(at("10:30")))
            #expect(try await app.huiwu.attendance.releaseNoShows(now: clock.now()) == 0)
            #expect(try await booking(app, w.meeting).booking != nil)
        }
        try await withHuiwu(.sqlite, clock: MutableClock(testNow)) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 2)
            #expect(try await app.huiwu.attendance.releaseNoShows(now: try Timestamp.parse(at("10:45"))) == 0)
            #expect(try await booking(app, w.meeting).booking != nil)
        }
    }
}
