import Foundation
import HuiwuCore
import SQLKit

extension LeaveRequests {
    /// The requests of `list` whose reason `actor` may read: a reason is for the requester, the
    /// delegate asked, the approvers of the request, and the meeting's organiser and chair — not
    /// for the other participants (X1).
    public func reasonsReadable(_ list: [LeaveRecord], meeting: MeetingRecord, by actor: Actor) async throws -> Set<UUID> {
        let db = store.reader
        let chairs = try await MeetingChairs.chairs(meeting, actor: actor, db)
        if actor.id == meeting.organiserId || chairs { return Set(list.map(\.id)) }
        var readable = Set(list.filter { $0.personId == actor.id || $0.delegateId == actor.id }.map(\.id))
        let approvals = list.compactMap(\.approvalId)
        guard !approvals.isEmpty else { return readable }
        let asked = Set(
            try await db.raw(
                """
                SELECT DISTINCT request_id FROM approval_tasks
                WHERE person_id = \(bind: actor.id) AND request_id IN (\(SQLList(approvals.map { SQLBind($0) })))
                """
            ).all().map { try $0.decode(column: "request_id", as: UUID.self) })
        for l in list where l.approvalId.map(asked.contains) == true { readable.insert(l.id) }
        return readable
    }
}
