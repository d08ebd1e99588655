import Foundation
import HuiwuCore
import SQLKit

/// Whom a person may send in their place (R5.6; A5 §8: 委派下一级主管人员): the delegation
/// clause's `to` judged on the org tree (`DelegationRule.admits`). A participant already on the
/// list is no stand-in, nor an inactive person, nor oneself.
extension LeaveRequests {
    static func requireEligible(
        _ delegate: UUID, of person: UUID, _ rule: Cited<DelegationRule>, meeting: UUID, _ db: any SQLDatabase
    ) async throws {
        let refused = LeaveError.delegateNotEligible(to: rule.rule.to.rawValue, clause: rule.reference)
        guard delegate != person, let them = try await place(of: delegate, db), let me = try await place(of: person, db) else {
            throw refused
        }
        if try await db.raw(
            """
            SELECT id FROM meeting_participants
            WHERE meeting_id = \(bind: meeting) AND person_id = \(bind: delegate) AND removed = \(bind: false)
            """
        ).first() != nil {
            throw LeaveError.delegateIsParticipant
        }
        guard rule.rule.admits(them, for: me) else { throw refused }
    }

    /// An active person's role, department and its ancestors (nearest first); nil if inactive.
    static func place(of person: UUID, _ db: any SQLDatabase) async throws -> DelegationRule.Place? {
        guard let row = try await db.raw("SELECT role, department_id, active FROM people WHERE id = \(bind: person)").first(),
            try row.decode(column: "active", as: Bool.self)
        else { return nil }
        var parents: [UUID: UUID] = [:]
        for d in try await db.raw("SELECT id, parent_id FROM departments WHERE parent_id IS NOT NULL").all() {
            parents[try d.decode(column: "id", as: UUID.self)] = try d.decode(column: "parent_id", as: UUID.self)
        }
        return DelegationRule.place(
            role: try row.decode(enum: Role.self, column: "role"),
            department: try row.decode(column: "department_id", as: UUID?.self),
            parents: parents)
    }
}
