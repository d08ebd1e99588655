import Foundation
import HuiwuCore
import SQLKit

/// Requests as lists show them: what waits on a person, and the open request of each subject.
extension Approvals {
    /// The open request of each of these subjects that has one (a list of bookings shows whom
    /// each waits on).
    public func open(_ subject: ApprovalSubject, _ ids: [UUID]) async throws -> [UUID: ApprovalView] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await store.reader.raw(
            """
            SELECT id, subject_id FROM approval_requests
            WHERE subject_kind = \(bind: subject.rawValue) AND status = 'pending' AND subject_id IN (\(SQLList(ids.map { SQLBind($0) })))
            """
        ).all()
        var out: [UUID: ApprovalView] = [:]
        for row in rows {
            if let v = try await view(try row.decode(column: "id", as: UUID.self)) {
                out[try row.decode(column: "subject_id", as: UUID.self)] = v
            }
        }
        return out
    }

    /// The requests waiting on `person` now, oldest first.
    public func waiting(on person: UUID) async throws -> [ApprovalView] {
        let ids = try await store.reader.raw(
            """
            SELECT DISTINCT r.id, r.created_at FROM approval_requests r JOIN approval_tasks t ON t.request_id = r.id
            WHERE t.person_id = \(bind: person) AND t.state = 'pending' AND r.status = 'pending' ORDER BY r.created_at, r.id
            """
        ).all().map { try $0.decode(column: "id", as: UUID.self) }
        var out: [ApprovalView] = []
        for id in ids { if let v = try await view(id) { out.append(v) } }
        return out
    }
}
