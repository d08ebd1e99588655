import Foundation
import HuiwuCore
import SQLKit

/// What closing a meeting's attendance decided.
public struct AttendanceClosing: Sendable, Equatable {
    public var meetingId: UUID
    public var rulebookVersion: Int
    public var outcomes: [UUID: AttendanceOutcome]
    public var assessments: [Assessment]
}

extension Attendance {
    /// Meetings whose attendance is due to close by `now` (end plus the closing grace of the
    /// rulebook in force at their start). Only meetings that started once a rulebook was
    /// adopted and in force are judged: nobody could check in to the ones before.
    public func dueForClosing(now: Date, limit: Int = 100) async throws -> [UUID] {
        let db = store.reader
        guard
            let bounds = try await db.raw(
                "SELECT MIN(created_at) AS adopted, MIN(effective_on) AS effective FROM rulebook_versions"
            )
            .first(),
            let adopted = try bounds.decode(column: "adopted", as: Date?.self),
            let effective = try bounds.decode(column: "effective", as: String?.self).flatMap(CivilDate.init)
        else { return [] }
        let from = max(adopted, time.instant(effective, minutes: 0))
        let rows = try await db.raw(
            """
            SELECT * FROM meetings
            WHERE attendance_closed_at IS NULL AND status = 'scheduled' AND ends_at <= \(bind: now) AND starts_at >= \(bind: from)
            ORDER BY ends_at, id LIMIT \(literal: limit)
            """
        ).all()
        var due: [UUID] = []
        for row in rows {
            let meeting = try MeetingRecord(row: row)
            let rule = try await Rulebooks.rulebook(on: time.date(of: meeting.startsAt), db)?.attendance?.rule
            if AttendanceJudgement.window(start: meeting.startsAt, end: meeting.endsAt, rule: rule).closes <= now {
                due.append(meeting.id)
            }
        }
        return due
    }

    /// Closes a meeting's attendance: everyone still expected becomes absent, each outcome is
    /// stored with the clause it applied, and the rulebook's fines are assessed into the ledger.
    /// Decides once: a second closer (another worker) finds it closed and returns nil.
    @discardableResult
    public func close(_ meetingId: UUID, now: Date) async throws -> AttendanceClosing? {
        let time = self.time
        return try await store.write { db in
            // Check-ins under way finish first, and are read below (AttendanceFence).
            try await AttendanceFence.close(meetingId, db)
            guard let row = try await db.raw("SELECT * FROM meetings WHERE id = \(bind: meetingId)").first() else { return nil }
            let meeting = try MeetingRecord(row: row)
            guard meeting.status == .scheduled, try row.decode(column: "attendance_closed_at", as: Date?.self) == nil,
                let book = try await Rulebooks.rulebook(on: time.date(of: meeting.startsAt), db)
            else { return nil }
            let attendance = book.attendance
            let window = AttendanceJudgement.window(start: meeting.startsAt, end: meeting.endsAt, rule: attendance?.rule)
            guard window.closes <= now else { return nil }
            let claimed = try await db.raw(
                """
                UPDATE meetings SET attendance_closed_at = \(bind: now), attendance_version = \(bind: book.version)
                WHERE id = \(bind: meetingId) AND attendance_closed_at IS NULL RETURNING id
                """
            ).all()
            guard !claimed.isEmpty else { return nil }
            // Leave is settled before the meeting is judged: what nobody decided in time lapses.
            try await LeaveRequests.expirePending(meeting, now: now, db)
            return try await Self.decide(meeting, book: book, window: window, time: time, now: now, db)
        }
    }

    /// Outcomes and fines for a meeting whose attendance is (being) closed, stored on `db`.
    static func decide(
        _ meeting: MeetingRecord, book: Rulebook, window: AttendanceJudgement.Window, time: OrgTime, now: Date,
        _ db: any SQLDatabase
    ) async throws -> AttendanceClosing {
        let participants = try await db.raw(
            """
            SELECT p.id, p.person_id, pe.department_id, pe.daily_wage_fen FROM meeting_participants p
            LEFT JOIN people pe ON pe.id = p.person_id
            WHERE p.meeting_id = \(bind: meeting.id) AND p.removed = \(bind: false)
            """
        ).all()
        let records = try await db.raw("SELECT * FROM attendance WHERE meeting_id = \(bind: meeting.id)").all()
            .map(AttendanceRecord.init(row:))
        let byParticipant = Dictionary(records.map { ($0.participantId, $0) }, uniquingKeysWith: { a, _ in a })
        let notified = Set(
            try await db.raw(
                """
                SELECT DISTINCT n.participant_id FROM notices n
                WHERE \(NotifiedBeforeStart.condition(notices: "n", meeting: meeting.id))
                """
            ).all().map { try $0.decode(column: "participant_id", as: UUID.self) })
        var wages: [UUID: Fen] = [:]
        var departments: [UUID: UUID] = [:]
        var facts: [AttendanceFact] = []
        var missing: [[any SQLExpression]] = []
        var groups: [AttendanceOutcome: [UUID]] = [:]
        let citation = book.attendance?.citation
        for p in participants {
            let id = try p.decode(column: "id", as: UUID.self)
            let person = try p.decode(column: "person_id", as: UUID?.self)
            if let person {
                if let wage = try p.decode(column: "daily_wage_fen", as: Int?.self) { wages[person] = Fen(wage) }
                if let d = try p.decode(column: "department_id", as: UUID?.self) { departments[person] = d }
            }
            let record = byParticipant[id]
            let outcome = AttendanceJudgement.outcome(
                checkedInAt: record?.checkedInAt, checkedOutAt: record?.checkedOutAt, excused: record?.excused ?? false, window)
            facts.append(AttendanceFact(participantId: id, personId: person, outcome: outcome, notified: notified.contains(id)))
            if let record {
                groups[outcome, default: []].append(record.id)
            } else {
                missing.append([
                    SQLBind(UUID()), SQLBind(meeting.id), SQLBind(id), SQLBind(person), SQLBind(false), SQLBind(outcome.rawValue),
                    SQLBind(citation?.version), SQLBind(citation?.clauseID), SQLBind(1), SQLBind(now),
                ])
            }
        }
        try await db.insertRows(
            into: "attendance",
            [
                "id", "meeting_id", "participant_id", "person_id", "excused", "outcome", "rulebook_version", "clause_id",
                "version", "updated_at",
            ],
            missing)
        for (outcome, ids) in groups {
            for chunk in stride(from: 0, to: ids.count, by: 500) {
                let part = ids[chunk..<min(chunk + 500, ids.count)]
                try await db.raw(
                    """
                    UPDATE attendance SET outcome = \(bind: outcome.rawValue), rulebook_version = \(bind: citation?.version),
                      clause_id = \(bind: citation?.clauseID), version = version + 1, updated_at = \(bind: now)
                    WHERE id IN (\(SQLList(part.map { SQLBind($0) })))
                    """
                ).run()
            }
        }
        let assessments = PenaltyAssessment.assess(facts, organiser: meeting.organiserId, wages: wages, rulebook: book)
        let outcomes = Dictionary(facts.map { ($0.participantId, $0.outcome) }, uniquingKeysWith: { a, _ in a })
        try await PenaltyLedger.record(
            assessments, meeting: meeting, rulebook: book, outcomes: outcomes, departments: departments, notified: notified,
            now: now, db)
        try await PenaltyLedger.escalate(
            meeting, people: Set(assessments.map(\.liablePersonId)), rulebook: book, time: time, now: now, db)
        return AttendanceClosing(
            meetingId: meeting.id, rulebookVersion: book.version, outcomes: outcomes, assessments: assessments)
    }
}
