import Foundation
import HuiwuCore
import SQLKit

/// One decision a candidate rulebook would have taken differently.
public struct DryRunChange: Sendable, Equatable {
    /// A fine as the ledger holds it, or as the candidate would assess it.
    public struct Fine: Sendable, Equatable {
        public var liableName: String
        public var amount: Fen?
        public var daysOfWage: Int?
        public var citation: Citation
    }

    public enum What: Sendable, Equatable {
        /// A participant's attendance outcome.
        case outcome(before: AttendanceOutcome?, after: AttendanceOutcome)
        /// A fine for `trigger`: nil before, it would be new; nil after, it would not be.
        case fine(trigger: FineTrigger, before: Fine?, after: Fine?)
        /// A leave (or delegation) request `given` minutes before the start: refused or not, then
        /// and under the candidate (which requires `required` minutes, citing `citation`).
        case leave(delegation: Bool, given: Int, refusedBefore: Bool, refusedAfter: Bool, required: Int?, citation: Citation?)
    }

    public var meetingId: UUID
    public var meetingTitle: String
    public var startsAt: Date
    public var personName: String
    public var what: What
}

public struct DryRunReport: Sendable, Equatable {
    public var span: Interval
    /// Meetings whose attendance closed in the span (the ones compared).
    public var meetings: Int
    public var leaveRequests: Int
    public var changes: [DryRunChange]
}

/// The dry run (X3): "had this version been in force last month, these decisions would
/// have differed". Replays the candidate over the span's closed meetings — outcomes from the
/// stored check-in and check-out times (a record the chair corrected keeps its corrected
/// outcome: that is a fact, not a rule), fines from those outcomes, notices and wages — and over
/// its leave requests and refusals, and lists what differs from what was decided. Reads only.
extension Rulebooks {
    public func dryRun(_ candidate: Rulebook, over span: Interval, time: OrgTime) async throws -> DryRunReport {
        let db = store.reader
        let meetings = try await db.raw(
            """
            SELECT * FROM meetings WHERE attendance_closed_at IS NOT NULL AND status = 'scheduled'
              AND starts_at >= \(bind: span.start) AND starts_at < \(bind: span.end)
            ORDER BY starts_at, id
            """
        ).all().map(MeetingRecord.init(row:))
        var names: [UUID: String] = [:]
        func name(_ id: UUID?) async throws -> String {
            guard let id else { return "" }
            if let n = names[id] { return n }
            let n =
                try await db.raw("SELECT display_name FROM people WHERE id = \(bind: id)").first()?
                .decode(column: "display_name", as: String.self) ?? ""
            names[id] = n
            return n
        }
        var changes: [DryRunChange] = []
        for meeting in meetings {
            changes += try await Self.replay(meeting, candidate, db, name: name)
        }
        let leave = try await Self.replayLeave(candidate, span: span, time: time, db, name: name)
        return DryRunReport(span: span, meetings: meetings.count, leaveRequests: leave.count, changes: changes + leave.changes)
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

    /// Leave and delegation requests made for meetings in the span, and the refusals recorded:
    /// would the candidate's minimum notice have judged them otherwise?
    static func replayLeave(
        _ candidate: Rulebook, span: Interval, time: OrgTime, _ db: any SQLDatabase, name: (UUID?) async throws -> String
    ) async throws -> (count: Int, changes: [DryRunChange]) {
        let requested = try await db.raw(
            """
            SELECT l.kind, l.person_id, l.requested_at AS at, m.id AS meeting_id, m.title, m.starts_at, 0 AS refused
            FROM leave_requests l JOIN meetings m ON m.id = l.meeting_id
            WHERE m.starts_at >= \(bind: span.start) AND m.starts_at < \(bind: span.end)
            UNION ALL
            SELECT CASE WHEN d.kind = \(bind: Decision.Kind.leaveRefused.rawValue) THEN 'leave' ELSE 'delegation' END AS kind, d.person_id, d.decided_at AS at,
              m.id AS meeting_id, m.title, m.starts_at, 1 AS refused
            FROM rule_decisions d JOIN meetings m ON m.id = d.subject_id
            WHERE d.kind IN (\(bind: Decision.Kind.leaveRefused.rawValue), \(bind: Decision.Kind.delegationRefused.rawValue))
              AND m.starts_at >= \(bind: span.start) AND m.starts_at < \(bind: span.end)
            """
        ).all()
        var out: [DryRunChange] = []
        for row in requested {
            let delegation = try row.decode(column: "kind", as: String.self) == "delegation"
            let at = try row.decode(column: "at", as: Date.self)
            let start = try row.decode(column: "starts_at", as: Date.self)
            let refusedBefore = try row.decode(column: "refused", as: Int.self) == 1
            let rule: (RuleDuration?, Citation)? =
                delegation
                ? candidate.delegation.map { ($0.rule.minimumNotice, $0.citation) }
                : candidate.leave.map { (Optional($0.rule.minimumNotice), $0.citation) }
            let refusedAfter = LeaveRules.refusal(requestedAt: at, start: start, minimum: rule?.0, citation: rule?.1) != nil
            guard refusedAfter != refusedBefore else { continue }
            out.append(
                DryRunChange(
                    meetingId: try row.decode(column: "meeting_id", as: UUID.self),
                    meetingTitle: try row.decode(column: "title", as: String.self), startsAt: start,
                    personName: try await name(try row.decode(column: "person_id", as: UUID?.self)),
                    what: .leave(
                        delegation: delegation, given: LeaveRules.notice(requestedAt: at, start: start),
                        refusedBefore: refusedBefore,
                        refusedAfter: refusedAfter, required: rule?.0.map(\.minutes), citation: rule?.1)))
        }
        return (requested.count, out)
    }
}
