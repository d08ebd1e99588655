import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

@Suite("Errors are clear 4xx problems, never 500s")
struct ProblemTests {
    @Test("a known path with an undeclared method is 405 with the path's own Allow header")
    func undeclaredMethodIs405() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let res = try await app.send(.PUT, "/api/v1/me", as: f.tokens["staff"])
            #expect(res.status == .methodNotAllowed)
            #expect(res.headers.first(name: .allow) == "GET, HEAD")
            let booking = try await app.send(.DELETE, "/api/v1/bookings/\(UUID())", as: f.tokens["staff"])
            #expect(booking.status == .methodNotAllowed)
            #expect(booking.headers.first(name: .allow) == "GET, HEAD, PATCH")
            let unknown = try await app.send(.GET, "/api/v1/nothing-here", as: f.tokens["staff"])
            #expect(unknown.status == .notFound)
            #expect(unknown.json["code"] as? String == "not_found")
        }
    }

    @Test("NUL and control characters in stored text are 422; elsewhere they are harmless", arguments: TestDatabase.allCases)
    func controlCharactersAreRefused(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let body = bookingBody(f.small, "10:00", "11:00", title: "会议\u{0}室")
            let res = try await app.send(.POST, "/api/v1/bookings", as: f.tokens["staff"], json: body)
            #expect(res.status == .unprocessableEntity)
            #expect((res.json["errors"] as? [[String: Any]])?.first?["code"] as? String == "field.control_characters")
            let query = try await app.send(.GET, "/api/v1/rooms?building=A%00", as: f.tokens["staff"])
            #expect(query.status == .ok)
            #expect(query.jsonArray.isEmpty)
            let room = try await app.send(
                .POST, "/api/v1/rooms", as: f.tokens["office"], json: ["name": "A\u{0}", "capacity": 3])
            #expect(room.status == .unprocessableEntity)
            let login = try await app.send(
                .POST, "/api/v1/auth/token", as: nil, json: ["username": "st\u{0}aff", "password": "x"])
            #expect(login.status == .unauthorized)
            var ignored = bookingBody(f.small, "10:00", "11:00")
            ignored["\u{0}unknown"] = "\u{0}"
            #expect(try await app.send(.POST, "/api/v1/bookings", as: f.tokens["staff"], json: ignored).status == .created)
            #expect(try await bookingCount(app) == 1)
        }
    }

    @Test("unreadable query values are 422, not silently ignored")
    func unreadableQueryValues() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            #expect(try await app.send(.GET, "/api/v1/bookings?mine=abc", as: f.tokens["staff"]).status == .unprocessableEntity)
            #expect(try await app.send(.GET, "/api/v1/bookings?mine=true", as: f.tokens["staff"]).status == .ok)
            #expect(
                try await app.send(.GET, "/api/v1/register?format=AAA", as: f.tokens["office"]).status == .unprocessableEntity)
            #expect(
                try await app.send(.GET, "/api/v1/bookings?from=2026-12-01T12:99:00Z", as: f.tokens["staff"]).status
                    == .unprocessableEntity)
            #expect(
                try await app.send(.GET, "/api/v1/grid?date=2026-02-30", as: f.tokens["staff"]).status == .unprocessableEntity)
        }
    }

    @Test("an unreadable If-Match on a missing booking is 404; on an existing one 412")
    func ifMatchOrder() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let missing = try await app.send(
                .POST, "/api/v1/bookings/\(UUID())/cancel", as: f.tokens["staff"],
                headers: ["If-Match": "garbage"])
            #expect(missing.status == .notFound)
            let a = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.small, "10:00", "11:00"))
            let stale = try await app.send(
                .POST, "/api/v1/bookings/\(a.json["id"] as! String)/cancel", as: f.tokens["staff"],
                headers: ["If-Match": "garbage"])
            #expect(stale.status == .preconditionFailed)
        }
    }

    @Test("an administrator cannot deactivate or demote themselves")
    func adminCannotLockThemselvesOut() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let res = try await app.send(
                .PUT, "/api/v1/people/\(f.admin.id)", as: f.tokens["admin"],
                json: ["displayName": "管理员", "role": "admin", "active": false])
            #expect(res.status == .unprocessableEntity)
            let demote = try await app.send(
                .PUT, "/api/v1/people/\(f.admin.id)", as: f.tokens["admin"],
                json: ["displayName": "管理员", "role": "staff"])
            #expect(demote.status == .unprocessableEntity)
            let other = try await app.send(
                .PUT, "/api/v1/people/\(f.staff.id)", as: f.tokens["admin"],
                json: ["displayName": "刘洋", "role": "department_head"])
            #expect(other.status == .ok)
        }
    }
}

@Suite("Day grid API")
struct GridAPITests {
    @Test("the grid lists every room with its active bookings of the day as valid JSON", arguments: TestDatabase.allCases)
    func gridJSON(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            _ = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.small, "10:00", "11:00", title: "含\"引号\"的会")
            )
            let res = try await app.send(.GET, "/api/v1/grid?date=2026-12-01", as: f.tokens["colleague"])
            #expect(res.status == .ok)
            #expect(res.json["date"] as? String == "2026-12-01")
            let rows = res.json["rows"] as? [[String: Any]] ?? []
            #expect(rows.count == 3)
            let small = rows.first { ($0["room"] as? [String: Any])?["name"] as? String == "第一会议室" }
            let bookings = small?["bookings"] as? [[String: Any]] ?? []
            #expect(bookings.count == 1)
            #expect(bookings.first?["startsAt"] as? String == "2026-12-01T10:00:00+08:00")
            #expect(bookings.first?["status"] as? String == "pending")
            #expect(bookings.first?["title"] == nil)
        }
    }
}
