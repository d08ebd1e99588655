import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// What the API document bounds, the server holds to, with a 422 naming the field in the
/// reader's language (X1 people, R2.5 guests, X3 rulebook notes, OWASP ASVS V2.1 passwords).
@Suite("Input rules through the API and pages: e-mail, passwords, lengths")
struct InputRulesAPITests {
    static func fieldCodes(_ res: TestingHTTPResponse) -> [String: String] {
        let errors = res.json["errors"] as? [[String: Any]] ?? []
        return Dictionary(errors.map { ($0["field"] as? String ?? "", $0["code"] as? String ?? "") }) { a, _ in a }
    }

    static func messages(_ res: TestingHTTPResponse) -> [String: String] {
        let errors = res.json["errors"] as? [[String: Any]] ?? []
        return Dictionary(errors.map { ($0["field"] as? String ?? "", $0["message"] as? String ?? "") }) { a, _ in a }
    }

    @Test(
        "PUT /people/{id} refuses the e-mail `@` and the password `00000000` and changes nothing",
        arguments: TestDatabase.allCases)
    func updateRefusesBadEmailAndPassword(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let refused = try await app.send(
                .PUT, "/api/v1/people/\(f.staff.id)", as: f.tokens["admin"],
                json: ["displayName": "刘洋", "role": "staff", "email": "@", "password": "00000000"],
                headers: ["Accept-Language": "en"])
            #expect(refused.status == .unprocessableEntity)
            #expect(Self.fieldCodes(refused) == ["email": "field.email", "password": "person.password_too_short"])
            #expect(Self.messages(refused)["password"] == "At least 12 characters")
            let kept = try #require(try await app.huiwu.people.person(f.staff.id))
            #expect(kept.email == nil)
            #expect(try await Fixture.token(app, "staff").isEmpty == false)
        }
    }

    @Test(
        "a breached password of 12 characters is refused in any case; a good one is set and signs in",
        arguments: TestDatabase.allCases)
    func breachedRefusedGoodAccepted(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            for breached in ["qwerty123456", "QWERTY123456", "password1234"] {
                let refused = try await app.send(
                    .POST, "/api/v1/people", as: f.tokens["admin"],
                    json: ["username": "zhou", "password": breached, "displayName": "周敏", "role": "staff"])
                #expect(refused.status == .unprocessableEntity)
                #expect(Self.fieldCodes(refused) == ["password": "person.password_breached"])
            }
            #expect(try await app.huiwu.people.person(username: "zhou") == nil)
            let good = "会议室 钥匙 在前台 🙂"
            let made = try await app.send(
                .POST, "/api/v1/people", as: f.tokens["admin"],
                json: [
                    "username": "zhou", "password": good, "displayName": "周敏", "role": "staff",
                    "email": "zhou.min@a1.example",
                ])
            #expect(made.status == .created)
            #expect(made.json["email"] as? String == "zhou.min@a1.example")
            let signIn = try await app.send(
                .POST, "/api/v1/auth/token", as: nil, json: ["username": "zhou", "password": good])
            #expect(signIn.status == .ok)
            // A new password for someone is held to the same policy; an existing one keeps working.
            let changed = try await app.send(
                .PUT, "/api/v1/people/\(f.colleague.id)", as: f.tokens["admin"],
                json: ["displayName": "陈静", "role": "staff", "password": "Password1234"])
            #expect(Self.fieldCodes(changed) == ["password": "person.password_breached"])
            #expect(try await Fixture.token(app, "colleague").isEmpty == false)
        }
    }

    @Test(
        "an address is checked exactly as sent: spaces, no domain dot, 65-character local parts are refused",
        arguments: [" a@x.cn", "a@x", "wang@例子.中国", String(repeating: "a", count: 65) + "@x.cn"])
    func emailsRefused(email: String) async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let refused = try await app.send(
                .PUT, "/api/v1/people/\(f.staff.id)", as: f.tokens["admin"],
                json: ["displayName": "刘洋", "role": "staff", "email": email])
            #expect(Self.fieldCodes(refused) == ["email": "field.email"])
        }
    }

    @Test("the admin page shows each refusal beside its field and keeps what was typed, never the password")
    func adminPageKeepsTypedValues() async throws {
        try await withHuiwu(.sqlite) { app in
            _ = try await Fixture.make(app)
            let browser = try await PageClient.signIn(app, "admin")
            let refused = try await browser.post(
                "/admin/people",
                [
                    "_csrf": browser.csrf, "username": "zhou", "password": "huiwu-demo", "displayName": "周敏", "role": "staff",
                    "email": "zhou@", "position": "秘书",
                ])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.contains("密码至少 12 个字符"))
            #expect(refused.body.contains("邮箱格式不正确"))
            #expect(refused.body.contains("value=\"zhou@\"") && refused.body.contains("value=\"周敏\""))
            #expect(!refused.body.contains("huiwu-demo"))
            #expect(try await app.huiwu.people.person(username: "zhou") == nil)
            let made = try await browser.post(
                "/admin/people",
                [
                    "_csrf": browser.csrf, "username": "zhou", "password": "long enough and unlisted", "displayName": "周敏",
                    "role": "staff", "email": " zhou@a1.example ",
                ])
            #expect(made.status == .seeOther)
            #expect(try await app.huiwu.people.person(username: "zhou")?.email == "zhou@a1.example")
        }
    }

    @Test("`huiwu admin create-user` holds the password to the same policy")
    func createUserHoldsThePolicy() async throws {
        try await withHuiwu(.sqlite) { app in
            await #expect(throws: ValidationFailure([FieldError("password", "person.password_breached")])) {
                _ = try await AdminTasks.createUser(
                    app, username: "zhao", password: "qwerty123456", role: .staff, department: nil, displayName: "赵")
            }
            let created = try await app.huiwu.people.person(username: "zhao")
            #expect(created == nil)
        }
    }

    @Test("a guest's e-mail address on a meeting is held to the same rule")
    func guestEmail() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let refused = try await app.send(
                .POST, "/api/v1/meetings", as: f.tokens["office"],
                json: [
                    "title": "评审会", "startsAt": at("10:00"), "endsAt": at("11:00"),
                    "participants": [["kind": "guest", "value": "王老师", "email": "wang@example"]],
                ])
            #expect(refused.status == .unprocessableEntity)
            #expect(Self.fieldCodes(refused) == ["participants[0]": "meeting.guest_email"])
        }
    }

    @Test("a rulebook note longer than its maxLength or on two lines is refused by the check and by adopting")
    func rulebookNote() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let source = RulebookAPITests.template(app, "A5")
            for path in ["/api/v1/rulebook/check", "/api/v1/rulebook/versions"] {
                let long = try await app.send(
                    .POST, path, as: f.tokens["admin"], json: ["source": source, "note": String(repeating: "注", count: 201)])
                #expect(long.status == .unprocessableEntity)
                #expect(Self.fieldCodes(long) == ["note": "field.too_long"])
                let twoLines = try await app.send(
                    .POST, path, as: f.tokens["admin"], json: ["source": source, "note": "第一行\n第二行"])
                #expect(Self.fieldCodes(twoLines) == ["note": "field.control_characters"])
            }
            #expect(try await app.huiwu.rulebooks.versions().isEmpty)
            let fits = try await app.send(
                .POST, "/api/v1/rulebook/check", as: f.tokens["admin"],
                json: ["source": source, "note": String(repeating: "注", count: 200)])
            #expect(fits.status == .ok && fits.json["valid"] as? Bool == true)
        }
    }

    @Test("a limit counts code points as sent and controls are refused anywhere, e.g. a booking's cancel reason")
    func reasonsCountCodePoints() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let booked = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.auto, "10:00", "11:00"))
            let id = try #require(booked.json["id"] as? String)
            let tooLong = try await app.send(
                .POST, "/api/v1/bookings/\(id)/cancel", as: f.tokens["staff"],
                json: ["reason": String(repeating: "e\u{301}", count: 251)])
            #expect(Self.fieldCodes(tooLong) == ["reason": "field.too_long"])
            let control = try await app.send(
                .POST, "/api/v1/bookings/\(id)/cancel", as: f.tokens["staff"], json: ["reason": "改期\u{b}"])
            #expect(Self.fieldCodes(control) == ["reason": "field.control_characters"])
            let approved = try await app.send(
                .POST, "/api/v1/bookings/\(id)/approve", as: f.tokens["office"],
                json: ["reason": String(repeating: "好", count: 501)])
            #expect(Self.fieldCodes(approved) == ["reason": "field.too_long"])
        }
    }

    @Test("a daily wage is read as the document's pattern says: no sign, spaces or leading zeros, 0.01 to 100000")
    func dailyWage() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            for (text, ok) in [
                ("300", true), ("300.5", true), ("0.01", true), ("100000.00", true), (" 300", false), ("0300", false),
                ("0", false), ("0.00", false), ("100000.01", false), ("300.505", false), ("+300", false), ("３００", false),
            ] {
                let res = try await app.send(
                    .PUT, "/api/v1/people/\(f.staff.id)/wage", as: f.tokens["admin"], json: ["dailyWage": text])
                #expect(res.status == (ok ? .noContent : .unprocessableEntity), "\(text)")
            }
        }
    }
}
