import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

@Suite("Command-line administration")
struct AdminTaskTests {
    @Test("create-user makes a person who can sign in, creating the department if needed", arguments: TestDatabase.allCases)
    func createUserCanSignIn(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let person = try await AdminTasks.createUser(
                app, username: "zhao", password: "secret-pass-for-zhao", role: .roomOffice,
                department: "行政部", displayName: "赵敏")
            #expect(person.roleValue == .roomOffice)
            let department = try #require(try await app.huiwu.people.department(named: "行政部"))
            #expect(person.departmentId == department.id)
            let token = try await app.send(
                .POST, "/api/v1/auth/token", as: nil,
                json: ["username": "zhao", "password": "secret-pass-for-zhao"])
            #expect(token.status == .ok)
            await #expect(throws: StoreError.duplicate(field: "username")) {
                _ = try await AdminTasks.createUser(
                    app, username: "zhao", password: "another-pass-for-zhao", role: .staff,
                    department: nil, displayName: "x")
            }
        }
    }
}
