import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor

@testable import HuiwuServer

/// Corrections after attendance closed (R5.6, X5): the chair corrects a record with a
/// reason, audited; the fines follow — reversed by new entries, assessed anew — never edited.
@Suite("The chair corrects attendance after closing and the fines are decided again")
struct AttendanceCorrectionTests {
    @Test(
        "A3: late corrected to on time reverses the 20 yuan; absent corrected to late and left early reverses the absence and assesses both",
        arguments: TestDatabase.allCases)
    func correctionsRedecideFines(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 2, wage: 30_000)
            let p = w.people
            try await w.checkIn(w.organiser, "09:50", clock: clock)
            try await w.checkIn(p[0], "10:07", clock: clock)
            clock.set(try Timestamp.parse(at("11:30")))
            #expect(try await AttendanceJobs.closeDue(app) == 1)
            #expect(
                try await w.entries().map { "\($0.trigger?.rawValue ?? "") \($0.amount?.value ?? 0)" }.sorted() == [
                    "absent 90000", "late 2000",
                ])
            let path = "/api/v1/meetings/\(w.meeting)/attendance"
            let noReason = try await app.send(
                .POST, "\(path)/\(w.participant[p[0].id]!)/correction", as: w.f.tokens["office"],
                json: ["outcome": "on_time", "reason": "  "])
            #expect(noReason.status == .unprocessableEntity)
            let badOutcome = try await app.send(
                .POST, "\(path)/\(w.participant[p[0].id]!)/correction", as: w.f.tokens["office"],
                json: ["outcome": "asleep", "reason": "x"])
            #expect(badOutcome.status == .unprocessableEntity)
            let stranger = try await app.send(
                .POST, "\(path)/\(w.participant[p[0].id]!)/correction", as: w.f.tokens["colleague"],
                json: ["outcome": "on_time", "reason": "签到机故障"])
            #expect(stranger.status == .forbidden || stranger.status == .notFound)
            #expect(try await w.entries().count == 2, "nothing written by a refused correction")

            let onTime = try await app.send(
                .POST, "\(path)/\(w.participant[p[0].id]!)/correction", as: w.f.tokens["office"],
                json: ["outcome": "on_time", "reason": "签到机故障，实际准时到场"])
            #expect(onTime.status == .ok && onTime.json["outcome"] as? String == "on_time")
            let both = try await app.send(
                .POST, "\(path)/\(w.participant[p[1].id]!)/correction", as: w.f.tokens["office"],
                json: ["outcome": "late_left_early", "reason": "迟到后提前离场，补记"])
            #expect(both.status == .ok)

            let entries = try await w.entries()
            let late = try #require(
                entries.first { $0.kind == .assessed && $0.trigger?.rawValue == "late" && $0.personId == p[0].id })
            let reversal = try #require(entries.first { $0.refersTo == late.id })
            #expect(reversal.kind == .reversed && reversal.amount == Fen(-2000) && reversal.reason == "签到机故障，实际准时到场")
            let absent = try #require(entries.first { $0.kind == .assessed && $0.trigger?.rawValue == "absent" })
            #expect(entries.first { $0.refersTo == absent.id }?.amount == Fen(-90000))
            let p1 = entries.filter { $0.kind == .assessed && $0.personId == p[1].id && $0.id != absent.id }
            #expect(
                p1.map { "\($0.trigger?.rawValue ?? "") \($0.amount?.value ?? 0) \($0.citation?.clauseID ?? "")" }.sorted() == [
                    "early_leave 2000 A3-1.3-early", "late 2000 A3-1.3-late",
                ])
            let totals = try await app.huiwu.store.reader.raw(
                "SELECT CAST(SUM(amount_fen) AS BIGINT) AS s FROM penalty_entries WHERE meeting_id = \(bind: w.meeting) AND kind IN ('assessed', 'reversed')"
            ).first()?.decode(column: "s", as: Int.self)
            #expect(totals == 4000, "what is owed after the corrections: p1's late and early leave")
            let audited = try await app.huiwu.store.reader.raw(
                "SELECT before, after, reason FROM attendance_corrections ORDER BY created_at"
            ).all().map {
                "\(try $0.decode(column: "before", as: String.self))→\(try $0.decode(column: "after", as: String.self))"
            }
            #expect(audited.sorted() == ["absent→late_left_early", "late→on_time"])
            let decisions = try await app.huiwu.store.reader.raw(
                "SELECT COUNT(*) AS n FROM rule_decisions WHERE kind = 'attendance.correction' AND clause_id = 'A3-attendance'"
            ).first()?.decode(column: "n", as: Int.self)
            #expect(decisions == 2)
            // The same correction again changes nothing.
            let again = try await app.send(
                .POST, "\(path)/\(w.participant[p[0].id]!)/correction", as: w.f.tokens["office"],
                json: ["outcome": "on_time", "reason": "重复"])
            #expect(again.status == .ok)
            #expect(try await w.entries().count == entries.count)
        }
    }

    @Test("a record is corrected only after closing: before, the chair marks it")
    func notBeforeClosing() async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(.sqlite, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 1)
            try await w.checkIn(w.people[0], "10:07", clock: clock)
            let early = try await app.send(
                .POST, "/api/v1/meetings/\(w.meeting)/attendance/\(w.participant[w.people[0].id]!)/correction",
                as: w.f.tokens["office"], json: ["outcome": "on_time", "reason": "签到机故障"])
            #expect(early.status == .conflict)
            #expect(early.json["title"] as? String != nil)
        }
    }
}
