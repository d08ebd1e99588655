import Foundation
import HuiwuCore
import SQLKit

/// Leave from a meeting and delegation (R5.6, R3.1). The rulebook's notice is judged
/// against the start (A5 §8: one hour): a later request is refused, the refusal recorded with
/// its clause, and the person stays expected. Leave runs through the rulebook's approval chain
/// (A3: CS manager, then general manager) and, approved, excuses the person; a delegate, once
/// they accept, attends in the person's place and their attendance counts for the person.
public struct LeaveRequests: Sendable {
    public let store: Store
    public let time: OrgTime

    public init(store: Store, time: OrgTime) {
        self.store = store
        self.time = time
    }

    static let columns = """
        l.*, p.display_name AS person_name, d.display_name AS delegate_name FROM leave_requests l
        JOIN people p ON p.id = l.person_id LEFT JOIN people d ON d.id = l.delegate_id
        """

    public func of(meeting: UUID) async throws -> [LeaveRecord] {
        try await store.reader.raw(
            "SELECT \(unsafeRaw: Self.columns) WHERE l.meeting_id = \(bind: meeting) ORDER BY l.requested_at, l.id"
        )
        .all().map(LeaveRecord.init(row:))
    }

    public func record(_ id: UUID) async throws -> LeaveRecord? {
        try await Self.record(id, store.reader)
    }

    static func record(_ id: UUID, _ db: any SQLDatabase) async throws -> LeaveRecord? {
        try await db.raw("SELECT \(unsafeRaw: columns) WHERE l.id = \(bind: id)").first().map(LeaveRecord.init(row:))
    }

    /// The person asks for leave from a meeting they are on.
    public func requestLeave(meeting: UUID, person: UUID, reason: String, now: Date) async throws -> LeaveRecord {
        try await request(.leave, meeting: meeting, person: person, delegate: nil, reason: reason, now: now)
    }

    /// The person sends `delegate` in their place.
    public func delegate(meeting: UUID, person: UUID, to delegate: UUID, reason: String, now: Date) async throws -> LeaveRecord {
        try await request(.delegation, meeting: meeting, person: person, delegate: delegate, reason: reason, now: now)
    }

    func request(
        _ kind: LeaveKind, meeting meetingId: UUID, person: UUID, delegate: UUID?, reason: String, now: Date
    ) async throws
        -> LeaveRecord
    {
        let reason = reason.trimmedWhitespace
        guard !reason.isEmpty else { throw LeaveError.reasonRequired }
        let time = self.time
        let outcome: Result<UUID, LeaveError> = try await store.write { db in
            guard let row = try await db.raw("SELECT * FROM meetings WHERE id = \(bind: meetingId)").first() else {
                throw LeaveError.meetingNotFound
            }
            let meeting = try MeetingRecord(row: row)
            guard meeting.status == .scheduled,
                let p = try await db.raw(
                    """
                    SELECT p.id, pe.department_id FROM meeting_participants p JOIN people pe ON pe.id = p.person_id
                    WHERE p.meeting_id = \(bind: meetingId) AND p.person_id = \(bind: person) AND p.removed = \(bind: false)
                    """
                ).first()
            else { throw LeaveError.notParticipant }
            let participant = try p.decode(column: "id", as: UUID.self)
            let department = try p.decode(column: "department_id", as: UUID?.self)
            if try await db.raw(
                """
                SELECT id FROM leave_requests WHERE participant_id = \(bind: participant) AND status IN ('pending', 'granted')
                """
            ).first() != nil {
                throw LeaveError.alreadyRequested
            }
            let book = try await Rulebooks.rulebook(on: time.date(of: meeting.startsAt), db)
            let leave = book?.leave
            let delegation = book?.delegation
            if kind == .delegation, delegation == nil { throw LeaveError.delegationNotAllowed }
            let minimum = kind == .leave ? leave?.rule.minimumNotice : delegation?.rule.minimumNotice
            let citation = kind == .leave ? leave?.citation : delegation?.citation
            if let refusal = LeaveRules.refusal(requestedAt: now, start: meeting.startsAt, minimum: minimum, citation: citation) {
                // The refusal is a decision: recorded with its clause, and nothing else changes.
                if case .tooLate(let given, let required, let c) = refusal {
                    try await RuleDecisions.record(
                        [
                            Decision(
                                kind == .leave ? .leaveRefused : .delegationRefused, .tooLate,
                                parameters: ["given": String(given), "required": String(required)], citation: c,
                                subject: meetingId, person: person, at: now)
                        ], db)
                }
                return .failure(.refused(refusal, clause: kind == .leave ? leave?.clause : delegation?.clause))
            }
            if let delegate, let rule = delegation {
                try await Self.requireEligible(delegate, of: person, rule, meeting: meetingId, db)
            }
            let id = UUID()
            try await db.raw(
                """
                INSERT INTO leave_requests (id, kind, reason, status, rulebook_version, clause_id, requested_at, meeting_id,
                  participant_id, person_id, delegate_id)
                VALUES (\(bind: id), \(bind: kind.rawValue), \(bind: reason), 'pending', \(bind: citation?.version),
                  \(bind: citation?.clauseID), \(bind: now), \(bind: meetingId), \(bind: participant), \(bind: person),
                  \(bind: delegate))
                """
            ).run()
            let title = meeting.title
            switch kind {
            case .leave:
                if let chainId = leave?.rule.approval, let chain = book?.chain(chainId) {
                    let approval = try await Approvals.open(
                        .leave, id, title: title, chain: chain,
                        context: Approvals.Context(requester: person, department: department, organiser: meeting.organiserId),
                        now: now, db)
                    try await db.raw("UPDATE leave_requests SET approval_id = \(bind: approval) WHERE id = \(bind: id)").run()
                } else {
                    try await Self.approvalFinished(id, approved: true, reason: "", now: now, db)
                }
            case .delegation:
                if delegation?.rule.acceptRequired == false {
                    try await Self.respond(id, accept: true, now: now, db)
                } else if let delegate {
                    try await PersonNotices.tell(
                        [
                            PersonNotices.Notice(
                                person: delegate, kind: .delegationRequested, meeting: meetingId,
                                params: NotificationParams(
                                    title: title, startsAt: meeting.startsAt, endsAt: meeting.endsAt, reason: reason,
                                    clause: delegation?.clause))
                        ], now: now, db)
                }
            }
            return .success(id)
        }
        switch outcome {
        case .failure(let e): throw e
        case .success(let id):
            guard let made = try await record(id) else { throw LeaveError.notFound }
            return made
        }
    }

    /// The delegate accepts or declines.
    public func respond(_ id: UUID, accept: Bool, by person: UUID, now: Date) async throws -> LeaveRecord {
        try await store.write { db in
            guard let l = try await Self.record(id, db), l.kind == .delegation else { throw LeaveError.notFound }
            guard l.delegateId == person else { throw LeaveError.forbidden }
            guard l.status == .pending else { throw LeaveError.notPending }
            try await Self.respond(id, accept: accept, now: now, db)
        }
        guard let changed = try await record(id) else { throw LeaveError.notFound }
        return changed
    }

    static func respond(_ id: UUID, accept: Bool, now: Date, _ db: any SQLDatabase) async throws {
        guard let l = try await record(id, db) else { throw LeaveError.notFound }
        let meeting = try await openMeeting(of: l, db)
        try await settle(id, granted: accept, now: now, db)
        if accept {
            try await db.raw(
                """
                INSERT INTO attendance (id, meeting_id, participant_id, person_id, excused, delegate_id, version, updated_at)
                VALUES (\(bind: UUID()), \(bind: l.meetingId), \(bind: l.participantId), \(bind: l.personId), \(bind: false),
                  \(bind: l.delegateId), 1, \(bind: now))
                ON CONFLICT (meeting_id, participant_id) DO UPDATE SET delegate_id = excluded.delegate_id,
                  version = attendance.version + 1, updated_at = excluded.updated_at
                """
            ).run()
        }
        try await PersonNotices.tell(
            [
                PersonNotices.Notice(
                    person: l.personId, kind: accept ? .delegationAccepted : .delegationDeclined, meeting: l.meetingId,
                    params: NotificationParams(
                        title: meeting.title, startsAt: meeting.startsAt, endsAt: meeting.endsAt, actorName: l.delegateName))
            ], now: now, db)
    }

    /// The end of a leave request's approval chain: approved leave excuses the participant.
    static func approvalFinished(_ id: UUID, approved: Bool, reason: String, now: Date, _ db: any SQLDatabase) async throws {
        guard let l = try await record(id, db) else { return }
        let meeting = try await openMeeting(of: l, db)
        try await settle(id, granted: approved, now: now, db)
        if approved {
            try await db.raw(
                """
                INSERT INTO attendance (id, meeting_id, participant_id, person_id, excused, version, updated_at)
                VALUES (\(bind: UUID()), \(bind: l.meetingId), \(bind: l.participantId), \(bind: l.personId), \(bind: true), 1,
                  \(bind: now))
                ON CONFLICT (meeting_id, participant_id) DO UPDATE SET excused = excluded.excused,
                  version = attendance.version + 1, updated_at = excluded.updated_at
                """
            ).run()
        }
        try await PersonNotices.tell(
            [
                PersonNotices.Notice(
                    person: l.personId, kind: approved ? .leaveApproved : .leaveRejected, meeting: l.meetingId,
                    params: NotificationParams(
                        title: meeting.title, startsAt: meeting.startsAt, endsAt: meeting.endsAt,
                        reason: reason.isEmpty ? nil : reason))
            ], now: now, db)
    }

    /// Grants or rejects a request still pending; one that lapsed meanwhile (attendance closed
    /// while it was decided) is not decided again.
    static func settle(_ id: UUID, granted: Bool, now: Date, _ db: any SQLDatabase) async throws {
        let changed = try await db.raw(
            """
            UPDATE leave_requests SET status = \(bind: granted ? "granted" : "rejected"), decided_at = \(bind: now)
            WHERE id = \(bind: id) AND status = 'pending' RETURNING id
            """
        ).all()
        if changed.isEmpty { throw LeaveError.meetingClosed }
    }

    /// The meeting a request is for, as long as its attendance is open: once it closed, leave is
    /// settled and a change of standing is a correction (R5.6).
    static func openMeeting(of l: LeaveRecord, _ db: any SQLDatabase) async throws -> MeetingRecord {
        guard let row = try await db.raw("SELECT * FROM meetings WHERE id = \(bind: l.meetingId)").first() else {
            throw LeaveError.meetingNotFound
        }
        if try row.decode(column: "attendance_closed_at", as: Date?.self) != nil { throw LeaveError.meetingClosed }
        return try MeetingRecord(row: row)
    }

    /// The person withdraws a pending request (its approval ends as withdrawn).
    public func withdraw(_ id: UUID, by person: UUID, now: Date) async throws -> LeaveRecord {
        try await store.write { db in
            guard let l = try await Self.record(id, db) else { throw LeaveError.notFound }
            guard l.personId == person else { throw LeaveError.forbidden }
            guard l.status == .pending else { throw LeaveError.notPending }
            // The approval before the request, the order closing and a decision take them in, and
            // only while each is still pending: a withdrawal racing the close or a decision waits
            // for it and then finds the request settled, never overwriting a lapse or a decision.
            if let approval = l.approvalId {
                try await db.raw(
                    """
                    UPDATE approval_requests SET status = 'withdrawn', decided_at = \(bind: now)
                    WHERE id = \(bind: approval) AND status = 'pending'
                    """
                ).run()
                try await db.raw(
                    "UPDATE approval_tasks SET state = 'skipped' WHERE request_id = \(bind: approval) AND state IN ('pending', 'waiting')"
                ).run()
            }
            let withdrawn = try await db.raw(
                """
                UPDATE leave_requests SET status = 'withdrawn', decided_at = \(bind: now)
                WHERE id = \(bind: id) AND status = 'pending' RETURNING id
                """
            ).all()
            if withdrawn.isEmpty { throw LeaveError.notPending }
        }
        guard let changed = try await record(id) else { throw LeaveError.notFound }
        return changed
    }
}
