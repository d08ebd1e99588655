import Foundation
import HuiwuCore
import SQLKit

/// One ledger entry as stored (R3.2, X5). Entries are never changed: later entries refer to
/// earlier ones.
public struct PenaltyEntry: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A fine, with its clause and evidence.
        case assessed
        /// Takes an assessed fine back in full (waiver, upheld appeal, corrected attendance).
        case reversed
        /// Fills in the amount of a "N days' wages" fine once the wage is known.
        case completed
        /// The person disputes the fine; it stands until reversed or the appeal is rejected.
        case appealed
        case appealRejected = "appeal_rejected"
        /// Paid or deducted.
        case settled
    }

    public var id: UUID
    public var kind: Kind
    public var personId: UUID
    public var departmentId: UUID?
    public var amount: Fen?
    public var daysOfWage: Int?
    public var trigger: ChargeTrigger?
    public var citation: Citation?
    public var meetingId: UUID?
    public var participantId: UUID?
    public var evidence: [String: String]
    public var reason: String?
    public var refersTo: UUID?
    public var decisionId: UUID?
    public var recordedBy: UUID?
    public var createdAt: Date

    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: UUID.self)
        kind = try row.decode(enum: Kind.self, column: "kind")
        personId = try row.decode(column: "person_id", as: UUID.self)
        departmentId = try row.decode(column: "department_id", as: UUID?.self)
        amount = try row.decode(column: "amount_fen", as: Int?.self).map(Fen.init)
        daysOfWage = try row.decode(column: "days_of_wage", as: Int?.self)
        let rowId = id.uuidString
        trigger = try row.decode(column: "trigger", as: String?.self).map {
            try StoredValue.decode(ChargeTrigger.self, $0, column: "trigger", rowId: rowId)
        }
        let version = try row.decode(column: "rulebook_version", as: Int?.self)
        let clause = try row.decode(column: "clause_id", as: String?.self)
        citation = version.flatMap { v in clause.map { Citation(version: v, clauseID: $0) } }
        meetingId = try row.decode(column: "meeting_id", as: UUID?.self)
        participantId = try row.decode(column: "participant_id", as: UUID?.self)
        let text = try row.decode(column: "evidence", as: String.self)
        evidence = (try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))) ?? [:]
        reason = try row.decode(column: "reason", as: String?.self)
        refersTo = try row.decode(column: "refers_to", as: UUID?.self)
        decisionId = try row.decode(column: "decision_id", as: UUID?.self)
        recordedBy = try row.decode(column: "recorded_by", as: UUID?.self)
        createdAt = try row.decode(column: "created_at", as: Date.self)
    }
}
