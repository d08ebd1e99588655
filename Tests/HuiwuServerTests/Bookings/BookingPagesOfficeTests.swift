import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// The booking pages as an office uses them (R1.1, R2.1, X1, X6): only what the person may do
/// is offered, cancelling asks first, a booking is edited through the ledger and opened from
/// the grid, and a free room is found by headcount and time.
@Suite("Booking pages for the office")
struct BookingPagesOfficeTests {
    static func cleaner(_ app: Application, _ f: Fixture) async throws {
        _ = try await Fixture.person(
            app, "cleaner", "孙丽", .cleaning, department: nil, passwordHash: f.staff.passwordHash, now: testNow)
    }

    static func book(_ app: Application, _ f: Fixture, _ room: RoomRecord, _ from: String, _ to: String) async throws -> String {
        let made = try await app.send(.POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(room, from, to))
        #expect(made.status == .created)
        return try #require(made.json["id"] as? String)
    }

    @Test("the cleaning role is offered no booking link on the grid or a room's week; staff are")
    func cleaningSeesNoBookingLinks() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            try await Self.cleaner(app, f)
            let cleaning = try await PageClient.signIn(app, "cleaner")
            let grid = try await cleaning.page("/grid?date=2026-12-02")
            #expect(!grid.contains("href=\"/book?") && grid.contains("free-slot"))
            let week = try await cleaning.page("/rooms/\(f.small.id)/week?date=2026-12-02")
            #expect(!week.contains("href=\"/book?"))
            let staff = try await PageClient.signIn(app, "staff")
            #expect(try await staff.page("/grid?date=2026-12-02").contains("href=\"/book?"))
        }
    }

    @Test("cancelling from my bookings asks first on a page of its own; yes cancels and redirects")
    func cancelAsksFirst() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let id = try await Self.book(app, f, f.auto, "10:00", "11:00")
            let browser = try await PageClient.signIn(app, "staff")
            let mine = try await browser.page("/my")
            #expect(mine.contains("href=\"/bookings/\(id)/cancel\""))
            #expect(!mine.contains("action=\"/bookings/\(id)/cancel\""), "no one-click cancel")
            let question = try await browser.page("/bookings/\(id)/cancel")
            #expect(question.contains("确定要取消这个预约吗") && question.contains("action=\"/bookings/\(id)/cancel\""))
            let done = try await browser.post("/bookings/\(id)/cancel", ["_csrf": browser.csrf])
            #expect(done.status == .seeOther)
            let other = try await PageClient.signIn(app, "colleague")
            let refused = try await other.post("/bookings/\(id)/cancel", ["_csrf": browser.csrf])
            #expect(refused.status != .seeOther || refused.location?.contains("failed") == true)
            let after = try await app.send(.GET, "/api/v1/bookings/\(id)", as: f.tokens["staff"])
            #expect(after.json["status"] as? String == "cancelled")
        }
    }

    @Test(
        "a booking's time, room and headcount are edited on its page; a taken slot offers alternatives and keeps what was typed")
    func editBooking() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let id = try await Self.book(app, f, f.auto, "10:00", "11:00")
            let taken = try await Self.book(app, f, f.small, "14:00", "15:00")
            let browser = try await PageClient.signIn(app, "staff")
            let form = try await browser.page("/bookings/\(id)/edit")
            #expect(form.contains("action=\"/bookings/\(id)/edit\"") && form.contains("value=\"10:00\""))
            let edit: [String: String] = [
                "_csrf": browser.csrf, "roomId": f.small.id.uuidString, "date": "2026-12-01", "start": "14:30", "end": "15:30",
                "purpose": "meeting", "headcount": "6", "title": "改期的周会",
            ]
            let clash = try await browser.post("/bookings/\(id)/edit", edit)
            #expect(clash.status == .conflict)
            #expect(clash.body.contains("id=\"alternatives\"") && clash.body.contains("改期的周会"))
            #expect(clash.body.contains("/bookings/\(id)/edit?roomId="), "an alternative opens the edit with that slot")
            var free = edit
            free["start"] = "16:00"
            free["end"] = "17:00"
            let saved = try await browser.post("/bookings/\(id)/edit", free)
            #expect(saved.status == .seeOther && saved.location?.hasPrefix("/bookings/\(id)?done=edited") == true)
            let after = try await app.send(.GET, "/api/v1/bookings/\(id)", as: f.tokens["staff"]).json
            #expect(after["roomId"] as? String == f.small.id.uuidString)
            #expect(after["headcount"] as? Int == 6)
            #expect(after["status"] as? String == "pending", "a new room that needs approval goes back to the office")
            #expect(
                try await app.send(.GET, "/api/v1/bookings/\(taken)", as: f.tokens["staff"]).json["status"] as? String
                    == "pending")
            // Someone else's booking: no edit form.
            let other = try await PageClient.signIn(app, "colleague")
            let refused = try await other.post("/bookings/\(id)/edit", free)
            #expect(refused.status == .forbidden)
        }
    }

    @Test("a booking on the grid opens its page; another department's viewer sees only what X1 lets them")
    func gridOpensBooking() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let id = try await Self.book(app, f, f.auto, "10:00", "11:00")
            let office = try await PageClient.signIn(app, "office")
            let grid = try await office.page("/grid?date=2026-12-01")
            #expect(grid.contains("href=\"/bookings/\(id)\""))
            let page = try await office.page("/bookings/\(id)")
            #expect(page.contains("周例会") && page.contains("刘洋"))
            try await Self.cleaner(app, f)
            let cleaning = try await PageClient.signIn(app, "cleaner")
            let seen = try await cleaning.page("/bookings/\(id)")
            #expect(seen.contains("洽谈室") && !seen.contains("id=\"booking-edit\""))
        }
    }

    @Test(
        "the finder lists rooms free for the whole span with room for the headcount; the API agrees; every room's week shows bookings"
    )
    func findFreeRoom() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let id = try await Self.book(app, f, f.auto, "10:30", "11:30")
            let browser = try await PageClient.signIn(app, "staff")
            let found = try await browser.page("/rooms/free?date=2026-12-01&start=10:00&end=11:00&capacity=9")
            #expect(found.contains(f.big.id.uuidString))
            #expect(!found.contains("data-room=\"\(f.small.id)\""), "eight seats are too few")
            #expect(!found.contains("data-room=\"\(f.auto.id)\""), "taken from 10:30")
            let api = try await app.send(
                .GET, "/api/v1/free-rooms?startsAt=2026-12-01T10:00:00%2B08:00&endsAt=2026-12-01T11:00:00%2B08:00&capacity=9",
                as: f.tokens["staff"])
            #expect(api.status == .ok)
            #expect(api.jsonArray.compactMap { $0["id"] as? String } == [f.big.id.uuidString])
            var bad = (status: HTTPStatus.ok, body: "")
            try await app.testing().test(
                .GET, "/rooms/free?date=2026-12-01&start=11:00&end=10:00",
                beforeRequest: { req in
                    req.headers.cookie = HTTPCookies(
                        dictionaryLiteral: (AuthConstants.sessionCookie, .init(string: browser.cookie)))
                }, afterResponse: { res in bad = (res.status, String(buffer: res.body)) })
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.contains("finder-error") && bad.body.contains("value=\"11:00\""), "what was typed is kept")
            let week = try await browser.page("/rooms/week?date=2026-12-01")
            #expect(week.contains("href=\"/bookings/\(id)\"") && week.contains("大会议室"))
        }
    }

    @Test("the booking form's default is the room's next free hour, not 09:00")
    func defaultNextFreeSlot() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            _ = try await Self.book(app, f, f.auto, "09:00", "10:00")
            let browser = try await PageClient.signIn(app, "staff")
            // The test clock is 08:00: the first hour is taken from 09:00, so 08:00 then 10:00.
            let form = try await browser.page("/book?roomId=\(f.auto.id)&date=2026-12-01")
            #expect(form.contains("name=\"start\" id=\"start\" value=\"08:00\""))
            _ = try await Self.book(app, f, f.auto, "08:00", "09:00")
            let next = try await browser.page("/book?roomId=\(f.auto.id)&date=2026-12-01")
            #expect(next.contains("name=\"start\" id=\"start\" value=\"10:00\""))
        }
    }

    @Test("a weekly booking three times: the taken week is reported by date, the others made, none double-booked")
    func weeklyRepeatReportsTakenDates() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let taken = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["colleague"],
                json: [
                    "roomId": f.auto.id.uuidString, "startsAt": at("10:00", day: "2026-12-08"),
                    "endsAt": at("11:00", day: "2026-12-08"), "purpose": "meeting", "headcount": 3,
                ])
            #expect(taken.status == .created)
            let browser = try await PageClient.signIn(app, "staff")
            let made = try await browser.post(
                "/book",
                [
                    "_csrf": browser.csrf, "roomId": f.auto.id.uuidString, "date": "2026-12-01", "start": "10:00", "end": "11:00",
                    "purpose": "meeting", "headcount": "3", "title": "周会", "repeatEvery": "weekly", "repeatCount": "3",
                ])
            #expect(made.status == .seeOther)
            let location = try #require(made.location)
            #expect(location.contains("made=2") && location.contains("2026-12-08"))
            let page = try await browser.page(location)
            #expect(page.contains("已预约 2 次") && page.contains("2026-12-08"))
            let mine = try await app.huiwu.bookings.list(.init(bookerId: f.staff.id, statuses: [.approved, .pending]))
            #expect(
                mine.map { app.huiwu.time.date(of: $0.booking.startsAt).description }.sorted() == ["2026-12-01", "2026-12-15"])
            let bad = try await browser.post(
                "/book",
                [
                    "_csrf": browser.csrf, "roomId": f.auto.id.uuidString, "date": "2026-12-02", "start": "10:00", "end": "11:00",
                    "purpose": "meeting", "headcount": "3", "repeatEvery": "weekly", "repeatCount": "99",
                ])
            #expect(bad.status == .unprocessableEntity && bad.body.contains("id=\"repeat-error\""))
        }
    }
}
