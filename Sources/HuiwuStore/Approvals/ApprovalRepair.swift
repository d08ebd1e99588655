import Foundation
import HuiwuCore
import SQLKit

/// Requests opened while a step whose approvers were only the requester was passed over (before
/// nobody decided their own case, X1) may wait on such a step with nobody asked. Each empty slot
/// of the step a request waits on is given to the chain's fallback, else the administrators, who
/// are asked; a later step asked early waits again. Run once, by the migration that brought the rule.
extension Approvals {
    static func reaskEmptySteps(now: Date, _ db: any SQLDatabase) async throws {
        let requests = try await db.raw("SELECT * FROM approval_requests WHERE status = 'pending' ORDER BY created_at, id")
            .all().map(ApprovalRequestRecord.init(row:))
        for request in requests {
            guard let chain = try await chain(request.citation, db) else { continue }
            let tasks = try await db.raw(
                "SELECT \(unsafeRaw: taskColumns) WHERE t.request_id = \(bind: request.id) ORDER BY t.id"
            )
            .all().map(ApprovalTaskRecord.init(row:))
            guard case .pending(let step) = ApprovalFlow.standing(chain.rule.steps, tasks.map(\.flow)) else { continue }
            let staffed = Set(tasks.filter { $0.step == step }.map(\.slot))
            let empty = chain.rule.steps[step].approvers.indices.filter { !staffed.contains($0) }
            guard !empty.isEmpty else { continue }
            let people = try await standIns(
                chain.rule.fallback, try await context(of: request, db),
                requesterMayApprove: ApprovalClients.client(request.subject).requesterMayApprove, db)
            guard !people.isEmpty else { continue }
            try await db.insertRows(
                into: "approval_tasks", ["id", "request_id", "step", "slot", "approver", "state", "asked_at", "person_id"],
                empty.flatMap { slot in
                    people.map { person -> [any SQLExpression] in
                        [
                            SQLBind(UUID()), SQLBind(request.id), SQLBind(step), SQLBind(slot),
                            SQLBind(chain.rule.steps[step].approvers[slot].code),
                            SQLBind(ApprovalFlow.TaskState.pending.rawValue),
                            SQLBind(now), SQLBind(person),
                        ]
                    }
                })
            try await db.raw(
                """
                UPDATE approval_tasks SET state = 'waiting', asked_at = NULL
                WHERE request_id = \(bind: request.id) AND step > \(bind: step) AND state = 'pending'
                """
            ).run()
            try await tellAsked(
                people, request.subject, request.subjectId, title: request.title, clause: chain.clause, now: now, db)
        }
    }

    /// Who a request's requester is, as resolving approvers needs it: their department, and the
    /// meeting's organiser for leave from a meeting.
    static func context(of request: ApprovalRequestRecord, _ db: any SQLDatabase) async throws -> Context {
        let department = try await db.raw("SELECT department_id FROM people WHERE id = \(bind: request.requesterId)").first()?
            .decode(column: "department_id", as: UUID?.self)
        let organiser = try await ApprovalClients.client(request.subject).organiser(of: request.subjectId, db)
        return Context(requester: request.requesterId, department: department ?? nil, organiser: organiser)
    }
}
