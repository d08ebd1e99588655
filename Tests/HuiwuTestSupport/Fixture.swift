import Foundation
import HuiwuCore
import HuiwuServer
import HuiwuStore
import Testing
import Vapor
import VaporTesting

/// A small organisation for tests: 行政部 with a room-office clerk, a sales department with a
/// staff member and a head, an admin, and three rooms — and the building blocks every scenario
/// (the attendance world, the authorization matrix, single tests) makes its people, departments,
/// rooms, sign-ins and meetings with.
public struct Fixture: Sendable {
    public var office: PersonRecord
    public var staff: PersonRecord
    public var colleague: PersonRecord
    public var admin: PersonRecord
    public var sales: DepartmentRecord
    public var small: RoomRecord  // capacity 8, needs approval
    public var big: RoomRecord  // capacity 30, needs approval
    public var auto: RoomRecord  // capacity 10, auto-approves
    /// An API token of each of the four people, by username.
    public var tokens: [String: String] = [:]

    /// Everyone's password, the fixture's people and those the building blocks make.
    public static let password = "password-123"

    public static func make(_ app: Application) async throws -> Fixture {
        let now = app.huiwu.clock.now()
        let adminDept = try await department(app, "行政部", now: now)
        let sales = try await department(app, "销售部", now: now)
        let office = try await person(app, "office", "王芳", .roomOffice, department: adminDept.id, now: now)
        let staff = try await person(app, "staff", "刘洋", .staff, department: sales.id, now: now)
        let colleague = try await person(app, "colleague", "陈静", .staff, department: sales.id, now: now)
        let admin = try await person(app, "admin", "管理员", .admin, department: adminDept.id, now: now)
        let small = try await room(
            app,
            RoomSpec(name: "第一会议室", building: "A座", floor: "3F", capacity: 8, managingDepartmentId: adminDept.id),
            now: now)
        let big = try await room(
            app,
            RoomSpec(
                name: "大会议室", building: "A座", floor: "5F", capacity: 30, roomClass: .large,
                managingDepartmentId: adminDept.id), now: now)
        let auto = try await room(
            app, RoomSpec(name: "洽谈室", building: "B座", floor: "1F", capacity: 10, autoApprove: true), now: now)
        var fixture = Fixture(
            office: office, staff: staff, colleague: colleague, admin: admin, sales: sales,
            small: small, big: big, auto: auto)
        for user in ["office", "staff", "colleague", "admin"] {
            fixture.tokens[user] = try await token(app, user)
        }
        return fixture
    }

    // MARK: - Building blocks

    /// A department, top-level unless `parent` is given.
    public static func department(
        _ app: Application, _ name: String, parent: UUID? = nil, now: Date? = nil
    ) async throws -> DepartmentRecord {
        try await app.huiwu.people.createDepartment(name: name, parentId: parent, now: now ?? app.huiwu.clock.now())
    }

    /// An active person with the fixture's password; `passwordHash` (another person's) saves
    /// hashing it again when many people are made.
    public static func person(
        _ app: Application, _ username: String, _ name: String, _ role: Role, department: UUID?, position: String? = nil,
        email: String? = nil, passwordHash: String? = nil, now: Date? = nil
    ) async throws -> PersonRecord {
        let hash: String
        if let passwordHash {
            hash = passwordHash
        } else {
            hash = try await app.password.async.hash(password)
        }
        return try await app.huiwu.people.createPerson(
            PersonRecord(
                id: UUID(), username: username, displayName: name, passwordHash: hash, role: role.rawValue,
                position: position, email: email, active: true, createdAt: now ?? app.huiwu.clock.now(),
                departmentId: department))
    }

    /// A room as `spec` describes it.
    public static func room(_ app: Application, _ spec: RoomSpec, now: Date? = nil) async throws -> RoomRecord {
        try await app.huiwu.rooms.create(spec, now: now ?? app.huiwu.clock.now()).room
    }

    /// An API token of `username`'s, from the token route.
    public static func token(_ app: Application, _ username: String) async throws -> String {
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

    /// A web session of `username`'s, signed in through the log-in form.
    public static func session(_ app: Application, _ username: String) async throws -> PageClient {
        try await PageClient.signIn(app, username)
    }

    /// A meeting made through the API by the holder of `token`; its id. Anything but 201 stops
    /// the set-up with the answer.
    public static func meeting(_ app: Application, as token: String?, _ json: [String: any Sendable]) async throws -> UUID {
        let made = try await app.send(.POST, "/api/v1/meetings", as: token, json: json)
        guard made.status == .created, let id = (made.json["id"] as? String).flatMap(UUID.init(uuidString:)) else {
            throw Abort(.internalServerError, reason: "meeting not made: \(made.status) \(made.body.string)")
        }
        return id
    }
}
