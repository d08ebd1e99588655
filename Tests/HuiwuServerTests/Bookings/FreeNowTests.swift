import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// "Free now for N minutes" at any hour (R2.1): late in the evening the span stops at midnight,
/// which a booking cannot cross, and the page says so instead of refusing the search; one
/// click books up to 24:00. The API refuses a span crossing midnight with a reason.
@Suite("Free rooms now, at any hour of the day")
struct FreeNowTests {
    static func roundTheClockRoom(_ app: Application) async throws -> RoomRecord {
        try await Fixture.room(
            app,
            RoomSpec(
                name: "值班室", building: "C座", floor: "1F", capacity: 6, opensAt: ClockTime("00:00")!,
                closesAt: ClockTime("24:00")!, autoApprove: true))
    }

    @Test("the span is cut at midnight, said on the page, and booked up to 24:00 with one click")
    func lateEveningStopsAtMidnight() async throws {
        let clock = MutableClock(try Timestamp.parse(at("23:32")))
        try await withHuiwu(.sqlite, clock: clock) { app in
            _ = try await Fixture.make(app)
            let duty = try await Self.roundTheClockRoom(app)
            let browser = try await PageClient.signIn(app, "staff")
            let page = try await browser.page("/rooms/free?now=1&minutes=60&capacity=2")
            #expect(page.contains("id=\"finder-span\"") && page.contains("23:35–24:00"))
            #expect(page.contains("id=\"finder-cut\""), "the reader is told why the span is shorter")
            #expect(page.contains("data-room=\"\(duty.id)\""))
            #expect(page.contains("name=\"end\" value=\"24:00\""))
            let booked = try await browser.post(
                "/book",
                [
                    "_csrf": browser.csrf, "roomId": duty.id.uuidString, "date": "2026-12-01", "start": "23:35",
                    "end": "24:00", "purpose": "meeting", "headcount": "2",
                ])
            #expect(booked.status == .seeOther)
            let again = try await browser.page("/rooms/free?now=1&minutes=20")
            #expect(!again.contains("data-room=\"\(duty.id)\""), "taken until midnight")
        }
    }

    @Test("in the last minutes of the day the span starts at tomorrow's midnight")
    func lastMinutesMeanTomorrow() async throws {
        let clock = MutableClock(try Timestamp.parse(at("23:57")))
        try await withHuiwu(.sqlite, clock: clock) { app in
            _ = try await Fixture.make(app)
            let duty = try await Self.roundTheClockRoom(app)
            let browser = try await PageClient.signIn(app, "staff")
            let page = try await browser.page("/rooms/free?now=1&minutes=30")
            #expect(page.contains("2026-12-02") && page.contains("00:00–00:30"))
            #expect(!page.contains("id=\"finder-cut\""))
            #expect(page.contains("data-room=\"\(duty.id)\""))
        }
    }

    @Test("the API answers a span within one day and refuses one crossing midnight, naming the field")
    func apiSpanWithinOneDay() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let duty = try await Self.roundTheClockRoom(app)
            let until = try await app.send(
                .GET, "/api/v1/free-rooms?startsAt=2026-12-01T23:00:00%2B08:00&endsAt=2026-12-02T00:00:00%2B08:00",
                as: f.tokens["staff"])
            #expect(until.status == .ok)
            #expect(until.jsonArray.compactMap { $0["id"] as? String } == [duty.id.uuidString])
            let across = try await app.send(
                .GET, "/api/v1/free-rooms?startsAt=2026-12-01T23:00:00%2B08:00&endsAt=2126-12-02T01:00:00%2B08:00",
                as: f.tokens["staff"])
            #expect(across.status == .unprocessableEntity)
            #expect(across.body.string.contains("endsAt") && across.body.string.contains("booking.spans_days"))
        }
    }
}
