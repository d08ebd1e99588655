import Foundation
import HuiwuCore
import SQLKit

/// The penalty ledger (issue 13, R3.2, R5.2, R5.3, R5.7): fines the rulebook assessed, each a
/// decision citing its clause and an `assessed` entry with its evidence; later entries reverse,
/// complete, appeal or settle them. Nothing is edited or deleted.
public struct PenaltyLedger: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    static let entryColumns = [
        "id", "kind", "person_id", "department_id", "amount_fen", "days_of_wage", "trigger", "rulebook_version", "clause_id",
        "meeting_id", "participant_id", "evidence", "reason", "refers_to", "decision_id", "recorded_by", "created_at",
    ]

    /// Stores the fines of a closed meeting: one decision and one `assessed` entry per fine.
    static func record(
        _ assessments: [Assessment], meeting: UUID, outcomes: [UUID: AttendanceOutcome], departments: [UUID: UUID],
        notified: Set<UUID>, now: Date, _ db: any SQLDatabase
    ) async throws {
        guard !assessments.isEmpty else { return }
        var decisions: [[any SQLExpression]] = []
        var entries: [[any SQLExpression]] = []
        for a in assessments {
            let decision = UUID()
            var parameters = ["participant": a.participantId.uuidString]
            if let amount = a.amount { parameters["amount"] = amount.yuanText }
            if let days = a.daysOfWage { parameters["days_of_wage"] = String(days) }
            decisions.append([
                SQLBind(decision), SQLBind("fine"), SQLBind(a.trigger.rawValue), SQLBind(JSONText.object(parameters)),
                SQLBind(a.citation.version), SQLBind(a.citation.clauseID), SQLBind(now), SQLBind(meeting),
                SQLBind(a.liablePersonId),
            ])
            let evidence = JSONText.object([
                "outcome": outcomes[a.participantId]?.rawValue ?? "",
                "notified": notified.contains(a.participantId) ? "true" : "false",
            ])
            entries.append([
                SQLBind(UUID()), SQLBind(PenaltyEntry.Kind.assessed.rawValue), SQLBind(a.liablePersonId),
                SQLBind(departments[a.liablePersonId]), SQLBind(a.amount?.value), SQLBind(a.daysOfWage),
                SQLBind(a.trigger.rawValue),
                SQLBind(a.citation.version), SQLBind(a.citation.clauseID), SQLBind(meeting), SQLBind(a.participantId),
                SQLBind(evidence), SQLBind(String?.none), SQLBind(UUID?.none), SQLBind(decision), SQLBind(UUID?.none),
                SQLBind(now),
            ])
        }
        try await db.insertRows(
            into: "rule_decisions",
            ["id", "kind", "outcome", "parameters", "rulebook_version", "clause_id", "decided_at", "subject_id", "person_id"],
            decisions)
        try await db.insertRows(into: "penalty_entries", entryColumns, entries)
    }

    /// A meeting's entries, oldest first.
    public func entries(ofMeeting meeting: UUID) async throws -> [PenaltyEntry] {
        try await store.reader.raw(
            "SELECT * FROM penalty_entries WHERE meeting_id = \(bind: meeting) ORDER BY created_at, id"
        ).all().map(PenaltyEntry.init(row:))
    }

    /// A person's entries in `span`, oldest first.
    public func entries(of person: UUID, in span: Interval) async throws -> [PenaltyEntry] {
        try await store.reader.raw(
            """
            SELECT * FROM penalty_entries WHERE person_id = \(bind: person)
              AND created_at >= \(bind: span.start) AND created_at < \(bind: span.end) ORDER BY created_at, id
            """
        ).all().map(PenaltyEntry.init(row:))
    }
}
