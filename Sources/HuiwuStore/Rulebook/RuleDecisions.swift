import Foundation
import HuiwuCore
import SQLKit

/// Writing decision records (X3): a fine, an approval step, a refusal — each with the rulebook
/// version and clause it applied, in the transaction that took it.
enum RuleDecisions {
    static let columns = [
        "id", "kind", "outcome", "parameters", "rulebook_version", "clause_id", "decided_at", "subject_id", "person_id",
    ]

    static func row(_ d: Decision) -> [any SQLExpression] {
        [
            SQLBind(d.id), SQLBind(d.kind.rawValue), SQLBind(d.outcome.rawValue), SQLBind(JSONText.object(d.parameters)),
            SQLBind(d.citation.version), SQLBind(d.citation.clauseID), SQLBind(d.at), SQLBind(d.subject), SQLBind(d.person),
        ]
    }

    static func record(_ decisions: [Decision], _ db: any SQLDatabase) async throws {
        try await db.insertRows(into: "rule_decisions", columns, decisions.map(row))
    }
}
