import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// Changing one's password and an administrator's reset (X1, ASVS V2.1), on both databases.
@Suite("Passwords are changed and reset")
struct PasswordChangeTests {
    static let newPassword = "a long new passphrase 42"

    @Test("changing one's password ends the other sessions and tokens and keeps this one", arguments: TestDatabase.allCases)
    func changingOnesPasswordEndsOtherSessions(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let here = try await PageClient.signIn(app, "staff")
            let elsewhere = try await PageClient.signIn(app, "staff")
            let sent = try await here.post(
                "/me/password",
                [
                    "_csrf": here.csrf, "currentPassword": Fixture.password, "newPassword": Self.newPassword,
                    "confirmPassword": Self.newPassword,
                ])
            #expect(sent.status == .seeOther)
            #expect(sent.location?.hasPrefix("/me/password?done=password_changed") == true)
            #expect(try await app.send(.GET, "/me/password", as: nil, headers: Self.cookie(here.cookie)).status == .ok)
            let other = try await app.send(.GET, "/grid", as: nil, headers: Self.cookie(elsewhere.cookie))
            #expect(other.status == .seeOther, "the other browser is signed out")
            #expect(try await app.send(.GET, "/api/v1/me", as: f.tokens["staff"]).status == .unauthorized)
            let signIn = try await app.send(
                .POST, "/api/v1/auth/token", as: nil, json: ["username": "staff", "password": Self.newPassword])
            #expect(signIn.status == .ok)
        }
    }

    @Test("a wrong current password or two new ones that differ come back in the reader's language, no password echoed")
    func badInputIsReRendered() async throws {
        try await withHuiwu(.sqlite) { app in
            _ = try await Fixture.make(app)
            let here = try await PageClient.signIn(app, "staff")
            let sent = try await here.post(
                "/me/password",
                [
                    "_csrf": here.csrf, "currentPassword": "not-the-password", "newPassword": Self.newPassword,
                    "confirmPassword": "something else entirely",
                ])
            #expect(sent.status == .unprocessableEntity)
            #expect(sent.body.contains("当前密码不正确"))
            #expect(sent.body.contains("两次输入的新密码不一致"))
            #expect(!sent.body.contains("not-the-password") && !sent.body.contains(Self.newPassword))
            let breached = try await here.post(
                "/me/password",
                [
                    "_csrf": here.csrf, "currentPassword": Fixture.password, "newPassword": "short",
                    "confirmPassword": "short",
                ])
            #expect(breached.status == .unprocessableEntity)
            #expect(breached.body.contains("id=\"new-password-error\""))
            // Nothing changed: the old password still signs in.
            #expect(try await app.send(.GET, "/grid", as: nil, headers: Self.cookie(here.cookie)).status == .ok)
        }
    }

    @Test("an administrator resets someone's password: all their sessions end; their own needs the current one")
    func administratorResets() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let admin = try await PageClient.signIn(app, "admin")
            let staffSession = try await PageClient.signIn(app, "staff")
            let reset = try await admin.post(
                "/admin/people/\(f.staff.id)/password",
                ["_csrf": admin.csrf, "newPassword": Self.newPassword, "confirmPassword": Self.newPassword])
            #expect(reset.status == .seeOther)
            #expect(try await app.send(.GET, "/grid", as: nil, headers: Self.cookie(staffSession.cookie)).status == .seeOther)
            #expect(try await app.send(.GET, "/api/v1/me", as: f.tokens["staff"]).status == .unauthorized)
            let own = try await admin.post(
                "/admin/people/\(f.admin.id)/password",
                ["_csrf": admin.csrf, "newPassword": Self.newPassword, "confirmPassword": Self.newPassword])
            #expect(own.status == .unprocessableEntity)
            let ownAPI = try await app.send(
                .PUT, "/api/v1/people/\(f.admin.id)", as: f.tokens["admin"],
                json: ["displayName": "管理员", "role": "admin", "password": Self.newPassword])
            #expect(ownAPI.status == .unprocessableEntity)
            // The office may not reset anyone's, an administrator's least of all.
            let office = try await PageClient.signIn(app, "office")
            let refused = try await office.post(
                "/admin/people/\(f.admin.id)/password",
                ["_csrf": office.csrf, "newPassword": Self.newPassword, "confirmPassword": Self.newPassword])
            #expect(refused.status == .forbidden)
        }
    }

    @Test("the API changes one's own password and keeps the asking token", arguments: TestDatabase.allCases)
    func apiChangesOwnPassword(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let spare = try await Fixture.token(app, "staff")
            let wrong = try await app.send(
                .PUT, "/api/v1/me/password", as: spare, json: ["currentPassword": "nope", "newPassword": Self.newPassword])
            #expect(wrong.status == .unprocessableEntity)
            let changed = try await app.send(
                .PUT, "/api/v1/me/password", as: spare,
                json: ["currentPassword": Fixture.password, "newPassword": Self.newPassword])
            #expect(changed.status == .noContent)
            #expect(try await app.send(.GET, "/api/v1/me", as: spare).status == .ok)
            #expect(try await app.send(.GET, "/api/v1/me", as: f.tokens["staff"]).status == .unauthorized)
        }
    }

    static func cookie(_ value: String) -> HTTPHeaders {
        ["Cookie": "\(AuthConstants.sessionCookie)=\(value)"]
    }
}
