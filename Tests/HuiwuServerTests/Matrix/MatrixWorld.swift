import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// The organisation the matrix runs in: one person per column, signed in both ways (an API token
/// and a web session), and factories for the things rows act on — each call gets its own.
final class MatrixWorld: @unchecked Sendable {
    let app: Application
    let f: Fixture
    var people: [Who: PersonRecord] = [:]
    var tokens: [Who: String] = [:]
    var sessions: [Who: PageClient] = [:]
    /// A room needing approval and one approving at once, both with space for every headcount used.
    var approvalRoom: RoomRecord!
    var autoRoom: RoomRecord!
    var otherDepartment: DepartmentRecord!
    private let lock = NSLock()
    private var slots = 0

    init(app: Application, fixture: Fixture) {
        self.app = app
        self.f = fixture
    }

    /// The fixture's organisation, plus a person of each other column, a second department and
    /// two rooms of the matrix's own, all made with the fixture's building blocks.
    static func make(_ app: Application) async throws -> MatrixWorld {
        let f = try await Fixture.make(app)
        let w = MatrixWorld(app: app, fixture: f)
        let now = app.huiwu.clock.now()
        w.otherDepartment = try await Fixture.department(app, "财务部", now: now)
        w.people[.admin] = f.admin
        w.people[.office] = f.office
        let plain: [(Who, String, Role, UUID?)] = [
            (.info, "信息中心", .infoCentre, nil), (.head, "销售部经理", .departmentHead, f.sales.id),
            (.staff, "旁人", .staff, w.otherDepartment.id), (.cleaning, "保洁员", .cleaning, nil),
            (.participant, "参会人", .staff, f.sales.id), (.organiser, "组织人", .staff, f.sales.id),
            (.owner, "预约人", .staff, f.sales.id),
        ]
        for (who, name, role, department) in plain {
            w.people[who] = try await Fixture.person(
                app, "m_" + who.rawValue, name, role, department: department, email: "\(who.rawValue)@example.com", now: now)
        }
        for who in Who.allCases where who != .anonymous {
            let username = w.people[who]!.username
            w.tokens[who] = try await Fixture.token(app, username)
            w.sessions[who] = try await Fixture.session(app, username)
        }
        w.approvalRoom = try await Fixture.room(app, RoomSpec(name: "矩阵审批室", capacity: 40, maxAdvanceDays: 365), now: now)
        w.autoRoom = try await Fixture.room(
            app, RoomSpec(name: "矩阵洽谈室", capacity: 40, maxAdvanceDays: 365, autoApprove: true), now: now)
        return w
    }

    func id(_ who: Who) -> String { people[who]!.id.uuidString }

    // MARK: - Time

    /// A fresh half hour, local: every factory call gets its own, so nothing it makes overlaps.
    func slot() -> (day: String, start: String, end: String) {
        let n = lock.withLock {
            slots += 1
            return slots
        }
        let day = CivilDate("2026-12-02")!.adding(days: n / 24)
        let minutes = 8 * 60 + (n % 24) * 30
        func clock(_ m: Int) -> String { String(format: "%02d:%02d", m / 60, m % 60) }
        return (day.description, clock(minutes), clock(minutes + 30))
    }

    static func instant(_ day: String, _ hhmm: String) -> String { "\(day)T\(hhmm):00+08:00" }

    /// A number no other call gets (unique names, codes).
    func unique() -> Int {
        lock.withLock {
            slots += 1
            return slots
        }
    }

    // MARK: - Sending as someone, for set-up

    func api(
        _ method: HTTPMethod, _ path: String, as who: Who, json: [String: any Sendable]? = nil,
        headers: HTTPHeaders = [:]
    ) async throws -> TestingHTTPResponse {
        let res = try await app.send(method, path, as: tokens[who], json: json, headers: headers)
        guard (200..<300).contains(res.status.code) else {
            throw MatrixSetupFailure("\(method) \(path) as \(who): \(res.status.code) \(res.body.string)")
        }
        return res
    }

    /// A token or web session of the caller's own to end (signing out).
    func spareToken(_ who: Who) async throws -> String? {
        who == .anonymous ? nil : try await Fixture.token(app, people[who]!.username)
    }

    func spareSession(_ who: Who) async throws -> PageClient? {
        who == .anonymous ? nil : try await Fixture.session(app, people[who]!.username)
    }
}

struct MatrixSetupFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A value a set-up answer must carry, as text.
func need(_ value: Any?, _ what: String = #function) throws -> String {
    guard let text = value as? String else { throw MatrixSetupFailure("\(what): no value in the answer") }
    return text
}
