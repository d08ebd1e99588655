import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// An installation always keeps an active administrator (X1), also when two demote each other at
/// the same moment (both databases).
@Suite("The last administrator stays")
struct LastAdministratorTests {
    @Test(
        "the last two administrators demoting each other at the same moment: one succeeds, the other is refused",
        arguments: TestDatabase.allCases)
    func lastAdministratorsCannotDemoteEachOther(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let second = try await Self.personAt(app, f, "admin2", role: .admin)
            let t1 = f.tokens["admin"], t2 = try await Fixture.token(app, "admin2")
            for round in 0..<5 {
                async let one = app.send(.PUT, "/api/v1/people/\(second.id)", as: t1, json: Self.body(second, role: "staff"))
                async let two = app.send(.PUT, "/api/v1/people/\(f.admin.id)", as: t2, json: Self.body(f.admin, role: "staff"))
                let (a, b) = try await (one, two)
                let statuses = [a.status, b.status]
                #expect(!statuses.allSatisfy { $0 == .ok }, "round \(round): both demoted")
                let admins = try await app.huiwu.people.people(withRole: .admin)
                #expect(admins.count >= 1, "round \(round): an administrator is left")
                // Put both back for the next round, through the store (the policy lets any admin do it).
                for p in [f.admin, second] {
                    var back = try #require(try await app.huiwu.people.person(p.id))
                    back.role = Role.admin.rawValue
                    _ = try await app.huiwu.people.updatePerson(back)
                }
            }
            let last = try await app.send(.PUT, "/api/v1/people/\(second.id)", as: t1, json: Self.body(second, role: "staff"))
            #expect(last.status == .ok)
            let lone = try await app.send(.PUT, "/api/v1/people/\(f.admin.id)", as: t1, json: Self.body(f.admin, role: "staff"))
            #expect(lone.status == .unprocessableEntity)
            // Whoever asks, the store keeps the last one (the web page and the API both go through it).
            var demoted = try #require(try await app.huiwu.people.person(f.admin.id))
            demoted.role = Role.staff.rawValue
            await #expect(throws: StoreError.invalid(field: "role", code: "person.last_admin")) {
                _ = try await app.huiwu.people.updatePerson(demoted)
            }
        }
    }

    static func body(_ p: PersonRecord, role: String) -> [String: any Sendable] {
        ["displayName": p.displayName, "role": role, "active": true]
    }
}

extension LastAdministratorTests {
    static func personAt(_ app: Application, _ f: Fixture, _ username: String, role: Role) async throws -> PersonRecord {
        try await Fixture.person(app, username, username, role, department: f.sales.id, passwordHash: f.staff.passwordHash)
    }
}
