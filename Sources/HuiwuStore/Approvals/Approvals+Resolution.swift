import Foundation
import HuiwuCore
import SQLKit

/// Who an approver of a chain is, as people (R1.1, R3.1): resolved through roles, positions and
/// the org tree when a request is opened.
extension Approvals {
    /// Who decides a step nobody else could: the chain's fallback, else the active
    /// administrators — never the requester (unless `requesterMayApprove`).
    static func standIns(
        _ fallback: [ApprovalChainRule.Approver], _ context: Context, requesterMayApprove: Bool, _ db: any SQLDatabase
    ) async throws -> [UUID] {
        var people: [UUID] = []
        for approver in fallback {
            for p in try await resolve(approver, context, db) where !people.contains(p) { people.append(p) }
        }
        if !requesterMayApprove { people.removeAll { $0 == context.requester } }
        if !people.isEmpty { return people }
        people = try await db.raw("SELECT id FROM people WHERE role = 'admin' AND active = \(bind: true) ORDER BY id")
            .all().map { try $0.decode(column: "id", as: UUID.self) }
        if !requesterMayApprove { people.removeAll { $0 == context.requester } }
        return people
    }

    static func resolve(_ approver: ApprovalChainRule.Approver, _ c: Context, _ db: any SQLDatabase) async throws -> [UUID] {
        func ids(_ q: SQLQueryString) async throws -> [UUID] {
            try await db.raw(q).all().map { try $0.decode(column: "id", as: UUID.self) }
        }
        switch approver {
        case .organiser:
            return c.organiser.map { [$0] } ?? []
        case .role(let role):
            return try await ids(
                "SELECT id FROM people WHERE role = \(bind: role.rawValue) AND active = \(bind: true) ORDER BY id")
        case .position(let position):
            return try await ids(
                "SELECT id FROM people WHERE position = \(bind: position) AND active = \(bind: true) ORDER BY id")
        case .person(let username):
            return try await ids("SELECT id FROM people WHERE username = \(bind: username) AND active = \(bind: true)")
        case .departmentHead:
            // The nearest department up the tree that has a head.
            var department = c.department
            var seen: Set<UUID> = []
            while let d = department, seen.insert(d).inserted {
                let heads = try await ids(
                    """
                    SELECT id FROM people WHERE department_id = \(bind: d) AND role = 'department_head' AND active = \(bind: true)
                      AND id <> \(bind: c.requester) ORDER BY id
                    """)
                if !heads.isEmpty { return heads }
                department = try await db.raw("SELECT parent_id FROM departments WHERE id = \(bind: d)").first()?
                    .decode(column: "parent_id", as: UUID?.self)
            }
            return []
        }
    }
}
