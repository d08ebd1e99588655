import Foundation
import HuiwuCore
import SQLKit

/// Leave is settled before the meeting is judged (R5.6, R3.1; A3 一.2: 审批后方可休息). When a
/// meeting's attendance closes, every request still pending — leave nobody approved in time, a
/// delegation the delegate never answered — lapses: its approval ends, the lapse is a decision
/// citing the request's clause, and the person is told, naming the meeting. Closing then judges
/// them as expected, and a later approval finds nothing to decide.
extension LeaveRequests {
    static func expirePending(_ meeting: MeetingRecord, now: Date, _ db: any SQLDatabase) async throws {
        // The approval first, then the request: the order an approver's decision takes them in
        // (`Approvals.decide` locks the approval, then finishes the request), so a decision racing
        // the close waits for it or is waited for, and never deadlocks with it. What the decision
        // took first is no longer pending here and is left as decided.
        let open: SQLQueryString = "meeting_id = \(bind: meeting.id) AND status = 'pending'"
        try await db.raw(
            """
            UPDATE approval_requests SET status = 'expired', decided_at = \(bind: now)
            WHERE status = 'pending' AND id IN (SELECT approval_id FROM leave_requests WHERE \(open))
            """
        ).run()
        let expired = try await db.raw(
            "UPDATE leave_requests SET status = 'expired', decided_at = \(bind: now) WHERE \(open) RETURNING id"
        ).all().map { try $0.decode(column: "id", as: UUID.self) }
        guard !expired.isEmpty else { return }
        let ids = SQLList(expired.map { SQLBind($0) })
        let pending = try await db.raw("SELECT \(unsafeRaw: columns) WHERE l.id IN (\(ids)) ORDER BY l.id").all()
            .map(LeaveRecord.init(row:))
        try await db.raw(
            """
            UPDATE approval_tasks SET state = 'skipped', decided_at = \(bind: now)
            WHERE state IN ('pending', 'waiting') AND request_id IN (SELECT approval_id FROM leave_requests WHERE id IN (\(ids)))
            """
        ).run()
        let decisions = pending.compactMap { l -> Decision? in
            guard let citation = l.citation else { return nil }
            return Decision(
                l.kind == .leave ? .leaveExpired : .delegationExpired, .expired,
                parameters: ["meeting": meeting.id.uuidString, "participant": l.participantId.uuidString],
                citation: citation, subject: l.id, person: l.personId, at: now)
        }
        try await RuleDecisions.record(decisions, db)
        try await PersonNotices.tell(
            pending.map { l in
                PersonNotices.Notice(
                    person: l.personId, kind: l.kind == .leave ? .leaveExpired : .delegationExpired, meeting: meeting.id,
                    params: NotificationParams(title: meeting.title, startsAt: meeting.startsAt, endsAt: meeting.endsAt))
            }, now: now, db)
    }
}
