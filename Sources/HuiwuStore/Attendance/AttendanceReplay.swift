import Foundation
import HuiwuCore
import SQLKit

/// The dry run's attendance part (X3): the span's closed meetings, each participant's outcome
/// from the stored check-in and check-out times (a record the chair corrected keeps its corrected
/// outcome: that is a fact, not a rule) and the fines from those outcomes, notices and wages,
/// against the outcomes and fines that stand.
struct AttendanceReplay: RulebookReplay {
    func replay(
        _ candidate: Rulebook, over span: Interval, time: OrgTime, _ db: any SQLDatabase,
        name: (UUID?) async throws -> String
    ) async throws -> ReplayPart {
        let meetings = try await db.raw(
            """
            SELECT * FROM meetings WHERE attendance_closed_at IS NOT NULL AND status = 'scheduled'
              AND starts_at >= \(bind: span.start) AND starts_at < \(bind: span.end)
            ORDER BY starts_at, id
            """
        ).all().map(MeetingRecord.init(row:))
        var part = ReplayPart(meetings: meetings.count)
        for meeting in meetings {
            part.changes += try await Self.replay(meeting, candidate, db, name: name)
        }
        return part
    }

    static func replay(
        _ meeting: MeetingRecord, _ candidate: Rulebook, _ db: any SQLDatabase, name: (UUID?) async throws -> String
    ) async throws -> [DryRunChange] {
        let window = AttendanceJudgement.window(start: meeting.startsAt, end: meeting.endsAt, rule: candidate.attendance?.rule)
        let rows = try await db.raw(
            """
            SELECT a.*, pe.daily_wage_fen,
              EXISTS (SELECT 1 FROM attendance_corrections c WHERE c.attendance_id = a.id) AS corrected,
              EXISTS (SELECT 1 FROM notices n WHERE n.participant_id = a.participant_id
                AND \(NotifiedBeforeStart.condition(notices: "n", meeting: "a.meeting_id"))) AS notified
            FROM attendance a LEFT JOIN people pe ON pe.id = a.person_id WHERE a.meeting_id = \(bind: meeting.id)
            """
        ).all()
        var facts: [AttendanceFact] = []
        var wages: [UUID: Fen] = [:]
        var out: [DryRunChange] = []
        func change(_ person: UUID?, _ what: DryRunChange.What) async throws -> DryRunChange {
            DryRunChange(
                meetingId: meeting.id, meetingTitle: meeting.title, startsAt: meeting.startsAt,
                personName: try await name(person),
                what: what)
        }
        for row in rows {
            let record = try AttendanceRecord(row: row)
            if let person = record.personId, let w = try row.decode(column: "daily_wage_fen", as: Int?.self) {
                wages[person] = Fen(w)
            }
            let corrected = try row.decode(column: "corrected", as: Bool.self)
            let after =
                corrected
                ? (record.outcome ?? .absent)
                : AttendanceJudgement.outcome(
                    checkedInAt: record.checkedInAt, checkedOutAt: record.checkedOutAt, excused: record.excused, window)
            if after != record.outcome {
                out.append(try await change(record.personId, .outcome(before: record.outcome, after: after)))
            }
            facts.append(
                AttendanceFact(
                    participantId: record.participantId, personId: record.personId, outcome: after,
                    notified: try row.decode(column: "notified", as: Bool.self)))
        }
        if let organiser = try await db.raw("SELECT daily_wage_fen FROM people WHERE id = \(bind: meeting.organiserId)").first()?
            .decode(column: "daily_wage_fen", as: Int?.self)
        {
            wages[meeting.organiserId] = Fen(organiser)
        }
        let triggers = FineTrigger.allCases.map { SQLBind($0.rawValue) }
        let standing = try await db.raw(
            """
            SELECT e.* FROM penalty_entries e
            WHERE e.meeting_id = \(bind: meeting.id) AND e.kind = 'assessed' AND e.trigger IN (\(SQLList(triggers)))
              AND NOT EXISTS (SELECT 1 FROM penalty_entries r WHERE r.refers_to = e.id AND r.kind = 'reversed')
            """
        ).all().map(PenaltyEntry.init(row:))
        struct Key: Hashable {
            var participant: UUID?
            var trigger: String
        }
        var before: [Key: PenaltyEntry] = [:]
        for e in standing { before[Key(participant: e.participantId, trigger: e.trigger?.rawValue ?? "")] = e }
        var seen: Set<Key> = []
        for a in PenaltyAssessment.assess(facts, organiser: meeting.organiserId, wages: wages, rulebook: candidate) {
            let key = Key(participant: a.participantId, trigger: a.trigger.rawValue)
            seen.insert(key)
            let new = DryRunChange.Fine(
                liableName: try await name(a.liablePersonId), amount: a.amount, daysOfWage: a.daysOfWage, citation: a.citation)
            var old: DryRunChange.Fine?
            if let e = before[key] {
                old = DryRunChange.Fine(
                    liableName: try await name(e.personId), amount: e.amount, daysOfWage: e.daysOfWage,
                    citation: e.citation ?? a.citation)
            }
            let subject = facts.first { $0.participantId == a.participantId }?.personId
            if old == nil || old?.amount != new.amount || old?.daysOfWage != new.daysOfWage || old?.liableName != new.liableName {
                out.append(try await change(subject, .fine(trigger: a.trigger, before: old, after: new)))
            }
        }
        for (key, e) in before where !seen.contains(key) {
            guard let trigger = FineTrigger(rawValue: key.trigger), let citation = e.citation else { continue }
            let subject = facts.first { $0.participantId == key.participant }?.personId ?? e.personId
            let old = DryRunChange.Fine(
                liableName: try await name(e.personId), amount: e.amount, daysOfWage: e.daysOfWage, citation: citation)
            out.append(try await change(subject, .fine(trigger: trigger, before: old, after: nil)))
        }
        return out
    }
}
