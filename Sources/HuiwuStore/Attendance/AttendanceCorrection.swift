import Foundation
import HuiwuCore
import SQLKit

/// A record corrected after attendance closed (R5.6, X5): by the chair, the organiser or
/// the room office, with a reason, audited in `attendance_corrections` and as a decision; the
/// fines are decided again under the version the meeting closed under — a fine the new outcome
/// no longer carries is reversed (a new entry, never an edit), one it newly carries assessed.
extension Attendance {
    /// Refuses a correction of the actor's own record before anything else is read (X1).
    public func requireNotOwnRecord(meeting meetingId: UUID, participant participantId: UUID, by actor: Actor) async throws {
        let person = try await store.reader.raw(
            "SELECT person_id FROM meeting_participants WHERE id = \(bind: participantId) AND meeting_id = \(bind: meetingId)"
        ).first()?.decode(column: "person_id", as: UUID?.self)
        if let person, OwnCase.applies(actor: actor.id, concerns: [person]) { throw AttendanceError.ownCase(person: person) }
    }

    public func correct(
        meeting meetingId: UUID, participant participantId: UUID, to outcome: AttendanceOutcome, reason: String,
        by actor: Actor, now: Date
    ) async throws -> AttendanceRecord {
        let reason = reason.trimmedWhitespace
        return try await store.write { db in
            guard let row = try await db.raw("SELECT * FROM meetings WHERE id = \(bind: meetingId)").first() else {
                throw AttendanceError.meetingNotFound
            }
            let meeting = try MeetingRecord(row: row)
            guard try await Self.mayMark(meeting, actor: actor, db) else { throw AttendanceError.forbidden }
            guard try row.decode(column: "attendance_closed_at", as: Date?.self) != nil,
                let closedUnder = try row.decode(column: "attendance_version", as: Int?.self),
                let version = try await db.raw("SELECT * FROM rulebook_versions WHERE version = \(bind: closedUnder)").first()
                    .map(RulebookVersion.init(row:))
            else { throw AttendanceError.stillOpen }
            if reason.isEmpty { throw AttendanceError.reasonRequired }
            guard
                let record = try await db.raw(
                    "SELECT * FROM attendance WHERE meeting_id = \(bind: meetingId) AND participant_id = \(bind: participantId)"
                ).first().map(AttendanceRecord.init(row:))
            else { throw AttendanceError.notParticipant }
            if let person = record.personId, OwnCase.applies(actor: actor.id, concerns: [person]) {
                throw AttendanceError.ownCase(person: person)
            }
            let before = record.outcome
            guard before != outcome else { return record }
            let book = try RulebookCache.shared.rulebook(version)
            try await db.raw(
                """
                UPDATE attendance SET outcome = \(bind: outcome.rawValue), excused = \(bind: outcome == .excused || record.excused),
                  marked_by = \(bind: actor.id), version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: record.id)
                """
            ).run()
            try await db.insertRows(
                into: "attendance_corrections",
                ["id", "reason", "before", "after", "created_at", "attendance_id", "corrected_by"],
                [
                    [
                        SQLBind(UUID()), SQLBind(reason), SQLBind(before?.rawValue ?? ""), SQLBind(outcome.rawValue),
                        SQLBind(now),
                        SQLBind(record.id), SQLBind(actor.id),
                    ]
                ])
            if let citation = book.attendance?.citation {
                try await RuleDecisions.record(
                    [
                        Decision(
                            .attendanceCorrection, .corrected(outcome),
                            parameters: [
                                "before": before?.rawValue ?? "", "reason": reason, "participant": participantId.uuidString,
                            ],
                            citation: citation, subject: meetingId, person: record.personId, at: now)
                    ], db)
            }
            try await Self.refine(
                meeting, participant: participantId, person: record.personId, outcome: outcome, book: book,
                reason: reason, by: actor.id, now: now, db)
            // The counts over a period follow (three late arrivals: one fewer, or one more).
            try await PenaltyLedger.escalate(
                meeting, people: Set([record.personId, meeting.organiserId].compactMap { $0 }), rulebook: book, time: time,
                now: now, db, correction: .init(reason: reason, by: actor.id))
            guard let changed = try await db.raw("SELECT * FROM attendance WHERE id = \(bind: record.id)").first() else {
                throw AttendanceError.notParticipant
            }
            return try AttendanceRecord(row: changed)
        }
    }

    /// The participant's attendance fines made to agree with `outcome`.
    static func refine(
        _ meeting: MeetingRecord, participant: UUID, person: UUID?, outcome: AttendanceOutcome, book: Rulebook,
        reason: String, by actor: UUID, now: Date, _ db: any SQLDatabase
    ) async throws {
        let triggers = FineTrigger.allCases.map { SQLBind($0.rawValue) }
        let standing = try await db.raw(
            """
            SELECT e.*, (SELECT c.amount_fen FROM penalty_entries c WHERE c.refers_to = e.id AND c.kind = 'completed'
              ORDER BY c.created_at LIMIT 1) AS completed_fen,
              EXISTS (SELECT 1 FROM penalty_entries c WHERE c.refers_to = e.id AND c.kind = 'reversed') AS replaced
            FROM penalty_entries e
            WHERE e.meeting_id = \(bind: meeting.id) AND e.participant_id = \(bind: participant) AND e.kind = 'assessed'
              AND e.trigger IN (\(SQLList(triggers)))
              AND NOT EXISTS (SELECT 1 FROM penalty_entries c WHERE c.refers_to = e.id AND c.kind = 'reversed'
                AND c.evidence NOT LIKE '%"escalated"%')
            ORDER BY e.created_at, e.id
            """
        ).all()
        let notified =
            try await db.raw(
                """
                SELECT 1 AS one FROM notices n WHERE n.participant_id = \(bind: participant)
                  AND \(NotifiedBeforeStart.condition(notices: "n", meeting: meeting.id))
                """
            ).first() != nil
        var wages: [UUID: Fen] = [:]
        var departments: [UUID: UUID] = [:]
        for id in Set([person, meeting.organiserId].compactMap { $0 }) {
            guard let p = try await db.raw("SELECT daily_wage_fen, department_id FROM people WHERE id = \(bind: id)").first()
            else { continue }
            if let w = try p.decode(column: "daily_wage_fen", as: Int?.self) { wages[id] = Fen(w) }
            if let d = try p.decode(column: "department_id", as: UUID?.self) { departments[id] = d }
        }
        let wanted = PenaltyAssessment.assess(
            [AttendanceFact(participantId: participant, personId: person, outcome: outcome, notified: notified)],
            organiser: meeting.organiserId, wages: wages, rulebook: book)
        var kept: Set<String> = []
        var told: [PersonNotices.Notice] = []
        // A fine the correction would take away or add that falls on the one correcting (the
        // organiser's for a never-notified absentee) makes it their own case (X1); the
        // transaction then writes nothing.
        for row in standing {
            let entry = try PenaltyEntry(row: row)
            let completed = try row.decode(column: "completed_fen", as: Int?.self).map { Fen($0) }
            if let trigger = entry.trigger?.rawValue, wanted.contains(where: { $0.trigger.rawValue == trigger }),
                kept.insert(trigger).inserted
            {
                continue
            }
            if entry.personId == actor { throw AttendanceError.ownCase(person: actor) }
            // A fine an escalation replaced was paid back then: reversing it now takes no money
            // again, and tells the escalation its count is one short (`PenaltyLedger.escalate`).
            let replaced = try row.decode(column: "replaced", as: Bool.self)
            let amount = replaced ? nil : entry.amount ?? completed
            try await PenaltyLedger.follow(
                entry, kind: .reversed, amount: amount.map { -$0 }, reason: reason, by: actor, now: now, db)
            told.append(
                PersonNotices.Notice(
                    person: entry.personId, kind: .penaltyReversed, meeting: meeting.id,
                    params: NotificationParams(title: meeting.title, reason: reason, amount: amount?.yuanText)))
        }
        try await PersonNotices.tell(told, now: now, db)
        let added = wanted.filter { !kept.contains($0.trigger.rawValue) }
        if added.contains(where: { $0.liablePersonId == actor }) { throw AttendanceError.ownCase(person: actor) }
        try await PenaltyLedger.record(
            added, meeting: meeting, rulebook: book, outcomes: [participant: outcome], departments: departments,
            notified: notified ? [participant] : [], now: now, db)
    }
}
