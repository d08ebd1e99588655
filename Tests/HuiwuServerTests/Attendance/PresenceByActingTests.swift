import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// Whoever runs a meeting is at it (R5.6, R3.2): the organiser who marks others, records an
/// offence or writes the minutes while the meeting runs is checked in from that first act, with
/// the method `acted`; judged by the same clause as a scan; an act after the end proves nothing.
@Suite("Acting on a meeting while it runs is being at it")
struct PresenceByActingTests {
    static func office(_ w: AttendanceWorld) -> Actor {
        Actor(id: w.organiser.id, role: .roomOffice, departmentId: nil, displayName: w.organiser.displayName)
    }

    static func outcome(_ app: Application, _ w: AttendanceWorld, _ person: PersonRecord) async throws -> AttendanceRecord? {
        try await app.huiwu.attendance.roster(w.meeting).first { $0.participant.record.personId == person.id }?.record
    }

    @Test(
        "the organiser who marks others and publishes the minutes without scanning is on time, not fined three days' wages",
        arguments: TestDatabase.allCases)
    func organiserWhoRanTheMeetingIsPresent(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 2, wage: 30_000)
            clock.set(try Timestamp.parse(at("09:55")))
            let p0 = try #require(w.participant[w.people[0].id])
            _ = try await app.huiwu.attendance.mark(
                meeting: w.meeting, participant: p0, .checkIn, by: Self.office(w), at: clock.now())
            clock.set(try Timestamp.parse(at("10:40")))
            _ = try await app.huiwu.minutes.save(
                w.meeting, body: "纪要", decisions: "", expectedVersion: 0, by: Self.office(w), now: clock.now())
            _ = try await app.huiwu.minutes.publish(w.meeting, by: Self.office(w), now: clock.now())
            clock.set(try Timestamp.parse(at("11:30")))
            #expect(try await AttendanceJobs.closeDue(app) == 1)
            let organiser = try #require(try await Self.outcome(app, w, w.organiser))
            #expect(organiser.outcome == .onTime && organiser.method == .acted)
            let firstAct = try Timestamp.parse(at("09:55"))
            #expect(organiser.checkedInAt == firstAct, "present from the first act")
            let fines = try await w.entries()
            #expect(!fines.contains { $0.personId == w.organiser.id }, "the organiser is not fined")
            #expect(fines.contains { $0.personId == w.people[1].id && $0.trigger?.rawValue == "absent" })
        }
    }

    @Test(
        "a first act after the late threshold is a late check-in; an act after the end records nothing",
        arguments: TestDatabase.allCases)
    func lateActIsLateAndActAfterTheEndIsNothing(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 1, wage: 30_000)
            let second = try await w.meeting(on: "2026-12-02")
            // Meeting 1: the first act is an offence recorded 5 minutes after the start.
            clock.set(try Timestamp.parse(at("10:05")))
            _ = try await app.huiwu.penalties.recordOffence(
                meeting: w.meeting, clause: "A3-2.5-personal", participant: try #require(w.participant[w.people[0].id]),
                reason: "大声喧哗", by: Self.office(w), time: app.huiwu.time, now: clock.now())
            let late = try #require(try await Self.outcome(app, w, w.organiser))
            #expect(late.method == .acted && late.checkedInAt == clock.now())
            // Meeting 2: only the minutes, written after it ended.
            clock.set(try Timestamp.parse(at("11:10", day: "2026-12-02")))
            _ = try await app.huiwu.minutes.save(
                second, body: "补记", decisions: "", expectedVersion: 0, by: Self.office(w), now: clock.now())
            clock.set(try Timestamp.parse(at("12:00", day: "2026-12-02")))
            #expect(try await AttendanceJobs.closeDue(app) == 2)
            #expect(try await Self.outcome(app, w, w.organiser)?.outcome == .late)
            let afterwards = try await app.huiwu.attendance.roster(second).first {
                $0.participant.record.personId == w.organiser.id
            }
            #expect(afterwards?.record?.outcome == .absent && afterwards?.record?.checkedInAt == nil)
        }
    }

    @Test("a scan before the first act stands; acting on a cancelled meeting records nothing", arguments: TestDatabase.allCases)
    func scanStandsAndCancelledRecordsNothing(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 1)
            try await w.checkIn(w.organiser, "09:50", clock: clock)
            clock.set(try Timestamp.parse(at("10:20")))
            _ = try await app.huiwu.minutes.addAction(
                w.meeting, title: "跟进", owner: w.people[0].id, dueOn: CivilDate("2026-12-08")!, by: Self.office(w),
                now: clock.now())
            let scanned = try #require(try await Self.outcome(app, w, w.organiser))
            let scannedAt = try Timestamp.parse(at("09:50"))
            #expect(scanned.method == .qr && scanned.checkedInAt == scannedAt)
        }
    }

    @Test("the organiser's page prompts a check-in and lists who would be closed absent; acting makes them present")
    func pagePromptsAndListsTheAbsent() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 2)
            try await w.checkIn(w.people[0], "09:52", clock: clock)
            clock.set(try Timestamp.parse(at("09:55")))
            let organiser = try await PageClient.signIn(app, "office")
            let page = try await organiser.page("/meetings/\(w.meeting)")
            #expect(page.contains("id=\"attendance-prompt\""))
            let absent = try #require(page.range(of: "id=\"will-be-absent\"")).upperBound
            let rest = page[absent...]
            let list = rest[..<(rest.range(of: "</div>")?.lowerBound ?? rest.endIndex)]
            #expect(list.contains("参会人1") && list.contains(w.organiser.displayName) && !list.contains("参会人0"))
            // The organiser marks participant 1: both are now present, and the prompt is gone.
            let p1 = try #require(w.participant[w.people[1].id])
            let marked = try await organiser.post(
                "/meetings/\(w.meeting)/attendance/\(p1)", ["_csrf": organiser.csrf, "mark": "check_in"])
            #expect(marked.status == .seeOther)
            let after = try await organiser.page("/meetings/\(w.meeting)")
            #expect(!after.contains("id=\"attendance-prompt\""))
            #expect(after.contains("主持会议的操作"), "the list says why the organiser counts as present")
            #expect(after.contains("目前无人将被记为缺席"))
            let participant = try await PageClient.signIn(app, "p0")
            let theirs = try await participant.page("/meetings/\(w.meeting)")
            #expect(!theirs.contains("id=\"will-be-absent\"") && !theirs.contains("id=\"attendance-prompt\""))
        }
    }
}
