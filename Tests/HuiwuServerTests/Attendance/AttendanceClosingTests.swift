import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor

@testable import HuiwuServer

/// Attendance closing and its fines (R3.2, R5.2, R5.6): the regulation's arithmetic,
/// entry by entry, each citing its clause; decided once however many workers close it.
@Suite("Attendance closes and the rulebook assesses its fines")
struct AttendanceClosingTests {
    @Test(
        "A3: late 20, early 20, absent three days' wages, both for late and early; on time costs nothing",
        arguments: TestDatabase.allCases)
    func a3Arithmetic(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 5, wage: 30_000)
            let p = w.people
            try await w.checkIn(w.organiser, "09:46", clock: clock)
            try await w.checkIn(p[0], "09:50", clock: clock)
            try await w.checkIn(p[2], "09:55", clock: clock)
            try await w.checkIn(p[1], "10:07", clock: clock)
            try await w.checkIn(p[4], "10:05", clock: clock)
            try await w.checkOut(p[4], "10:20", clock: clock)
            try await w.checkOut(p[2], "10:30", clock: clock)
            try await w.checkOut(p[0], "10:58", clock: clock)
            clock.set(try Timestamp.parse(at("11:29")))
            #expect(try await AttendanceJobs.closeDue(app) == 0, "closes 30 minutes after the end")
            clock.set(try Timestamp.parse(at("11:30")))
            #expect(try await AttendanceJobs.closeDue(app) == 1)
            #expect(try await AttendanceJobs.closeDue(app) == 0)
            let roster = try await app.huiwu.attendance.roster(w.meeting)
            func outcome(_ person: PersonRecord) -> AttendanceOutcome? {
                roster.first { $0.participant.record.personId == person.id }?.record?.outcome
            }
            #expect(outcome(w.organiser) == .onTime && outcome(p[0]) == .onTime)
            #expect(outcome(p[1]) == .late && outcome(p[2]) == .leftEarly && outcome(p[3]) == .absent)
            #expect(outcome(p[4]) == .lateAndLeftEarly)
            #expect(roster.allSatisfy { $0.record?.citation == Citation(version: 1, clauseID: "A3-attendance") })
            let entries = try await w.entries()
            let summary = entries.map { e in
                "\(p.firstIndex { $0.id == e.personId } ?? -1) \(e.trigger?.rawValue ?? "") \(e.amount?.value ?? -1) \(e.citation?.clauseID ?? "")"
            }.sorted()
            #expect(
                summary == [
                    "1 late 2000 A3-1.3-late", "2 early_leave 2000 A3-1.3-early", "3 absent 90000 A3-1.3-absent",
                    "4 early_leave 2000 A3-1.3-early", "4 late 2000 A3-1.3-late",
                ])
            #expect(entries.allSatisfy { $0.kind == .assessed && $0.citation?.version == 1 })
            #expect(entries.first { $0.trigger?.rawValue == "absent" }?.daysOfWage == 3)
        }
    }

    @Test("A3 without a wage on the profile: the absence records three days' wages, its amount completed later")
    func absenceWithoutWageRecordsDays() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 1)
            clock.set(try Timestamp.parse(at("12:00")))
            try await AttendanceJobs.closeDue(app)
            let absences = try await w.entries().filter { $0.trigger?.rawValue == "absent" }
            #expect(absences.count == 2)  // the participant and the organiser, neither checked in
            #expect(absences.allSatisfy { $0.amount == nil && $0.daysOfWage == 3 })
        }
    }

    @Test(
        "A5: an absentee never notified moves 10 yuan to the organiser; a notified absentee and lateness cost nothing under A5",
        arguments: TestDatabase.allCases)
    func a5UnnotifiedAbsenceFinesTheOrganiser(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 3)
            let p = w.people
            // p0 and p1 are notified (in-app notices delivered before the start); p2 was added afterwards.
            try await app.huiwu.store.write { db in
                try await db.raw(
                    "UPDATE meeting_participants SET removed = \(bind: true) WHERE id = \(bind: w.participant[p[2].id]!)"
                ).run()
            }
            let sent = try await app.send(.POST, "/api/v1/meetings/\(w.meeting)/notices", as: w.f.tokens["office"], json: [:])
            #expect(sent.status == .ok || sent.status == .accepted || sent.status == .created)
            while try await app.noticeDispatcher.deliverDue() > 0 {}
            try await app.huiwu.store.write { db in
                try await db.raw(
                    "UPDATE meeting_participants SET removed = \(bind: false) WHERE id = \(bind: w.participant[p[2].id]!)"
                ).run()
            }
            try await w.checkIn(w.organiser, "09:50", clock: clock)
            try await w.checkIn(p[0], "10:10", clock: clock)
            clock.set(try Timestamp.parse(at("11:30")))
            #expect(try await AttendanceJobs.closeDue(app) == 1)
            let entries = try await w.entries()
            #expect(entries.count == 1)
            let fine = try #require(entries.first)
            #expect(fine.personId == w.organiser.id && fine.amount == Fen(1000) && fine.trigger?.rawValue == "absent_unnotified")
            #expect(fine.citation == Citation(version: 1, clauseID: "A5-1-notify"))
            #expect(fine.participantId == w.participant[p[2].id] && fine.evidence["notified"] == "false")
        }
    }

    @Test(
        "concurrent check-ins keep one record each, the first time of a repeated one; closing in two workers at once decides once",
        arguments: TestDatabase.allCases)
    func concurrentCheckInsAndClosing(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 40, wage: 10_000)
            clock.set(try Timestamp.parse(at("09:58")))
            let attendance = app.huiwu.attendance
            let meeting = w.meeting
            try await withThrowingTaskGroup(of: Void.self) { group in
                for person in w.people {
                    group.addTask {
                        _ = try await attendance.checkIn(meeting: meeting, person: person.id, method: .qr, at: clock.now())
                    }
                }
                let first = w.people[0].id
                for i in 0..<10 {
                    let instant = clock.now().addingTimeInterval(Double(i + 1))
                    group.addTask { _ = try await attendance.checkIn(meeting: meeting, person: first, method: .api, at: instant) }
                }
                try await group.waitForAll()
            }
            let rows = try await app.huiwu.store.reader.raw(
                "SELECT COUNT(*) AS n FROM attendance WHERE meeting_id = \(bind: meeting) AND checked_in_at IS NOT NULL"
            ).first()!.decode(column: "n", as: Int.self)
            #expect(rows == 40)
            let roster = try await attendance.roster(meeting)
            #expect(roster.first { $0.participant.record.personId == w.people[0].id }?.record?.checkedInAt == clock.now())
            clock.set(try Timestamp.parse(at("11:30")))
            let results = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<2 { group.addTask { try await attendance.close(meeting, now: clock.now()) != nil } }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(results.filter { $0 }.count == 1)
            let entries = try await w.entries()
            #expect(entries.count == 1 && entries.first?.personId == w.organiser.id)  // only the organiser never came
        }
    }

    @Test("check-in before the window opens or after attendance closes is refused, citing the clause")
    func checkInOutsideTheWindowIsRefused() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 1)
            clock.set(try Timestamp.parse(at("09:44")))
            await #expect(
                throws: AttendanceError.notOpen(
                    opens: try Timestamp.parse(at("09:45")), citation: Citation(version: 1, clauseID: "A5-8-attendance"))
            ) {
                _ = try await app.huiwu.attendance.checkIn(
                    meeting: w.meeting, person: w.people[0].id, method: .qr, at: clock.now())
            }
            clock.set(try Timestamp.parse(at("11:30")))
            await #expect(throws: AttendanceError.closed(citation: Citation(version: 1, clauseID: "A5-8-attendance"))) {
                _ = try await app.huiwu.attendance.checkIn(
                    meeting: w.meeting, person: w.people[0].id, method: .qr, at: clock.now())
            }
            await #expect(throws: AttendanceError.notParticipant) {
                _ = try await app.huiwu.attendance.checkIn(
                    meeting: w.meeting, person: w.f.colleague.id, method: .qr, at: clock.now())
            }
        }
    }
}
