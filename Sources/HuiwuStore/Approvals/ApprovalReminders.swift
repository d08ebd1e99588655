import Foundation
import HuiwuCore
import SQLKit

/// Approvers who leave a request waiting are reminded (R3.1, X2, X3): once per `interval` while
/// their task stays pending, each reminder a decision record citing the chain's clause. The
/// task is claimed by a conditional update first, so two instances remind once.
extension Approvals {
    /// Sends the reminders due at `now`; returns how many.
    @discardableResult
    public func remindDue(now: Date, every interval: TimeInterval) async throws -> Int {
        let cutoff = now.addingTimeInterval(-interval)
        return try await store.write { db in
            let due = try await db.raw(
                """
                UPDATE approval_tasks SET reminded_at = \(bind: now)
                WHERE state = 'pending' AND asked_at <= \(bind: cutoff)
                  AND (reminded_at IS NULL OR reminded_at <= \(bind: cutoff))
                  AND request_id IN (SELECT id FROM approval_requests WHERE status = 'pending')
                RETURNING id, request_id, person_id
                """
            ).all()
            var told: [PersonNotices.Notice] = []
            var decisions: [Decision] = []
            var chains: [UUID: (ApprovalRequestRecord, Cited<ApprovalChainRule>?)] = [:]
            for row in due {
                let requestId = try row.decode(column: "request_id", as: UUID.self)
                let person = try row.decode(column: "person_id", as: UUID.self)
                if chains[requestId] == nil {
                    guard
                        let request = try await db.raw("SELECT * FROM approval_requests WHERE id = \(bind: requestId)").first()
                            .map(ApprovalRequestRecord.init(row:))
                    else { continue }
                    chains[requestId] = (request, try await Self.chain(request.citation, db))
                }
                guard let (request, chain) = chains[requestId], let chain else { continue }
                told.append(
                    PersonNotices.Notice(
                        person: person, kind: .approvalReminder, meeting: nil,
                        params: NotificationParams(
                            title: request.title, clause: chain.clause)))
                decisions.append(
                    Decision(
                        .approvalReminder, .reminded, citation: chain.citation, subject: requestId, person: person,
                        at: now))
            }
            try await RuleDecisions.record(decisions, db)
            try await PersonNotices.tell(told, now: now, db)
            return due.count
        }
    }
}
