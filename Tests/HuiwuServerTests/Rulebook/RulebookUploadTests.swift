import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// An uploaded rulebook cannot stall the server (X3): a document past a bound on what reading
/// it costs is refused with a 422 naming its line and column, before anything is built, off the
/// request threads; tags are refused like any other problem; local clauses are shown as the
/// organisation's setting.
@Suite("Rulebook uploads: bounded, refused at their line, local clauses labelled (X3)")
struct RulebookUploadTests {
    /// 10⁸ nodes in a few hundred bytes (the same document as the reader's test).
    static let bomb: String = {
        var lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*" + previous, count: 10).joined(separator: ",") + "]")
        }
        return (lines + ["? *h", ": boom"]).joined(separator: "\n") + "\n"
    }()

    @Test(
        "the alias bomb is a 422 at its line and column from check, adopt and dry run; nothing is stored",
        arguments: TestDatabase.allCases)
    func aliasBombIsRefused(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            for path in ["/api/v1/rulebook/check", "/api/v1/rulebook/versions", "/api/v1/rulebook/dry-run"] {
                let started = ContinuousClock.now
                let res = try await app.send(
                    .POST, path, as: f.tokens["admin"], json: ["source": Self.bomb], headers: ["Accept-Language": "en"])
                #expect(ContinuousClock.now - started < .seconds(2), "\(path)")
                #expect(res.status == .unprocessableEntity, "\(path): \(res.body.string)")
                #expect(res.json["code"] as? String == "rulebook.invalid")
                let problem = (res.json["problems"] as? [[String: Any]])?.first
                #expect(problem?["code"] as? String == "alias_expansion", "\(path)")
                #expect(problem?["line"] as? Int == 5 && problem?["column"] is Int)
                #expect((problem?["message"] as? String)?.contains("100000") == true)
            }
            #expect(try await app.huiwu.rulebooks.versions().isEmpty)
        }
    }

    @Test("two bombs at once and /healthz: every answer comes at once")
    func healthStaysResponsive() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let admin = try #require(f.tokens["admin"])
            let started = ContinuousClock.now
            async let first = app.send(.POST, "/api/v1/rulebook/check", as: admin, json: ["source": Self.bomb])
            async let second = app.send(.POST, "/api/v1/rulebook/check", as: admin, json: ["source": Self.bomb])
            async let health = app.send(.GET, "/healthz", as: nil)
            let answers = try await [first.status, second.status, health.status]
            #expect(answers == [.unprocessableEntity, .unprocessableEntity, .ok])
            #expect(ContinuousClock.now - started < .seconds(2))
        }
    }

    @Test("a tagged value is refused with its line and column, by check and by adopt; it is never adopted or served")
    func tagsAreRefused() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let a5 = RulebookAPITests.template(app, "A5")
            let tagged = a5.replacingOccurrences(
                of: "rulebook: A5-restaurant-routine-meetings", with: "rulebook: !!python/name:os.system A5-x")
            let check = try await app.send(.POST, "/api/v1/rulebook/check", as: f.tokens["admin"], json: ["source": tagged])
            #expect(check.status == .ok && check.json["valid"] as? Bool == false)
            let problem = (check.json["problems"] as? [[String: Any]])?.first
            #expect(problem?["code"] as? String == "tag_not_allowed" && problem?["line"] as? Int == 3)
            #expect(problem?["column"] as? Int == 11)
            let adopt = try await app.send(.POST, "/api/v1/rulebook/versions", as: f.tokens["admin"], json: ["source": tagged])
            #expect(adopt.status == .unprocessableEntity)
            let number = a5.replacingOccurrences(of: "version: 1", with: "version: !!str 1")
            let refused = try await app.send(.POST, "/api/v1/rulebook/versions", as: f.tokens["admin"], json: ["source": number])
            #expect(refused.status == .unprocessableEntity)
            #expect((refused.json["problems"] as? [[String: Any]])?.first?["code"] as? String == "tag_not_allowed")
            #expect(try await app.huiwu.rulebooks.versions().isEmpty)
        }
    }

    @Test("the editor page answers the bomb with a 422 listing the problem at its line")
    func editorRefusesTheBomb() async throws {
        try await withHuiwu(.sqlite) { app in
            _ = try await Fixture.make(app)
            let browser = try await PageClient.signIn(app, "admin")
            for intent in ["check", "dry_run", "adopt"] {
                let res = try await browser.post(
                    "/admin/rulebook", ["_csrf": browser.csrf, "intent": intent, "source": Self.bomb])
                #expect(res.status == .unprocessableEntity, "\(intent)")
                #expect(res.body.contains("第 5 行第"), "\(intent)")
            }
            #expect(try await app.huiwu.rulebooks.versions().isEmpty)
        }
    }

    @Test("a local clause is served with source local and no quote, and shown as the organisation's setting beside its article")
    func localClausesAreLabelled() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let made = try await app.send(
                .POST, "/api/v1/rulebook/versions", as: f.tokens["admin"], json: ["source": RulebookAPITests.template(app, "A5")])
            #expect(made.status == .created)
            let clauses = made.json["clauses"] as? [[String: Any]] ?? []
            let window = try #require(clauses.first { $0["id"] as? String == "A5-8-attendance" })
            #expect(window["source"] as? String == "local" && window["quote"] as? String == "")
            let leave = try #require(clauses.first { $0["id"] as? String == "A5-8-leave" })
            #expect(leave["source"] as? String == "article")
            for (lang, label) in [("zh-Hans", "本单位规定"), ("zh-Hant", "本單位規定"), ("en", "Organisation setting")] {
                let page = try await PageClient.signIn(app, "staff").page("/rulebook", lang: lang)
                let row = try #require(Self.row("A5-8-attendance", in: page))
                #expect(row.contains(label), "\(lang)")
                #expect(!row.contains("<blockquote"), "a setting is never shown as the article's words")
                let article = try #require(Self.row("A5-8-leave", in: page))
                #expect(!article.contains(label) && article.contains("<blockquote"))
            }
        }
    }

    /// The table row of one clause on the rulebook page.
    static func row(_ id: String, in page: String) -> String? {
        guard let start = page.range(of: "<tr id=\"clause-\(id)\">") else { return nil }
        let rest = page[start.lowerBound...]
        guard let end = rest.range(of: "</tr>") else { return nil }
        return String(rest[..<end.upperBound])
    }
}
