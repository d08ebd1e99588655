import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor

@testable import HuiwuServer

/// A decision applying the organisation's own setting says so wherever it is cited (X3): A1 四
/// keeps a register of use, the 15 minutes after which a room is released are the company's.
@Suite("Local clauses cited in decisions: shown as the organisation's setting")
struct LocalClauseLabelTests {
    @Test("a room released for a no-show: the meeting page, the organiser's notice and the attendance window say 本单位规定")
    func releasedRoomCitesASetting() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A1", count: 2)
            clock.set(try Timestamp.parse(at("10:15")))
            #expect(try await app.huiwu.attendance.releaseNoShows(now: clock.now()) == 1)
            let browser = try await PageClient.signIn(app, "office")
            let page = try await browser.page("/meetings/\(w.meeting)")
            #expect(page.contains("无人签到（A1 四（本单位规定） 会议开始15分钟后"))
            let english = try await browser.page("/meetings/\(w.meeting)", lang: "en")
            #expect(english.contains("A1 四 (organisation setting)"))
            let inbox = try await app.send(.GET, "/api/v1/notifications", as: try await Fixture.token(app, "office"))
            let told = inbox.pageItems.first { $0["kind"] as? String == "no_show.released" }
            let message = told?["message"] as? String ?? ""
            #expect(message.contains("A1 四（本单位规定）"), "\(message)")
        }
    }

    @Test("an article clause carries no setting label: every A3 clause but the attendance window")
    func articleClausesArePlain() async throws {
        try await withHuiwu(.sqlite) { app in
            _ = try await Fixture.make(app)
            _ = try await DemoRulebook.adopt(app, name: "A3")
            let book = try #require(try await app.huiwu.rulebooks.rulebook(on: CivilDate("2026-12-01")!))
            let browser = try await PageClient.signIn(app, "staff")
            let page = try await browser.page("/rulebook")
            for clause in book.clauses {
                let row = try #require(RulebookUploadTests.row(clause.id, in: page), "\(clause.id)")
                #expect(row.contains("本单位规定") == (clause.id == "A3-attendance"), "\(clause.id)")
            }
        }
    }
}
