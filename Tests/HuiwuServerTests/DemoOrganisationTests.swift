import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// `huiwu demo --rulebook X` is the organisation X describes (R2.1, R3.1, R2.4, X4): its own
/// meeting types only, people in the positions its chains name (a staff leave reaches a real
/// person, never the administrator), and a past the ledger and the cadence page show.
@Suite("Each shipped rulebook's demo is a coherent organisation")
struct DemoOrganisationTests {
    @Test(
        "own meeting types, a leave that reaches a non-admin person, history on the ledger and cadence pages",
        arguments: ["A1", "A2", "A3", "A4", "A5"])
    func demoIsCoherent(rulebook: String) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let result = try await DemoData.load(app, rulebook: rulebook)
            #expect(result.loaded && result.adopted?.key.hasPrefix(rulebook) == true)
            for login in ["admin", "wangfang", "liqiang", "zhangwei", "liuyang", "sunli"] {
                #expect(result.logins.contains { $0.hasPrefix(login + " ") }, "the README's log-in \(login) is kept")
            }
            let types = try await app.huiwu.meetingTypes.all()
            #expect(types.allSatisfy { $0.template.code.hasPrefix(rulebook.lowercased() + ".") })
            let people = try await app.huiwu.people.people()
            let staff = try #require(people.first { $0.username == "liuyang" })
            let head = try #require(people.first { $0.username == "zhangwei" })
            let start = try Timestamp.parse(at("15:00", day: "2026-12-03"))
            let meeting = try await app.huiwu.scheduler.createMeeting(
                MeetingDraft(
                    typeId: nil, title: "请假测试", roomId: nil,
                    interval: Interval(start: start, end: start.addingTimeInterval(3600)),
                    headcount: 3, participants: [ParticipantSelector(kind: .person, value: staff.id.uuidString)]),
                by: Actor(id: head.id, role: .departmentHead, departmentId: head.departmentId, displayName: head.displayName),
                now: clock.now())
            let leave = try await app.huiwu.leave.requestLeave(
                meeting: meeting.id, person: staff.id, reason: "事假", now: clock.now())
            if let approval = leave.approvalId {
                let asked = try #require(try await app.huiwu.approvals.view(approval)).waitingOn.map(\.personId)
                #expect(!asked.isEmpty)
                for person in asked {
                    let who = try #require(people.first { $0.id == person })
                    #expect(
                        who.role != Role.admin.rawValue,
                        "\(rulebook): the leave reaches \(who.displayName), not the administrator")
                    if rulebook == "A3" { #expect(who.position == "客服经理") }
                }
            } else {
                #expect(leave.status == .granted, "no chain in \(rulebook): approved at once, by nobody's default")
            }
            // The past: three closed meetings with check-ins, and under A3 and A5 fines on the ledger.
            let hash = try await app.password.async.hash(Fixture.password)  // the page helpers sign in with it
            try await app.huiwu.store.write { db in try await db.raw("UPDATE people SET password_hash = \(bind: hash)").run() }
            let office = try await PageClient.signIn(app, "wangfang")
            let ledger = try await office.page("/penalties?scope=all&month=2026-11")
            if rulebook == "A3" || rulebook == "A5" { #expect(ledger.contains("2026-11-"), "\(rulebook): fines last month") }
            let closed = try await app.huiwu.store.reader.raw(
                "SELECT COUNT(*) AS n FROM meetings WHERE attendance_closed_at IS NOT NULL"
            ).first()?.decode(column: "n", as: Int.self)
            #expect(closed == 3)
            if ["A2", "A3", "A5"].contains(rulebook) {
                let admin = try await PageClient.signIn(app, "admin")
                let cadence = try await admin.page("/reports/cadence?from=2026-11&months=1")
                #expect(cadence.contains("title=\"2026-11-"), "\(rulebook): meetings held last month")
            }
        }
    }
}
