import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// Checking in over HTTP (R5.6): the signed short-lived link of the QR code, the API,
/// the organiser's marks and the room kiosk. A forged or expired link is refused, nothing written.
@Suite("Check-in over HTTP: QR link, API, marks, kiosk")
struct CheckInTests {
    static func token(_ html: String) -> String? {
        guard let range = html.range(of: "?t=") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" && $0 != "&" && $0 != "<" })
    }

    @Test("the organiser's page shows the QR code; a participant opens its link, checks in, and the page shows it")
    func qrLinkChecksIn() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 2)
            clock.set(try Timestamp.parse(at("09:50")))
            let organiser = try await PageClient.signIn(app, "office")
            let page = try await organiser.page("/meetings/\(w.meeting)")
            #expect(page.contains("id=\"check-in-qr\"") && page.contains("<svg"))
            let token = try #require(Self.token(page))
            let participant = try await PageClient.signIn(app, "p0")
            let theirs = try await participant.page("/meetings/\(w.meeting)")
            #expect(!theirs.contains("id=\"check-in-qr\""), "only the organiser, chair and room office see the code")
            let open = try await participant.page("/check-in/\(w.meeting)?t=\(token)")
            #expect(open.contains("id=\"check-in-button\""))
            let done = try await participant.post(
                "/check-in/\(w.meeting)", ["_csrf": participant.csrf, "t": token, "step": "check_in"])
            #expect(done.status == .seeOther)
            #expect(done.location?.hasPrefix("/meetings/\(w.meeting)?done=checked_in") == true)
            let after = try await participant.page("/meetings/\(w.meeting)")
            #expect(after.contains("id=\"attendance-me\"") && after.contains("已签到"))
            let record = try await app.huiwu.attendance.roster(w.meeting).first {
                $0.participant.record.personId == w.people[0].id
            }
            #expect(record?.record?.method == .qr && record?.record?.checkedInAt == clock.now())
        }
    }

    @Test("a link opened before signing in comes back to itself after the log-in")
    func linkSurvivesTheLogIn() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 1)
            let token = CheckInToken.make(for: w.meeting, now: clock.now(), box: app.huiwu.secrets)
            let res = try await app.send(.GET, "/check-in/\(w.meeting)?t=\(token)", as: nil)
            #expect(res.status == .seeOther)
            let location = try #require(res.headers.first(name: .location))
            #expect(location.hasPrefix("/login?next="))
            #expect(location.removingPercentEncoding?.contains("/check-in/\(w.meeting)?t=\(token)") == true)
        }
    }

    @Test("a forged link, another meeting's link and an expired link are refused, nothing written")
    func forgedAndExpiredLinksAreRefused() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 1)
            clock.set(try Timestamp.parse(at("09:50")))
            let p0 = try await Fixture.token(app, "p0")
            let link = try await app.send(.GET, "/api/v1/meetings/\(w.meeting)/check-in-link", as: w.f.tokens["office"])
            #expect(link.status == .ok)
            let token = try #require(link.json["token"] as? String)
            #expect((link.json["url"] as? String)?.contains("/check-in/\(w.meeting)?t=") == true)
            #expect(try await app.send(.GET, "/api/v1/meetings/\(w.meeting)/check-in-link", as: p0).status == .forbidden)
            let forged = String(token.dropLast(2)) + (token.hasSuffix("AA") ? "BB" : "AA")
            let refused = try await app.send(.POST, "/api/v1/meetings/\(w.meeting)/check-in", as: p0, json: ["token": forged])
            #expect(refused.status == .forbidden && refused.json["code"] as? String == "attendance.link_invalid")
            let other = CheckInToken.make(for: UUID(), now: clock.now(), box: app.huiwu.secrets)
            #expect(
                try await app.send(.POST, "/api/v1/meetings/\(w.meeting)/check-in", as: p0, json: ["token": other]).json["code"]
                    as? String == "attendance.link_invalid")
            clock.advance(minutes: 10)
            let late = try await app.send(.POST, "/api/v1/meetings/\(w.meeting)/check-in", as: p0, json: ["token": token])
            #expect(late.status == .forbidden && late.json["code"] as? String == "attendance.link_expired")
            let participant = try await PageClient.signIn(app, "p0")
            let page = try await participant.post("/check-in/\(w.meeting)", ["_csrf": participant.csrf, "t": token])
            #expect(page.status == .gone && page.body.contains("签到链接已过期"))
            #expect(try await app.huiwu.attendance.roster(w.meeting).allSatisfy { $0.record == nil })
            let fresh = CheckInToken.make(for: w.meeting, now: clock.now(), box: app.huiwu.secrets)
            let ok = try await app.send(.POST, "/api/v1/meetings/\(w.meeting)/check-in", as: p0, json: ["token": fresh])
            #expect(ok.status == .ok && ok.json["standing"] as? String == "checked_in")
        }
    }

    @Test("the organiser marks a participant in and out; a participant may not mark others")
    func organiserMarks() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 2)
            clock.set(try Timestamp.parse(at("10:03")))
            let target = w.participant[w.people[1].id]!
            let p0 = try await Fixture.token(app, "p0")
            let refused = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/attendance/\(target)", as: p0, json: ["mark": "check_in"])
            #expect(refused.status == .forbidden)
            let marked = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/attendance/\(target)", as: w.f.tokens["office"], json: ["mark": "check_in"])
            #expect(marked.status == .ok && marked.json["method"] as? String == "organiser")
            let bad = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/attendance/\(target)", as: w.f.tokens["office"], json: ["mark": "teleport"])
            #expect(bad.status == .unprocessableEntity)
            let roster = try await app.send(.GET, "/api/v1/meetings/\(w.meeting)/attendance", as: p0)
            #expect((roster.json["rule"] as? [String: Any])?["cite"] as? String == "A3 一")
            let lines = roster.json["lines"] as? [[String: Any]] ?? []
            #expect(lines.first { $0["participantId"] as? String == target.uuidString }?["checkedInAt"] as? String == at("10:03"))
        }
    }

    @Test("the room kiosk needs its key, and shows the meeting in the room with a fresh QR code")
    func kiosk() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A1", count: 1)
            clock.set(try Timestamp.parse(at("09:50")))
            #expect(try await app.send(.GET, "/rooms/\(w.f.big.id)/kiosk", as: nil).status == .forbidden)
            #expect(try await app.send(.GET, "/rooms/\(w.f.big.id)/kiosk?k=nope", as: nil).status == .forbidden)
            let href = KioskPage.href(for: w.f.big.id, generation: 0, box: app.huiwu.secrets)
            let page = try await app.send(.GET, href, as: nil)
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("大会议室") && html.contains("例会") && html.contains("id=\"kiosk-qr\"") && html.contains("<svg"))
            #expect(html.contains("http-equiv=\"refresh\""))
            let token = try #require(Self.token(html))
            #expect((try? CheckInToken.verify(token, meeting: w.meeting, now: clock.now(), box: app.huiwu.secrets)) != nil)
        }
    }
    @Test(
        "a version adopted between two check-ins sets the window of the second (the in-force cache follows adoption)",
        arguments: TestDatabase.allCases)
    func windowFollowsAdoption(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 2)
            try await w.checkIn(w.people[0], "09:50", clock: clock)  // A3: opens 15 minutes before
            let a3 = try #require(app.huiwu.rulebookTemplates.first { $0.name == "A3" }).source
            let narrower = a3.replacingOccurrences(of: "version: 1\n", with: "version: 2\n")
                .replacingOccurrences(of: "check_in_opens_before: 15min", with: "check_in_opens_before: 5min")
            _ = try await app.huiwu.rulebooks.adopt(narrower, by: nil, note: nil, now: clock.now())
            await #expect(throws: AttendanceError.self) { try await w.checkIn(w.people[1], "09:51", clock: clock) }
            try await w.checkIn(w.people[1], "09:56", clock: clock)
        }
    }
}
