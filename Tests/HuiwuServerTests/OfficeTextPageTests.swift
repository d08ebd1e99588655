import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// Text as a browser sends it and as an office reads it (X2, X6, R5.x): a rulebook typed in the
/// editor arrives with CR LF line ends; its problems are shown filled in; durations and times
/// read as words; the kiosk says what is true before a meeting starts.
@Suite("Pages read browser text and speak the reader's language (X2, X6)")
struct OfficeTextPageTests {
    static func crlf(_ text: String) -> String { TextLines.normalised(text, separator: "\r\n") }

    @Test("a broken rulebook checked on the editor shows its messages filled in, never {key}")
    func brokenRulebookMessagesAreFilled() async throws {
        try await withHuiwu(.sqlite) { app in
            _ = try await Fixture.make(app)
            let admin = try await PageClient.signIn(app, "admin")
            let template = try #require(app.huiwu.rulebookTemplates.first { $0.name == "A1" })
            let unknownKey = template.source.replacingOccurrences(of: "\ntitle:", with: "\ncolour: blue\ntitle:")
            let badDuration = template.source.replacingOccurrences(
                of: "check_in_opens_before: 15min", with: "check_in_opens_before: 15 fortnights")
            for (broken, shown) in [(unknownKey, "colour"), (badDuration, "15 fortnights")] {
                let answer = try await admin.post(
                    "/admin/rulebook", ["_csrf": admin.csrf, "intent": "check", "source": Self.crlf(broken)])
                let parts = answer.body.components(separatedBy: "id=\"rulebook-problems\"")
                #expect(parts.count == 2, "the problems are listed")
                let problems = (parts.last ?? "").components(separatedBy: "</section>")[0]
                #expect(problems.contains(shown), "\(shown)")
                #expect(problems.range(of: #"\{[a-z_]+\}"#, options: .regularExpression) == nil)
            }
        }
    }

    @Test("a rulebook edited in the browser (CR LF) differs from the stored one by the lines changed")
    func browserRulebookDiffShowsChangedLines() async throws {
        try await withHuiwu(.sqlite) { app in
            _ = try await Fixture.make(app)
            let stored = try await DemoRulebook.adopt(app, name: "A1")
            let admin = try await PageClient.signIn(app, "admin")
            let next = RulebookTemplates.renumbered(stored.source, version: stored.version + 1, effective: stored.effective)
            let answer = try await admin.post(
                "/admin/rulebook", ["_csrf": admin.csrf, "intent": "check", "source": Self.crlf(next)])
            #expect(answer.body.contains("id=\"rulebook-diff\""))
            let added = answer.body.components(separatedBy: "class=\"diff-added\"").count - 1
            #expect(added >= 1 && added <= 2, "only the version line changed, not the whole document")
        }
    }

    @Test("the rulebook page shows durations in words and adoption times as people read them")
    func rulebookUnitsAndTimes() async throws {
        try await withHuiwu(.sqlite) { app in
            _ = try await Fixture.make(app)
            _ = try await DemoRulebook.adopt(app, name: "A1")
            let staff = try await PageClient.signIn(app, "staff")
            let en = try await staff.page("/rulebook", lang: "en")
            #expect(en.contains("15 min") && en.contains("30 min"))
            #expect(en.range(of: #">\s*\d+(min|h|d)\s*<"#, options: .regularExpression) == nil)
            #expect(en.range(of: #"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"#, options: .regularExpression) != nil)
            #expect(!en.contains("T08:00:00+08:00"))
            let zh = try await staff.page("/rulebook")
            #expect(zh.contains("15 分钟"))
        }
    }

    @Test("before its start the kiosk says check-in is open and when the meeting starts, not that it is on")
    func kioskBeforeTheStart() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A1", count: 1)
            let href = KioskPage.href(for: w.f.big.id, generation: 0, box: app.huiwu.secrets)
            clock.set(try Timestamp.parse(at("09:46")))
            let before = try await app.send(.GET, href, as: nil).body.string
            #expect(before.contains("签到已开始 · 10:00 开会") && !before.contains("正在进行"))
            #expect(before.contains("id=\"kiosk-qr\""))
            clock.set(try Timestamp.parse(at("10:05")))
            let during = try await app.send(.GET, href, as: nil).body.string
            #expect(during.contains("正在进行") && !during.contains("签到已开始"))
        }
    }
}
