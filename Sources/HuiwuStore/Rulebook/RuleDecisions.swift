import Foundation
import HuiwuCore
import SQLKit

/// Writing decision records (X3): a fine, an approval step, a refusal — each with the
/// rulebook version and clause it applied, in the transaction that took it.
enum RuleDecisions {
    static let columns = [
        "id", "kind", "outcome", "parameters", "rulebook_version", "clause_id", "decided_at", "subject_id", "person_id",
    ]

    static func row(
        id: UUID = UUID(), kind: String, outcome: String, parameters: [String: String], citation: Citation, subject: UUID,
        person: UUID?, at: Date
    ) -> [any SQLExpression] {
        [
            SQLBind(id), SQLBind(kind), SQLBind(outcome), SQLBind(JSONText.object(parameters)), SQLBind(citation.version),
            SQLBind(citation.clauseID), SQLBind(at), SQLBind(subject), SQLBind(person),
        ]
    }

    static func record(_ rows: [[any SQLExpression]], _ db: any SQLDatabase) async throws {
        try await db.insertRows(into: "rule_decisions", columns, rows)
    }
}
