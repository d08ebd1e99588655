import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor

@testable import HuiwuServer

/// A5's cadences as the report reads them (R2.4, R5.5): pre-shift meetings every day, the
/// service-quality meeting once a month.
@Suite("Cadence compliance under A5: daily pre-shift meetings, a monthly service-quality meeting")
struct DailyCadenceReportTests {
    @Test(
        "each day needs its pre-shift meeting; the service-quality meeting is counted by month", arguments: TestDatabase.allCases)
    func a5Daily(db: TestDatabase) async throws {
        let clock = MutableClock(try Timestamp.parse("2026-11-01T08:00:00+08:00"))
        try await withHuiwu(db, clock: clock) { app in
            let f = try await Fixture.make(app)
            _ = try await DemoRulebook.adopt(app, name: "A5")
            _ = try await app.send(.POST, "/api/v1/meeting-types/templates", as: f.tokens["admin"], json: [:])
            let held = try await CadenceReportTests.meeting(app, f, code: "a5.pre_shift", day: "2026-11-02", clock: clock)
            _ = try await CadenceReportTests.meeting(app, f, code: "a5.pre_shift", day: "2026-11-03", clock: clock)
            let quality = try await CadenceReportTests.meeting(
                app, f, code: "a5.service_quality", day: "2026-11-27", clock: clock)
            try await CadenceReportTests.attend(app, f, held, day: "2026-11-02", clock: clock)
            try await CadenceReportTests.attend(app, f, quality, day: "2026-11-27", clock: clock)
            clock.set(testNow)  // 2026-12-01
            let admin = try await Fixture.token(app, "admin")
            let res = try await app.send(.GET, "/api/v1/reports/cadence?from=2026-11&months=1", as: admin)
            #expect(res.status == .ok)
            let lines = res.json["lines"] as? [[String: Any]] ?? []
            let daily = try #require(lines.first { $0["meetingType"] as? String == "a5.pre_shift" })
            #expect(daily["per"] as? String == "day")
            #expect((daily["clause"] as? [String: Any])?["clauseId"] as? String == "A5-4-pre-shift-cadence")
            let days = daily["periods"] as? [[String: Any]] ?? []
            #expect(days.count == 30)
            #expect(days.allSatisfy { $0["starts"] as? String == $0["ends"] as? String })
            let status = Dictionary(
                uniqueKeysWithValues: days.map { ($0["starts"] as? String ?? "", $0["status"] as? String ?? "") })
            #expect(status["2026-11-02"] == "met")
            #expect(status["2026-11-03"] == "short", "planned but nobody came: not held")
            #expect(days.filter { $0["status"] as? String == "met" }.count == 1)
            let monthly = try #require(lines.first { $0["meetingType"] as? String == "a5.service_quality" })
            #expect(monthly["per"] as? String == "month")
            let months = monthly["periods"] as? [[String: Any]] ?? []
            #expect(months.map { $0["status"] as? String } == ["met"])

            let browser = try await PageClient.signIn(app, "admin")
            let page = try await browser.page("/reports/cadence?from=2026-11&months=1")
            #expect(page.contains("A5 §4"))
            #expect(page.contains("2026-11-02") && !page.contains("2026-11-02 – 2026-11-02"), "a day is labelled once")
        }
    }
}
