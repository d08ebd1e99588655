import Foundation
import HuiwuCore
import SQLKit

/// Why a ledger step is refused (stable codes the catalogs translate).
public enum PenaltyError: Error, Sendable, Equatable {
    case notFound
    case forbidden
    /// The clause is not an offence of the rulebook in force at the meeting.
    case unknownOffence
    /// The clause's `recorded_by` does not include the one recording.
    case notARecorder(allowed: [String], clause: Citation)
    case notParticipant
    case reasonRequired
    /// Already reversed or settled; an appeal already pending; no appeal to decide.
    case notOpen
    case noAppeal
    /// A cancelled meeting was not held: nothing happened at it to record.
    case meetingCancelled
    /// Outside the span the clause lets an offence be recorded in: while the meeting runs and
    /// `recorded_within_after_end` after it (`from`…`until`).
    case notRecordableNow(from: Date, until: Date, clause: Citation)
    /// The decision concerns the one taking it (their own fine, or an offence against
    /// themselves): another who may take it decides (X1).
    case ownCase(person: UUID)
}

extension PenaltyLedger {
    /// The chair (or whom the clause names) records an offence while the meeting runs, or within
    /// the clause's time after it (R5.7, R5.3, R3.2, R1.7), under a clause of the rulebook in
    /// force at the meeting, with a reason — never on a cancelled meeting, never against oneself.
    public func recordOffence(
        meeting meetingId: UUID, clause clauseID: String, participant participantId: UUID, reason: String, by actor: Actor,
        time: OrgTime, now: Date
    ) async throws -> PenaltyLine {
        let reason = reason.trimmedWhitespace
        guard !reason.isEmpty else { throw PenaltyError.reasonRequired }
        let id: UUID = try await store.write { db in
            // The chair recording while the meeting runs is at it (R5.6); first, so the attendance
            // fence is taken before the meeting's row, in the order closing takes them.
            try await MeetingActs.acted(on: meetingId, by: actor.id, at: now, time: time, cache: store.inForce, db)
            // Locked against a cancellation committing meanwhile (PostgreSQL; SQLite has one writer).
            let lock = db.dialect.name == "postgresql" ? " FOR UPDATE" : ""
            guard let row = try await db.raw("SELECT * FROM meetings WHERE id = \(bind: meetingId)\(unsafeRaw: lock)").first()
            else {
                throw PenaltyError.notFound
            }
            let meeting = try MeetingRecord(row: row)
            guard let book = try await Rulebooks.rulebook(on: time.date(of: meeting.startsAt), db),
                let offence = book.offences.first(where: { $0.clause.id == clauseID })
            else { throw PenaltyError.unknownOffence }
            let roles = try await Self.recorderRoles(meeting, actor: actor, db)
            guard offence.rule.recordedBy.contains(where: roles.contains) else {
                throw PenaltyError.notARecorder(allowed: offence.rule.recordedBy.map(\.rawValue), clause: offence.citation)
            }
            guard meeting.status == .scheduled else { throw PenaltyError.meetingCancelled }
            let span = offence.rule.recordable(start: meeting.startsAt, end: meeting.endsAt)
            guard span.contains(now) else {
                throw PenaltyError.notRecordableNow(from: span.lowerBound, until: span.upperBound, clause: offence.citation)
            }
            guard
                let p = try await db.raw(
                    """
                    SELECT person_id FROM meeting_participants
                    WHERE id = \(bind: participantId) AND meeting_id = \(bind: meetingId) AND removed = \(bind: false)
                    """
                ).first(), let person = try p.decode(column: "person_id", as: UUID?.self)
            else { throw PenaltyError.notParticipant }
            let liable = offence.rule.liable == .organiser ? meeting.organiserId : person
            // Nobody records an offence against themselves, nor one whose fine falls on them.
            if OwnCase.applies(actor: actor.id, concerns: [person, liable]) { throw PenaltyError.ownCase(person: actor.id) }
            let who = try await db.raw("SELECT department_id, daily_wage_fen FROM people WHERE id = \(bind: liable)").first()
            let wage = try who?.decode(column: "daily_wage_fen", as: Int?.self).map(Fen.init)
            let days: Int? = if case .daysOfWage(let d)? = offence.rule.penalty { d } else { nil }
            let amount: Fen? = offence.rule.penalty == nil ? .zero : offence.rule.penalty?.amount(dailyWage: wage)
            let charge = Charge(
                person: liable, department: try who?.decode(column: "department_id", as: UUID?.self), amount: amount,
                daysOfWage: days, trigger: .offence, citation: offence.citation, clause: offence.clause, meeting: meeting,
                participant: participantId, evidence: ["recorded_by": actor.displayName, "offender": person.uuidString],
                reason: reason, recordedBy: actor.id, forSomeoneElse: liable != person)
            return try await Self.charge([charge], now: now, db)[0]
        }
        guard let line = try await line(id) else { throw PenaltyError.notFound }
        return line
    }

    /// The capacities in which the actor may record at this meeting: its organiser, the room
    /// office, and its chair as its type names it (`MeetingChair`) — not whoever created it.
    static func recorderRoles(
        _ meeting: MeetingRecord, actor: Actor, _ db: any SQLDatabase
    ) async throws -> Set<OffenceRule.Recorder> {
        var roles: Set<OffenceRule.Recorder> = []
        if actor.id == meeting.organiserId { roles.insert(.organiser) }
        if AccessPolicy.allows(actor.role, .managePenalties) { roles.insert(.roomOffice) }
        if try await MeetingChairs.chairs(meeting, actor: actor, db) { roles.insert(.chair) }
        return roles
    }

    /// What may be done to a fine next.
    public enum Step: String, Sendable, CaseIterable {
        /// The room office takes it back (a waiver), with a reason.
        case waive
        /// The person disputes it, with a reason.
        case appeal
        case upholdAppeal = "uphold_appeal"
        case rejectAppeal = "reject_appeal"
        case settle
    }

    /// Takes a step on an assessed fine: a new entry referring to it, never an edit.
    public func take(_ step: Step, on id: UUID, reason: String?, by actor: Actor, now: Date) async throws -> PenaltyLine {
        guard let line = try await line(id) else { throw PenaltyError.notFound }
        let reason = reason?.trimmedWhitespace ?? ""
        try Self.authorize(step, on: line.entry, by: actor)
        if step != .settle, reason.isEmpty { throw PenaltyError.reasonRequired }
        let status = line.status
        let kind: PenaltyEntry.Kind
        switch step {
        case .waive:
            guard [.assessed, .pendingAmount, .appealed].contains(status) else { throw PenaltyError.notOpen }
            kind = .reversed
        case .appeal:
            guard [.assessed, .pendingAmount].contains(status) else { throw PenaltyError.notOpen }
            kind = .appealed
        case .upholdAppeal, .rejectAppeal:
            guard status == .appealed else { throw PenaltyError.noAppeal }
            kind = step == .upholdAppeal ? .reversed : .appealRejected
        case .settle:
            guard status == .assessed else { throw PenaltyError.notOpen }
            kind = .settled
        }
        let entry = line.entry
        try await store.write { db in
            // Two clerks at once: the fine's row is locked (PostgreSQL; SQLite has one writer) and
            // whoever comes second finds an entry that was not there when they looked, and is refused.
            let lock = db.dialect.name == "postgresql" ? " FOR UPDATE" : ""
            _ = try await db.raw("SELECT id FROM penalty_entries WHERE id = \(bind: entry.id)\(unsafeRaw: lock)").first()
            let count =
                try await db.raw("SELECT COUNT(*) AS n FROM penalty_entries WHERE refers_to = \(bind: entry.id)").first()?
                .decode(column: "n", as: Int.self) ?? 0
            if count != line.followUps.count { throw PenaltyError.notOpen }
            try await Self.follow(
                entry, kind: kind, amount: kind == .reversed ? line.amount.map { -$0 } : nil,
                reason: reason.isEmpty ? nil : reason, by: actor.id, now: now, db)
            if kind == .reversed {
                try await PersonNotices.tell(
                    [
                        PersonNotices.Notice(
                            person: entry.personId, kind: .penaltyReversed, meeting: entry.meetingId,
                            params: NotificationParams(title: line.meetingTitle, reason: reason, amount: line.amount?.yuanText))
                    ], now: now, db)
            }
        }
        guard let changed = try await self.line(id) else { throw PenaltyError.notFound }
        return changed
    }

    /// Who may take `step` on a fine: the person appeals their own; the room office waives,
    /// decides appeals and settles — but never on its own fine, which another member of the room
    /// office or an administrator decides (X1).
    public static func authorize(_ step: Step, on entry: PenaltyEntry, by actor: Actor) throws {
        if step == .appeal {
            guard actor.id == entry.personId else { throw PenaltyError.forbidden }
            return
        }
        guard AccessPolicy.allows(actor.role, .managePenalties) else { throw PenaltyError.forbidden }
        if OwnCase.applies(actor: actor.id, concerns: [entry.personId]) { throw PenaltyError.ownCase(person: entry.personId) }
    }

    static func follow(
        _ entry: PenaltyEntry, kind: PenaltyEntry.Kind, amount: Fen?, reason: String?, by: UUID?, now: Date,
        _ db: any SQLDatabase,
        evidence: [String: String] = [:]
    ) async throws {
        try await db.insertRows(
            into: "penalty_entries", entryColumns,
            [
                [
                    SQLBind(UUID()), SQLBind(kind.rawValue), SQLBind(entry.personId), SQLBind(entry.departmentId),
                    SQLBind(amount?.value),
                    SQLBind(entry.daysOfWage), SQLBind(entry.trigger?.rawValue), SQLBind(entry.citation?.version),
                    SQLBind(entry.citation?.clauseID),
                    SQLBind(entry.meetingId), SQLBind(entry.participantId), SQLBind(JSONText.object(evidence)), SQLBind(reason),
                    SQLBind(entry.id),
                    SQLBind(entry.decisionId), SQLBind(by), SQLBind(now),
                ]
            ])
    }

    /// A wage put on a profile completes that person's "N days' wages" fines still without an
    /// amount (R3.2: 3 days' wages is recorded, and completed later).
    static func completeWages(person: UUID, wage: Fen, now: Date, _ db: any SQLDatabase) async throws {
        let pending = try await db.raw(
            """
            SELECT * FROM penalty_entries e WHERE e.person_id = \(bind: person) AND e.kind = 'assessed' AND e.amount_fen IS NULL
              AND e.days_of_wage IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM penalty_entries c WHERE c.refers_to = e.id AND c.kind IN ('completed', 'reversed'))
            """
        ).all().map(PenaltyEntry.init(row:))
        for entry in pending {
            try await follow(entry, kind: .completed, amount: wage * (entry.daysOfWage ?? 0), reason: nil, by: nil, now: now, db)
        }
    }
}

extension PenaltyLedger {
    /// The offence clauses the actor may record at this meeting (its rulebook's, by `recorded_by`);
    /// with `now`, only those that can be recorded now (a meeting held, within each clause's span),
    /// so a page offers no form that would be refused.
    public func recordableOffences(
        _ meeting: MeetingRecord, actor: Actor, time: OrgTime, now: Date? = nil
    ) async throws -> [Cited<OffenceRule>] {
        let db = store.reader
        guard let book = try await Rulebooks.rulebook(on: time.date(of: meeting.startsAt), db) else { return [] }
        if now != nil, meeting.status != .scheduled { return [] }
        let roles = try await Self.recorderRoles(meeting, actor: actor, db)
        return book.offences.filter { offence in
            offence.rule.recordedBy.contains(where: roles.contains)
                && now.map { offence.rule.recordable(start: meeting.startsAt, end: meeting.endsAt).contains($0) } != false
        }
    }
}
