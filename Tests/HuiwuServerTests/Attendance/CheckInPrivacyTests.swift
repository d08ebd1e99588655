import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor

@testable import HuiwuServer

/// A check-in code passed on (X1): someone not on the list who opens it learns nothing of the
/// meeting — not its title, time or room — and cannot check in.
@Suite("Check-in privacy")
struct CheckInPrivacyTests {
    @Test("someone not on the list opening a valid check-in link sees no title, time or room")
    func strangerSeesNothingOfTheMeeting() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 1)
            clock.set(try Timestamp.parse(at("09:50")))
            let token = CheckInToken.make(for: w.meeting, now: clock.now(), box: app.huiwu.secrets)
            let stranger = try await PageClient.signIn(app, "colleague")
            let page = try await stranger.page("/check-in/\(w.meeting)?t=\(token)")
            #expect(page.contains("id=\"check-in-not-listed\""))
            #expect(!page.contains("id=\"check-in-meeting\"") && !page.contains("例会") && !page.contains("大会议室"))
            #expect(!page.contains("id=\"check-in-button\""))
            let participant = try await PageClient.signIn(app, "p0")
            let theirs = try await participant.page("/check-in/\(w.meeting)?t=\(token)")
            #expect(theirs.contains("id=\"check-in-meeting\"") && theirs.contains("例会"))
        }
    }
}
