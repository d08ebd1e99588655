import Foundation
import HuiwuCore
import SQLKit

/// The approval engine (R1.1, R3.1, X3): opens a request under a chain clause, resolving each
/// approver to people (roles, positions, the requester's department head, the organiser),
/// asks each step in turn, records every decision citing the chain's clause, and finishes the
/// subject when the chain ends. Approvers are told when asked; a rejection carries its reason.
public struct Approvals: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    /// Who the requester is, for resolving "their department head" and "the organiser".
    struct Context: Sendable {
        var requester: UUID
        var department: UUID?
        var organiser: UUID?
    }

    /// Opens a request in the caller's transaction; returns its id. The requester is no approver
    /// of their own request unless the subject's client says they may be (the room office's own
    /// booking, R1.1).
    static func open(
        _ subject: ApprovalSubject, _ subjectId: UUID, title: String, chain: Cited<ApprovalChainRule>, context: Context,
        now: Date, _ db: any SQLDatabase
    ) async throws -> UUID {
        let requesterMayApprove = ApprovalClients.client(subject).requesterMayApprove
        let id = UUID()
        var resolved: [[[UUID]]] = []
        for step in chain.rule.steps {
            var slots: [[UUID]] = []
            for approver in step.approvers {
                var people = try await resolve(approver, context, db)
                if !requesterMayApprove { people.removeAll { $0 == context.requester } }
                if people.isEmpty {
                    // Nobody but the requester, or nobody at all (a position left empty): the
                    // chain's fallback decides, else the administrators, so the request neither
                    // approves itself nor waits on no one.
                    people = try await standIns(chain.rule.fallback, context, requesterMayApprove: requesterMayApprove, db)
                }
                guard !people.isEmpty else { throw ApprovalError.noApprover(clause: chain.citation) }
                slots.append(people)
            }
            resolved.append(slots)
        }
        let tasks = ApprovalFlow.start(chain.rule.steps, resolved)
        let standing = ApprovalFlow.standing(chain.rule.steps, tasks)
        try await db.raw(
            """
            INSERT INTO approval_requests (id, subject_kind, subject_id, title, status, rulebook_version, clause_id, created_at,
              decided_at, requester_id)
            VALUES (\(bind: id), \(bind: subject.rawValue), \(bind: subjectId), \(bind: title),
              \(bind: standing == .approved ? ApprovalStatus.approved.rawValue : ApprovalStatus.pending.rawValue),
              \(bind: chain.version), \(bind: chain.clause.id), \(bind: now), \(bind: standing == .approved ? now : nil),
              \(bind: context.requester))
            """
        ).run()
        try await db.insertRows(
            into: "approval_tasks", ["id", "request_id", "step", "slot", "approver", "state", "asked_at", "person_id"],
            tasks.map { t in
                [
                    SQLBind(UUID()), SQLBind(id), SQLBind(t.step), SQLBind(t.slot),
                    SQLBind(chain.rule.steps[t.step].approvers[t.slot].code), SQLBind(t.state.rawValue),
                    SQLBind(t.state == .pending ? now : nil), SQLBind(t.person),
                ]
            })
        try await tellAsked(
            tasks.filter { $0.state == .pending }.map(\.person), subject, subjectId, title: title, clause: chain.clause,
            now: now, db)
        if standing == .approved { try await finish(subject, subjectId, approved: true, by: nil, now: now, db) }
        return id
    }

    /// Tells the people asked, the way the subject's client tells its approvers.
    static func tellAsked(
        _ people: [UUID], _ subject: ApprovalSubject, _ subjectId: UUID, title: String, clause: Clause, now: Date,
        _ db: any SQLDatabase
    ) async throws {
        try await ApprovalClients.client(subject).tellAsked(
            people, subjectId: subjectId, params: NotificationParams(title: title, clause: clause), now: now, db)
    }

    static let taskColumns = "t.*, p.display_name FROM approval_tasks t JOIN people p ON p.id = t.person_id"

    public func view(_ id: UUID) async throws -> ApprovalView? { try await Self.view(id, store.reader) }

    static func view(_ id: UUID, _ db: any SQLDatabase) async throws -> ApprovalView? {
        guard
            let row = try await db.raw(
                """
                SELECT r.*, p.display_name AS requester_name FROM approval_requests r JOIN people p ON p.id = r.requester_id
                WHERE r.id = \(bind: id)
                """
            ).first()
        else { return nil }
        let tasks = try await db.raw(
            "SELECT \(unsafeRaw: taskColumns) WHERE t.request_id = \(bind: id) ORDER BY t.step, t.slot, p.display_name, t.id"
        ).all().map(ApprovalTaskRecord.init(row:))
        let request = try ApprovalRequestRecord(row: row)
        let reason = try await ApprovalClients.client(request.subject).requestReason(of: request.subjectId, db)
        return ApprovalView(
            request: request, requesterName: try row.decode(column: "requester_name", as: String.self), tasks: tasks,
            requestReason: reason)
    }

    /// `person` approves or rejects (a rejection needs a reason) their pending task; the next
    /// step is asked, or the subject finishes. Each decision is a record citing the chain clause.
    public func decide(_ id: UUID, approve: Bool, reason: String?, by person: UUID, now: Date) async throws -> ApprovalView {
        let reason = reason?.trimmedWhitespace ?? ""
        if !approve && reason.isEmpty { throw ApprovalError.reasonRequired }
        return try await store.write { db in
            _ = try await Self.decide(id, approve: approve, reason: reason, by: person, standIn: false, now: now, db)
            guard let view = try await Self.view(id, db) else { throw ApprovalError.notFound }
            return view
        }
    }

    /// The chain a request was opened under: a clause of its rulebook version, or built in.
    static func chain(_ citation: Citation, _ db: any SQLDatabase) async throws -> Cited<ApprovalChainRule>? {
        if let builtIn = BuiltInChains.chain(citation) { return builtIn }
        guard
            let version = try await db.raw(
                "SELECT * FROM rulebook_versions WHERE version = \(bind: citation.version)"
            ).first().map(RulebookVersion.init(row:))
        else { return nil }
        return try RulebookCache.shared.rulebook(version).chain(citation.clauseID)
    }

    /// Decides in the caller's transaction (`standIn`: see `ApprovalFlow.decide`); returns where
    /// the request stands afterwards.
    static func decide(
        _ id: UUID, approve: Bool, reason: String, by person: UUID, standIn: Bool, now: Date, _ db: any SQLDatabase
    ) async throws -> ApprovalFlow.Standing {
        let lock = db.dialect.name == "postgresql" ? " FOR UPDATE" : ""
        guard let row = try await db.raw("SELECT * FROM approval_requests WHERE id = \(bind: id)\(unsafeRaw: lock)").first()
        else {
            throw ApprovalError.notFound
        }
        let request = try ApprovalRequestRecord(row: row)
        guard request.status == .pending else { throw ApprovalError.closed }
        guard let chain = try await chain(request.citation, db) else { throw ApprovalError.notFound }
        let tasks = try await db.raw("SELECT \(unsafeRaw: Self.taskColumns) WHERE t.request_id = \(bind: id) ORDER BY t.id")
            .all()
            .map(ApprovalTaskRecord.init(row:))
        guard
            let after = ApprovalFlow.decide(
                chain.rule.steps, tasks.map(\.flow), person: person, approve: approve, standIn: standIn)
        else {
            throw ApprovalError.notYourTurn
        }
        var asked: [UUID] = []
        for (old, new) in zip(tasks, after) where old.state != new.state {
            let decided = old.personId == person && (new.state == .approved || new.state == .rejected)
            try await db.raw(
                """
                UPDATE approval_tasks SET state = \(bind: new.state.rawValue),
                  reason = \(bind: decided && !reason.isEmpty ? reason : old.reason),
                  decided_at = \(bind: new.state == .pending ? old.decidedAt : now),
                  asked_at = CASE WHEN \(bind: new.state == .pending) THEN \(bind: now) ELSE asked_at END
                WHERE id = \(bind: old.id)
                """
            ).run()
            if new.state == .pending { asked.append(new.person) }
        }
        // A stand-in's decisions are new tasks in their name.
        let added = after.dropFirst(tasks.count)
        if !added.isEmpty {
            try await db.insertRows(
                into: "approval_tasks",
                ["id", "request_id", "step", "slot", "approver", "state", "reason", "asked_at", "decided_at", "person_id"],
                added.map { t in
                    [
                        SQLBind(UUID()), SQLBind(id), SQLBind(t.step), SQLBind(t.slot),
                        SQLBind(chain.rule.steps[t.step].approvers[t.slot].code), SQLBind(t.state.rawValue),
                        SQLBind(reason.isEmpty ? nil : reason), SQLBind(now), SQLBind(now), SQLBind(t.person),
                    ]
                })
        }
        try await RuleDecisions.record(
            [
                Decision(
                    .approvalStep, approve ? .approved : .rejected, parameters: reason.isEmpty ? [:] : ["reason": reason],
                    citation: chain.citation, subject: id, person: person, at: now)
            ], db)
        try await Self.tellAsked(
            asked, request.subject, request.subjectId, title: request.title, clause: chain.clause, now: now, db)
        let standing = ApprovalFlow.standing(chain.rule.steps, after)
        switch standing {
        case .approved, .rejected:
            let approved = standing == .approved
            try await db.raw(
                """
                UPDATE approval_requests SET status = \(bind: approved ? "approved" : "rejected"), decided_at = \(bind: now)
                WHERE id = \(bind: id)
                """
            ).run()
            try await Self.finish(
                request.subject, request.subjectId, approved: approved, by: person, now: now, db, reason: reason)
        case .pending:
            break
        }
        return standing
    }

    /// The open request for a subject, if any.
    static func pending(_ subject: ApprovalSubject, _ subjectId: UUID, _ db: any SQLDatabase) async throws -> UUID? {
        try await db.raw(
            """
            SELECT id FROM approval_requests WHERE subject_kind = \(bind: subject.rawValue) AND subject_id = \(bind: subjectId)
              AND status = 'pending' ORDER BY created_at DESC, id
            """
        ).first()?.decode(column: "id", as: UUID.self)
    }

    /// The subject went away (a booking cancelled or displaced while it waited): its open request
    /// is withdrawn and nobody is asked any more.
    static func withdraw(_ subject: ApprovalSubject, _ subjectId: UUID, now: Date, _ db: any SQLDatabase) async throws {
        guard let id = try await pending(subject, subjectId, db) else { return }
        try await db.raw(
            "UPDATE approval_requests SET status = 'withdrawn', decided_at = \(bind: now) WHERE id = \(bind: id)"
        ).run()
        try await db.raw(
            """
            UPDATE approval_tasks SET state = 'skipped', decided_at = \(bind: now)
            WHERE request_id = \(bind: id) AND state IN ('pending', 'waiting')
            """
        ).run()
    }

    /// What the end of a chain does to its subject.
    static func finish(
        _ subject: ApprovalSubject, _ id: UUID, approved: Bool, by person: UUID?, now: Date, _ db: any SQLDatabase,
        reason: String = ""
    ) async throws {
        try await ApprovalClients.client(subject).finished(id, approved: approved, reason: reason, by: person, now: now, db)
    }
}
