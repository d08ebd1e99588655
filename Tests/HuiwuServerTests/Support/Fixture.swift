import Foundation
import HuiwuCore
import HuiwuStore
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// A small organisation for tests: 行政部 with a room-office clerk, a sales department with a
/// staff member and a head, an admin, and three rooms.
struct Fixture {
    var office: PersonRecord
    var staff: PersonRecord
    var colleague: PersonRecord
    var admin: PersonRecord
    var sales: DepartmentRecord
    var small: RoomRecord  // capacity 8, needs approval
    var big: RoomRecord  // capacity 30, needs approval
    var auto: RoomRecord  // capacity 10, auto-approves
    var tokens: [String: String] = [:]

    static let password = "password-123"

    static func make(_ app: Application) async throws -> Fixture {
        let s = app.huiwu
        let now = s.clock.now()
        let adminDept = try await s.people.createDepartment(name: "行政部", parentId: nil, now: now)
        let sales = try await s.people.createDepartment(name: "销售部", parentId: nil, now: now)
        func person(_ username: String, _ name: String, _ role: Role, _ dept: UUID) async throws -> PersonRecord {
            try await s.people.createPerson(
                PersonRecord(
                    id: UUID(), username: username, displayName: name, passwordHash: try await app.password.async.hash(password),
                    role: role.rawValue, position: nil, email: nil, active: true, createdAt: now, departmentId: dept))
        }
        let office = try await person("office", "王芳", .roomOffice, adminDept.id)
        let staff = try await person("staff", "刘洋", .staff, sales.id)
        let colleague = try await person("colleague", "陈静", .staff, sales.id)
        let admin = try await person("admin", "管理员", .admin, adminDept.id)
        let small = try await s.rooms.create(
            RoomSpec(
                name: "第一会议室", building: "A座", floor: "3F", capacity: 8,
                managingDepartmentId: adminDept.id), now: now
        ).room
        let big = try await s.rooms.create(
            RoomSpec(
                name: "大会议室", building: "A座", floor: "5F", capacity: 30,
                roomClass: .large, managingDepartmentId: adminDept.id), now: now
        ).room
        let auto = try await s.rooms.create(
            RoomSpec(
                name: "洽谈室", building: "B座", floor: "1F", capacity: 10,
                autoApprove: true), now: now
        ).room
        var fixture = Fixture(
            office: office, staff: staff, colleague: colleague, admin: admin, sales: sales,
            small: small, big: big, auto: auto)
        for user in ["office", "staff", "colleague", "admin"] {
            fixture.tokens[user] = try await token(app, user)
        }
        return fixture
    }

    static func token(_ app: Application, _ username: String) async throws -> String {
        var token = ""
        try await app.testing().test(
            .POST, "/api/v1/auth/token",
            beforeRequest: { req in
                try req.content.encode(["username": username, "password": password])
            },
            afterResponse: { res in
                #expect(res.status == .ok)
                token = try res.content.get(String.self, at: "token")
            })
        return token
    }
}

/// Local wall-clock time on the test day (2026-12-01, Shanghai) as RFC 3339.
func at(_ hhmm: String, day: String = "2026-12-01") -> String { "\(day)T\(hhmm):00+08:00" }

extension Application {
    /// Sends a JSON request as `user` and hands back the response.
    func send(
        _ method: HTTPMethod, _ path: String, as token: String?, json: [String: any Sendable]? = nil,
        headers extra: HTTPHeaders = [:], rawBody: String? = nil
    ) async throws -> TestingHTTPResponse {
        var result: TestingHTTPResponse?
        try await testing().test(
            method, path, headers: extra,
            beforeRequest: { req in
                if let token { req.headers.bearerAuthorization = .init(token: token) }
                if let json {
                    req.headers.contentType = .json
                    req.body = ByteBuffer(data: try JSONSerialization.data(withJSONObject: json))
                } else if let rawBody {
                    req.headers.contentType = .json
                    req.body = ByteBuffer(string: rawBody)
                }
            }, afterResponse: { res in result = res })
        return result!
    }
}

extension TestingHTTPResponse {
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any] ?? [:]
    }
    var jsonArray: [[String: Any]] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [[String: Any]] ?? []
    }

    /// The rows of one page of a paged list (`{"items": […], "next": …}`).
    var pageItems: [[String: Any]] { json["items"] as? [[String: Any]] ?? [] }
}

func bookingBody(
    _ room: RoomRecord, _ from: String, _ to: String, purpose: String = "meeting", headcount: Int = 5,
    title: String = "周例会"
) -> [String: any Sendable] {
    [
        "roomId": room.id.uuidString, "startsAt": at(from), "endsAt": at(to), "purpose": purpose, "headcount": headcount,
        "title": title,
    ]
}

func bookingCount(_ app: Application) async throws -> Int {
    try await app.huiwu.store.reader.raw("SELECT COUNT(*) AS n FROM bookings").first()!.decode(column: "n", as: Int.self)
}
