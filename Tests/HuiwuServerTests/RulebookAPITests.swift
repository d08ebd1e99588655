import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// The rulebook through the API and pages (X3): adopted whole or not at all, every
/// problem by line in the reader's language, versions in force from their effective date.
@Suite("Rulebook: versions adopted, checked and read (X3)")
struct RulebookAPITests {
    static func template(_ app: Application, _ name: String) -> String {
        app.huiwu.rulebookTemplates.first { $0.name == name }!.source
    }

    @Test(
        "the admin adopts a seed rulebook; everyone reads the clause in force in their language", arguments: TestDatabase.allCases
    )
    func adoptAndRead(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            #expect(try await app.send(.GET, "/api/v1/rulebook", as: f.tokens["staff"]).status == .notFound)
            let made = try await app.send(
                .POST, "/api/v1/rulebook/versions", as: f.tokens["admin"],
                json: ["source": Self.template(app, "A5"), "note": "启用 A5"])
            #expect(made.status == .created)
            #expect(made.headers.first(name: .location) == "/api/v1/rulebook/versions/1")
            let current = try await app.send(.GET, "/api/v1/rulebook", as: f.tokens["staff"])
            #expect(current.status == .ok)
            #expect(current.json["version"] as? Int == 1 && current.json["inForce"] as? Bool == true)
            let clauses = current.json["clauses"] as? [[String: Any]] ?? []
            let leave = try #require(clauses.first { $0["id"] as? String == "A5-8-leave" })
            #expect(leave["cite"] as? String == "A5 §8")
            #expect((leave["parameters"] as? [String: String])?["minimum_notice"] == "1h")
            let page = try await PageClient.signIn(app, "staff").page("/rulebook", lang: "zh-Hant")
            #expect(page.contains("有事須在會議開始前至少一小時請假"))
            #expect(page.contains("最少提前"))
        }
    }

    @Test("a broken document is refused whole with every problem at its line, in the reader's language")
    func brokenDocumentIsRefusedWhole() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let broken = Self.template(app, "A3").replacingOccurrences(of: "amount: 20 yuan", with: "amount: 20")
                .replacingOccurrences(of: "version: 1", with: "version: one")
            let refused = try await app.send(
                .POST, "/api/v1/rulebook/versions", as: f.tokens["admin"], json: ["source": broken],
                headers: ["Accept-Language": "en"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.json["code"] as? String == "rulebook.invalid")
            let problems = refused.json["problems"] as? [[String: Any]] ?? []
            #expect(problems.map { $0["code"] as? String } == ["expected_integer", "bad_amount", "bad_amount", "bad_amount"])
            #expect(problems.first?["line"] as? Int == 7)
            #expect((problems.last?["message"] as? String)?.contains("write 10 yuan") == true)
            #expect(try await app.huiwu.rulebooks.versions().isEmpty)
        }
    }

    @Test("someone who may not adopt is refused before their document is judged", arguments: ["staff", "office"])
    func onlyAdminsAdopt(user: String) async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let refused = try await app.send(.POST, "/api/v1/rulebook/versions", as: f.tokens[user], json: ["source": 42])
            #expect(refused.status == .forbidden)
            #expect(
                try await app.send(.POST, "/api/v1/rulebook/check", as: f.tokens[user], json: ["source": "x"]).status
                    == .forbidden)
        }
    }

    @Test("a new version applies from its effective date; decisions before keep the old one; an old number is refused")
    func versionsTakeEffectOnTheirDate() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let f = try await Fixture.make(app)
            _ = try await app.send(
                .POST, "/api/v1/rulebook/versions", as: f.tokens["admin"], json: ["source": Self.template(app, "A5")])
            let v2 = Self.template(app, "A5").replacingOccurrences(of: "version: 1", with: "version: 2")
                .replacingOccurrences(of: "effective: 2026-01-01", with: "effective: 2026-12-15")
                .replacingOccurrences(of: "minimum_notice: 60min", with: "minimum_notice: 2h")
            let check = try await app.send(.POST, "/api/v1/rulebook/check", as: f.tokens["admin"], json: ["source": v2])
            #expect(check.json["valid"] as? Bool == true)
            #expect(check.json["changed"] as? [String] == ["A5-8-leave"])
            #expect(
                try await app.send(.POST, "/api/v1/rulebook/versions", as: f.tokens["admin"], json: ["source": v2]).status
                    == .created)
            let early = try await app.send(.GET, "/api/v1/rulebook", as: f.tokens["staff"])
            #expect(early.json["version"] as? Int == 1)
            clock.set(try Timestamp.parse("2026-12-15T00:00:00+08:00"))
            let later = try await app.send(.GET, "/api/v1/rulebook", as: f.tokens["staff"])
            #expect(later.json["version"] as? Int == 2)
            let again = try await app.send(.POST, "/api/v1/rulebook/versions", as: f.tokens["admin"], json: ["source": v2])
            #expect(again.status == .unprocessableEntity)
            let problem = (again.json["problems"] as? [[String: Any]])?.first
            #expect(problem?["code"] as? String == "version_not_newer" && problem?["line"] as? Int == 8)
            let versions = try await app.send(.GET, "/api/v1/rulebook/versions", as: f.tokens["staff"])
            #expect(versions.jsonArray.map { $0["version"] as? Int } == [2, 1])
        }
    }

    @Test("the editor shows problems by line and the changes a valid version makes; adopting redirects to it")
    func editorPage() async throws {
        try await withHuiwu(.sqlite) { app in
            _ = try await Fixture.make(app)
            let browser = try await PageClient.signIn(app, "admin")
            let start = try await browser.page("/admin/rulebook?template=A1")
            #expect(start.contains("A1-company-meeting-rooms"))
            let bad = try await browser.post(
                "/admin/rulebook",
                [
                    "_csrf": browser.csrf, "intent": "adopt",
                    "source": Self.template(app, "A1").replacingOccurrences(of: "period: 3d", with: "period: three days"),
                ])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.contains("第 71 行第"))
            #expect(bad.body.contains("时长"))
            #expect(try await app.huiwu.rulebooks.versions().isEmpty)
            let adopted = try await browser.post(
                "/admin/rulebook", ["_csrf": browser.csrf, "intent": "adopt", "source": Self.template(app, "A1")])
            #expect(adopted.status == .seeOther)
            let next = try await browser.page("/admin/rulebook")
            #expect(next.contains("version: 2"))
            let changed = Self.template(app, "A1").replacingOccurrences(of: "version: 1", with: "version: 2")
                .replacingOccurrences(of: "period: 3d", with: "period: 5d")
            let checked = try await browser.post(
                "/admin/rulebook", ["_csrf": browser.csrf, "intent": "check", "source": changed])
            #expect(checked.status == .ok)
            #expect(checked.body.contains("id=\"rulebook-valid\"") && checked.body.contains("A1-9-loan"))
            #expect(checked.body.contains("period: 5d"))
        }
    }

    @Test("every problem code a rulebook can be refused with has a message in each language")
    func everyProblemCodeIsTranslated() throws {
        let folders = [
            "Sources/HuiwuRulebookYAML", "Sources/HuiwuCore/Rulebook", "Sources/HuiwuStore/Rulebook",
            "Sources/HuiwuServer/Rulebook",
        ]
        var codes: Set<String> = []
        let pattern = try Regex(#"(?:log\.add|RulebookProblem)\(\s*"([a-z_]+)""#)
        for folder in folders {
            for file in try FileManager.default.contentsOfDirectory(atPath: packageRoot + "/" + folder)
            where file.hasSuffix(".swift") {
                let text = try String(contentsOfFile: packageRoot + "/" + folder + "/" + file, encoding: .utf8)
                for m in text.matches(of: pattern) { codes.insert(String(m.output[1].substring!)) }
            }
        }
        #expect(codes.count > 30)
        let catalogs = try Catalogs.load(Huiwu.capabilityFolders(root: packageRoot))
        for locale in UILocale.allCases {
            let missing = codes.filter { catalogs.table(locale)["error.rulebook." + $0] == nil }
            #expect(missing.isEmpty, "\(locale): \(missing.sorted())")
        }
    }
}
