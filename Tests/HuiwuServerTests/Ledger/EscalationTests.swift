import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor

@testable import HuiwuServer

/// Counts over a period (R3.2, X3): "three late arrivals in a month count as one absence".
@Suite("Escalation: fines counted over a period become one fine of another clause")
struct EscalationTests {
    static let clause = """
          - id: A3-late-thrice
            cite: A3 一.3（补充）
            quote: 一月內遲到三次按曠工一次處理。
            text:
              zh-Hans: 一个月内迟到三次按旷工一次处理。
              zh-Hant: 一個月內遲到三次按曠工一次處理。
              en: Three late arrivals in a month count as one absence.
            escalation: {counts: A3-1.3-late, per: month, every: 3, counts_as: A3-1.3-absent, replaces: true}

        """

    @Test("the period of a day: weeks from Monday, calendar months, quarters and years")
    func periods() {
        let day = CivilDate("2026-12-16")!  // a Wednesday
        #expect(Escalation.period(.week, containing: day) == (CivilDate("2026-12-14")!, CivilDate("2026-12-21")!))
        #expect(Escalation.period(.month, containing: day) == (CivilDate("2026-12-01")!, CivilDate("2027-01-01")!))
        #expect(Escalation.period(.quarter, containing: day) == (CivilDate("2026-10-01")!, CivilDate("2027-01-01")!))
        #expect(
            Escalation.period(.year, containing: CivilDate("2026-02-03")!) == (CivilDate("2026-01-01")!, CivilDate("2027-01-01")!)
        )
        #expect(Escalation.due(counted: 2, escalated: 0, every: 3) == 0)
        #expect(Escalation.due(counted: 3, escalated: 0, every: 3) == 1)
        #expect(Escalation.due(counted: 4, escalated: 1, every: 3) == 0)
        #expect(Escalation.due(counted: 6, escalated: 1, every: 3) == 1)
    }

    @Test(
        "A3 with the clause: the third late arrival of the month is one absence (3 days' wages) citing it, and the three 20-yuan fines are reversed",
        arguments: TestDatabase.allCases)
    func thirdLatenessIsAnAbsence(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let (w, meetings) = try await Self.lateFourTimes(app, clock: clock)
            let person = w.people[0]
            let mine = try await Self.entries(app, of: person, in: meetings)
            let lates = mine.filter { $0.kind == .assessed && $0.trigger?.rawValue == "late" }
            #expect(lates.count == 4)
            let escalated = mine.filter { $0.kind == .assessed && $0.citation?.clauseID == "A3-late-thrice" }
            #expect(escalated.count == 1)
            let absence = try #require(escalated.first)
            #expect(absence.trigger?.rawValue == "absent" && absence.amount == Fen(90_000) && absence.daysOfWage == 3)
            #expect(absence.meetingId == meetings[2], "decided when the third lateness closed")
            let reversed = Set(mine.filter { $0.kind == .reversed }.compactMap(\.refersTo))
            #expect(reversed == Set(lates.prefix(3).map(\.id)))
            #expect(!reversed.contains(lates[3].id), "January starts a new count")
            let owed = mine.compactMap(\.amount).reduce(Fen(0), +)
            #expect(owed == Fen(90_000 + 2_000))
        }
    }
    /// A3 with the clause; one person arrives ten minutes late on December 1, 8, 15 and
    /// January 5, and each meeting closes.
    static func lateFourTimes(_ app: Application, clock: MutableClock) async throws -> (AttendanceWorld, [UUID]) {
        let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 1, wage: 30_000)
        let a3 = try #require(app.huiwu.rulebookTemplates.first { $0.name == "A3" }).source
        let source = a3.replacingOccurrences(of: "version: 1\n", with: "version: 2\n")
            .replacingOccurrences(of: "clauses:\n", with: "clauses:\n" + Self.clause)
        _ = try await app.huiwu.rulebooks.adopt(source, by: nil, note: nil, now: clock.now())
        let person = w.people[0]
        var meetings = [w.meeting]
        for day in ["2026-12-08", "2026-12-15", "2027-01-05"] {
            let made = try await app.send(
                .POST, "/api/v1/meetings", as: w.f.tokens["office"],
                json: [
                    "title": "例会 \(day)", "roomId": w.f.big.id.uuidString, "startsAt": at("10:00", day: day),
                    "endsAt": at("11:00", day: day), "headcount": 2,
                    "participants": [["kind": "person", "value": person.id.uuidString]],
                ])
            meetings.append(try #require((made.json["id"] as? String).flatMap(UUID.init(uuidString:))))
        }
        for (meeting, day) in zip(meetings, ["2026-12-01", "2026-12-08", "2026-12-15", "2027-01-05"]) {
            clock.set(try Timestamp.parse(at("09:55", day: day)))
            _ = try await app.huiwu.attendance.checkIn(meeting: meeting, person: w.organiser.id, method: .qr, at: clock.now())
            clock.set(try Timestamp.parse(at("10:10", day: day)))
            _ = try await app.huiwu.attendance.checkIn(meeting: meeting, person: person.id, method: .qr, at: clock.now())
            clock.set(try Timestamp.parse(at("11:30", day: day)))
            #expect(try await AttendanceJobs.closeDue(app) == 1)
        }
        return (w, meetings)
    }

    static func entries(_ app: Application, of person: PersonRecord, in meetings: [UUID]) async throws -> [PenaltyEntry] {
        var mine: [PenaltyEntry] = []
        for meeting in meetings { mine += try await app.huiwu.penalties.entries(ofMeeting: meeting) }
        return mine.filter { $0.personId == person.id }.sorted {
            ($0.createdAt, $0.id.uuidString) < ($1.createdAt, $1.id.uuidString)
        }
    }

    @Test(
        "a correction taking one of the three late arrivals away undoes the absence and charges the other two again; correcting it back escalates again",
        arguments: TestDatabase.allCases)
    func correctionUndoesAndRedoesTheEscalation(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let (w, meetings) = try await Self.lateFourTimes(app, clock: clock)
            let person = w.people[0]
            let actor = Actor(id: w.f.office.id, role: .roomOffice, departmentId: nil, displayName: "王芳")
            let seat = try #require(
                try await app.huiwu.attendance.roster(meetings[1]).first { $0.participant.record.personId == person.id })
            _ = try await app.huiwu.attendance.correct(
                meeting: meetings[1], participant: seat.participant.record.id, to: .onTime, reason: "签到机故障",
                by: actor, now: clock.now())
            var mine = try await Self.entries(app, of: person, in: meetings)
            let owed = { (entries: [PenaltyEntry]) in entries.compactMap(\.amount).reduce(Fen(0), +) }
            #expect(owed(mine) == Fen(2_000 * 3), "December 1 and 15 again, and January 5")
            let absence = try #require(mine.first { $0.kind == .assessed && $0.citation?.clauseID == "A3-late-thrice" })
            let undone = try #require(mine.first { $0.kind == .reversed && $0.refersTo == absence.id })
            #expect(undone.reason == "签到机故障" && undone.amount == Fen(-90_000))
            let restored = mine.filter { $0.kind == .assessed && $0.evidence["restored"] != nil }
            #expect(restored.count == 2 && restored.allSatisfy { $0.amount == Fen(2_000) && $0.trigger?.rawValue == "late" })
            #expect(Set(restored.compactMap(\.meetingId)) == Set([meetings[0], meetings[2]]))

            _ = try await app.huiwu.attendance.correct(
                meeting: meetings[1], participant: seat.participant.record.id, to: .late, reason: "复核录像，确实迟到",
                by: actor, now: clock.now())
            mine = try await Self.entries(app, of: person, in: meetings)
            #expect(owed(mine) == Fen(90_000 + 2_000), "three late in December again: one absence, and January's lateness")
            let standing = mine.filter { e in
                e.kind == .assessed && e.citation?.clauseID == "A3-late-thrice"
                    && !mine.contains { $0.kind == .reversed && $0.refersTo == e.id }
            }
            #expect(standing.count == 1 && standing.first?.amount == Fen(90_000))
        }
    }
}
