import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

@Suite("Bookings through the API (R1.1–R1.4)")
struct BookingAPITests {
    @Test("a booking is created pending and appears in the list", arguments: TestDatabase.allCases)
    func bookingIsCreatedPending(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let res = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.small, "10:00", "11:00"))
            #expect(res.status == .created)
            #expect(res.json["status"] as? String == "pending")
            #expect(res.json["startsAt"] as? String == "2026-12-01T10:00:00+08:00")
            #expect(res.headers.first(name: .eTag) == "\"1\"")
            let list = try await app.send(.GET, "/api/v1/bookings?roomId=\(f.small.id)", as: f.tokens["staff"])
            #expect(list.pageItems.count == 1)
        }
    }

    @Test("an overlapping booking gets 409 with holders and alternatives", arguments: TestDatabase.allCases)
    func overlapIsRefusedWithAlternatives(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            _ = try await app.send(.POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.small, "10:00", "11:00"))
            let res = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["colleague"],
                json: bookingBody(f.small, "10:30", "11:30"))
            #expect(res.status == .conflict)
            #expect(res.headers.contentType?.subType == "problem+json")
            #expect(res.json["code"] as? String == "booking.conflict")
            #expect((res.json["conflicts"] as? [Any])?.count == 1)
            let alternatives = res.json["alternatives"] as? [String: Any]
            let other = alternatives?["otherRooms"] as? [[String: Any]] ?? []
            let same = alternatives?["sameRoom"] as? [[String: Any]] ?? []
            #expect(other.map { $0["roomName"] as? String }.contains("大会议室"))
            #expect(same.first?["startsAt"] as? String == "2026-12-01T11:00:00+08:00")
            #expect(try await bookingCount(app) == 1)
        }
    }

    @Test("touching bookings coexist (half-open intervals)", arguments: TestDatabase.allCases)
    func touchingBookingsCoexist(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let a = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.small, "10:00", "11:00"))
            let b = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.small, "11:00", "12:00"))
            #expect(a.status == .created)
            #expect(b.status == .created)
        }
    }

    @Test("bad input is a 4xx problem and writes nothing", arguments: TestDatabase.allCases)
    func badInputIsRefused(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let token = f.tokens["staff"]
            var impossible = bookingBody(f.small, "10:00", "11:00")
            impossible["startsAt"] = "2026-12-01T12:99:00+08:00"
            let r1 = try await app.send(.POST, "/api/v1/bookings", as: token, json: impossible)
            #expect(r1.status == .unprocessableEntity)
            #expect((r1.json["errors"] as? [[String: Any]])?.first?["field"] as? String == "startsAt")
            let r2 = try await app.send(.POST, "/api/v1/bookings", as: token, rawBody: "{\"roomId\": ")
            #expect(r2.status == .badRequest)
            var wrongType = bookingBody(f.small, "10:00", "11:00")
            wrongType["headcount"] = "five"
            let r3 = try await app.send(.POST, "/api/v1/bookings", as: token, json: wrongType)
            #expect(r3.status == .badRequest)
            let r4 = try await app.send(.POST, "/api/v1/bookings", as: token, json: bookingBody(f.small, "11:00", "10:00"))
            #expect(r4.status == .unprocessableEntity)
            var unknownRoom = bookingBody(f.small, "10:00", "11:00")
            unknownRoom["roomId"] = UUID().uuidString
            let r5 = try await app.send(.POST, "/api/v1/bookings", as: token, json: unknownRoom)
            #expect(r5.status == .unprocessableEntity)
            let r6 = try await app.send(
                .POST, "/api/v1/bookings", as: token, json: bookingBody(f.small, "10:00", "11:00", purpose: "打麻将"))
            #expect(r6.status == .unprocessableEntity)
            #expect((r6.json["errors"] as? [[String: Any]])?.first?["code"] as? String == "booking.purpose_not_allowed")
            let r7 = try await app.send(
                .POST, "/api/v1/bookings", as: token, json: bookingBody(f.small, "10:00", "11:00", headcount: 9))
            #expect(r7.status == .unprocessableEntity)
            let r8 = try await app.send(.POST, "/api/v1/bookings", as: nil, json: bookingBody(f.small, "10:00", "11:00"))
            #expect(r8.status == .unauthorized)
            #expect(try await bookingCount(app) == 0)
        }
    }

    @Test("the room office approves; staff may not; rejection needs a reason", arguments: TestDatabase.allCases)
    func approvalFlow(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let a = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.small, "10:00", "11:00"))
            let b = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.small, "14:00", "15:00"))
            let idA = a.json["id"] as! String, idB = b.json["id"] as! String
            #expect(try await app.send(.POST, "/api/v1/bookings/\(idA)/approve", as: f.tokens["staff"]).status == .forbidden)
            let ok = try await app.send(.POST, "/api/v1/bookings/\(idA)/approve", as: f.tokens["office"])
            #expect(ok.json["status"] as? String == "approved")
            #expect(try await app.send(.POST, "/api/v1/bookings/\(idA)/approve", as: f.tokens["office"]).status == .conflict)
            let noReason = try await app.send(.POST, "/api/v1/bookings/\(idB)/reject", as: f.tokens["office"], json: [:])
            #expect(noReason.status == .unprocessableEntity)
            let rejected = try await app.send(
                .POST, "/api/v1/bookings/\(idB)/reject", as: f.tokens["office"],
                json: ["reason": "领导接待"])
            #expect(rejected.json["status"] as? String == "rejected")
            let inbox = try await app.send(.GET, "/api/v1/notifications", as: f.tokens["staff"])
            let kinds = inbox.pageItems.compactMap { $0["kind"] as? String }
            #expect(kinds.contains("booking.approved"))
            #expect(kinds.contains("booking.rejected"))
            #expect(inbox.pageItems.contains { ($0["message"] as? String ?? "").contains("领导接待") })
            let history = try await app.send(.GET, "/api/v1/bookings/\(idA)/history", as: f.tokens["staff"])
            #expect(history.jsonArray.map { $0["action"] as? String } == ["created", "approved"])
        }
    }

    @Test("a priority booking displaces, and the owner is told with alternatives (R1.2)", arguments: TestDatabase.allCases)
    func priorityDisplaces(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let a = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.small, "10:00", "11:00"))
            var priority = bookingBody(f.small, "10:00", "12:00", title: "客户接待")
            priority["priorityReason"] = "重要客户接待"
            let staffTry = try await app.send(.POST, "/api/v1/bookings", as: f.tokens["staff"], json: priority)
            #expect(staffTry.status == .forbidden)
            let p = try await app.send(.POST, "/api/v1/bookings", as: f.tokens["office"], json: priority)
            #expect(p.status == .created)
            #expect(p.json["status"] as? String == "approved")
            let old = try await app.send(.GET, "/api/v1/bookings/\(a.json["id"] as! String)", as: f.tokens["staff"])
            #expect(old.json["status"] as? String == "displaced")
            let inbox = try await app.send(.GET, "/api/v1/notifications", as: f.tokens["staff"])
            let displaced = inbox.pageItems.first { $0["kind"] as? String == "booking.displaced" }
            let message = displaced?["message"] as? String ?? ""
            #expect(message.contains("重要客户接待"))
            #expect(message.contains("大会议室"))
        }
    }

    @Test("a stale If-Match is 412 and changes nothing", arguments: TestDatabase.allCases)
    func staleWriteIsRefused(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let a = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.small, "10:00", "11:00"))
            let id = a.json["id"] as! String
            let moved = try await app.send(
                .PATCH, "/api/v1/bookings/\(id)", as: f.tokens["staff"],
                json: ["startsAt": at("13:00"), "endsAt": at("14:00")], headers: ["If-Match": "\"1\""])
            #expect(moved.status == .ok)
            #expect(moved.headers.first(name: .eTag) == "\"2\"")
            let stale = try await app.send(
                .PATCH, "/api/v1/bookings/\(id)", as: f.tokens["staff"],
                json: ["startsAt": at("15:00"), "endsAt": at("16:00")], headers: ["If-Match": "\"1\""])
            #expect(stale.status == .preconditionFailed)
            let now = try await app.send(.GET, "/api/v1/bookings/\(id)", as: f.tokens["staff"])
            #expect(now.json["startsAt"] as? String == "2026-12-01T13:00:00+08:00")
        }
    }

    @Test("moving onto another booking is a conflict", arguments: TestDatabase.allCases)
    func moveKeepsInvariant(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            _ = try await app.send(.POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.small, "10:00", "11:00"))
            let b = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.big, "10:00", "11:00"))
            let res = try await app.send(
                .PATCH, "/api/v1/bookings/\(b.json["id"] as! String)", as: f.tokens["staff"],
                json: ["roomId": f.small.id.uuidString])
            #expect(res.status == .conflict)
        }
    }

    @Test("check-in and check-out fill the usage register and its CSV (R1.3)", arguments: TestDatabase.allCases)
    func usageRegister(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let f = try await Fixture.make(app)
            let a = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.auto, "10:00", "11:00"))
            #expect(a.json["status"] as? String == "approved")
            let id = a.json["id"] as! String
            let early = try await app.send(.POST, "/api/v1/bookings/\(id)/check-in", as: f.tokens["staff"])
            #expect(early.status == .conflict)
            clock.set(try Timestamp.parse(at("10:05")))
            let checkIn = try await app.send(
                .POST, "/api/v1/bookings/\(id)/check-in", as: f.tokens["staff"], json: ["headcount": 4])
            #expect(checkIn.status == .ok)
            clock.set(try Timestamp.parse(at("10:50")))
            let out = try await app.send(
                .POST, "/api/v1/bookings/\(id)/check-out", as: f.tokens["staff"],
                json: ["condition": "灯已关，白板已擦"])
            #expect(out.json["checkedOutAt"] as? String == "2026-12-01T10:50:00+08:00")
            let register = try await app.send(.GET, "/api/v1/register?from=2026-12-01&to=2026-12-01", as: f.tokens["office"])
            #expect(register.jsonArray.first?["actualMinutes"] as? Int == 45)
            #expect(register.jsonArray.first?["actualHeadcount"] as? Int == 4)
            let csv = try await app.send(
                .GET, "/api/v1/register?from=2026-12-01&to=2026-12-01&format=csv", as: f.tokens["office"])
            let text = String(buffer: csv.body)
            #expect(text.contains("灯已关，白板已擦"))
            #expect(text.hasPrefix("\u{FEFF}会议室"))
            #expect(try await app.send(.GET, "/api/v1/register", as: f.tokens["staff"]).status == .forbidden)
        }
    }

    @Test("repeated wrong passwords are rate-limited")
    func loginIsRateLimited() async throws {
        try await withHuiwu(.sqlite) { app in
            _ = try await Fixture.make(app)
            for _ in 0..<5 {
                let r = try await app.send(
                    .POST, "/api/v1/auth/token", as: nil, json: ["username": "staff", "password": "wrong-password"])
                #expect(r.status == .unauthorized)
            }
            let r = try await app.send(
                .POST, "/api/v1/auth/token", as: nil, json: ["username": "staff", "password": Fixture.password])
            #expect(r.status == .tooManyRequests)
        }
    }
}
