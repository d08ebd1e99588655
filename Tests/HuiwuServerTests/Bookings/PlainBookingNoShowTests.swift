import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor

@testable import HuiwuServer

/// A1 四's no-show release holds for plain bookings as well as meetings (R1.3): the room
/// register's check-in keeps the room; nobody checked in releases it, the decision stored with
/// its clause and the booker told.
@Suite("A plain booking nobody checked in to is released")
struct PlainBookingNoShowTests {
    func status(_ app: Application, _ id: String) async throws -> (String, String?) {
        let row = try await app.huiwu.store.reader.raw(
            "SELECT status, decision_reason FROM bookings WHERE id = \(bind: UUID(uuidString: id)!)"
        ).first()
        return (try row!.decode(column: "status", as: String.self), try row!.decode(column: "decision_reason", as: String?.self))
    }

    @Test(
        "A1: a plain booking unused fifteen minutes after the start is cancelled under A1 四, the booker told; a checked-in one stays",
        arguments: TestDatabase.allCases)
    func plainBookingReleased(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let f = try await Fixture.make(app)
            _ = try await DemoRulebook.adopt(app, name: "A1")
            let unused = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.auto, "10:00", "11:00"))
            #expect(unused.status == .created)
            let used = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.small, "10:00", "11:00"))
            #expect(used.status == .created)
            let unusedId = try #require(unused.json["id"] as? String)
            let usedId = try #require(used.json["id"] as? String)
            _ = try await app.send(.POST, "/api/v1/bookings/\(usedId)/approve", as: f.tokens["office"])
            clock.set(try Timestamp.parse(at("10:05")))
            let checkedIn = try await app.send(.POST, "/api/v1/bookings/\(usedId)/check-in", as: f.tokens["staff"])
            #expect(checkedIn.status == .ok)

            clock.set(try Timestamp.parse(at("10:14")))
            #expect(try await app.huiwu.attendance.releaseNoShows(now: clock.now()) == 0)
            clock.set(try Timestamp.parse(at("10:15")))
            #expect(try await app.huiwu.attendance.releaseNoShows(now: clock.now()) == 1)
            #expect(try await app.huiwu.attendance.releaseNoShows(now: clock.now()) == 0, "released once")

            let (s, reason) = try await status(app, unusedId)
            #expect(s == "cancelled" && reason == "A1 四")
            #expect(try await status(app, usedId).0 == "approved")
            let decision = try await app.huiwu.store.reader.raw(
                """
                SELECT clause_id, rulebook_version, person_id FROM rule_decisions
                WHERE kind = 'no_show.release' AND subject_id = \(bind: UUID(uuidString: unusedId)!)
                """
            ).first()
            #expect(try decision?.decode(column: "clause_id", as: String.self) == "A1-4-no-show")
            #expect(try decision?.decode(column: "rulebook_version", as: Int.self) ?? 0 > 0)
            #expect(try decision?.decode(column: "person_id", as: UUID.self) == f.staff.id)
            let told = try await app.huiwu.store.reader.raw(
                "SELECT COUNT(*) AS n FROM notifications WHERE person_id = \(bind: f.staff.id) AND kind = 'no_show.released'"
            ).first()?.decode(column: "n", as: Int.self)
            #expect(told == 1)
        }
    }

    @Test("A5 has no release: a plain booking stays")
    func offUnderA5() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let f = try await Fixture.make(app)
            _ = try await DemoRulebook.adopt(app, name: "A5")
            let made = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.auto, "10:00", "11:00"))
            #expect(try await app.huiwu.attendance.releaseNoShows(now: try Timestamp.parse(at("10:45"))) == 0)
            #expect(try await status(app, try #require(made.json["id"] as? String)).0 == "approved")
        }
    }
}
