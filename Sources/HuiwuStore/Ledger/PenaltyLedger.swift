import Foundation
import HuiwuCore
import SQLKit

/// The penalty ledger (R3.2, R5.2, R5.3, R5.7): fines the rulebook assessed, each a
/// decision citing its clause and an `assessed` entry with its evidence; later entries reverse,
/// complete, appeal or settle them. Nothing is edited or deleted.
public struct PenaltyLedger: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    static let entryColumns = [
        "id", "kind", "person_id", "department_id", "amount_fen", "days_of_wage", "trigger", "rulebook_version", "clause_id",
        "meeting_id", "participant_id", "evidence", "reason", "refers_to", "decision_id", "recorded_by", "created_at",
    ]

    /// A fine about to be stored: who pays what under which clause, and the evidence.
    struct Charge: Sendable {
        var person: UUID
        var department: UUID?
        var amount: Fen?
        var daysOfWage: Int?
        var trigger: ChargeTrigger
        var citation: Citation
        var clause: Clause?
        var meeting: MeetingRecord?
        var participant: UUID?
        var evidence: [String: String]
        var reason: String?
        var recordedBy: UUID?
        /// The fine is on someone for another participant (the organiser's, A5 §1, §2): the entry,
        /// decision and notice name that participant (X3).
        var forSomeoneElse = false
    }

    /// Stores the fines of a closed meeting: one decision and one `assessed` entry per fine.
    static func record(
        _ assessments: [Assessment], meeting: MeetingRecord, rulebook: Rulebook, outcomes: [UUID: AttendanceOutcome],
        departments: [UUID: UUID], notified: Set<UUID>, now: Date, _ db: any SQLDatabase
    ) async throws {
        let charges = assessments.map { a in
            Charge(
                person: a.liablePersonId, department: departments[a.liablePersonId], amount: a.amount, daysOfWage: a.daysOfWage,
                trigger: .attendance(a.trigger), citation: a.citation, clause: rulebook.clause(a.citation.clauseID),
                meeting: meeting,
                participant: a.participantId,
                evidence: [
                    "outcome": outcomes[a.participantId]?.rawValue ?? "",
                    "notified": notified.contains(a.participantId) ? "true" : "false",
                ], reason: nil, recordedBy: nil, forSomeoneElse: Self.onTheOrganiser(a, rulebook))
        }
        try await charge(charges, now: now, db)
    }

    /// Stores fines: a decision citing the clause and an `assessed` entry each, and tells each
    /// person (in-app, e-mail, their private robot) in the same transaction.
    @discardableResult
    static func charge(_ charges: [Charge], now: Date, _ db: any SQLDatabase) async throws -> [UUID] {
        guard !charges.isEmpty else { return [] }
        let participants = try await participants(of: charges.filter(\.forSomeoneElse), db)
        var ids: [UUID] = []
        var told: [PersonNotices.Notice] = []
        var decisions: [Decision] = []
        var entries: [[any SQLExpression]] = []
        for var c in charges {
            let decision = UUID()
            // A fine on someone for another participant (the organiser's, for an absentee never
            // notified, A5 §1) names that participant in its evidence, decision and notice (X3).
            let other = c.forSomeoneElse ? c.participant.flatMap { participants[$0] }.map { $0.1 } : nil
            if let other, c.evidence["participant_name"] == nil { c.evidence["participant_name"] = other }
            var parameters = c.evidence
            if let p = c.participant { parameters["participant"] = p.uuidString }
            if let amount = c.amount { parameters["amount"] = amount.yuanText }
            if let days = c.daysOfWage { parameters["days_of_wage"] = String(days) }
            decisions.append(
                Decision(
                    id: decision, .fine, .charged(c.trigger), parameters: parameters, citation: c.citation,
                    subject: c.meeting?.id ?? c.person, person: c.person, at: now))
            let id = UUID()
            ids.append(id)
            entries.append([
                SQLBind(id), SQLBind(PenaltyEntry.Kind.assessed.rawValue), SQLBind(c.person), SQLBind(c.department),
                SQLBind(c.amount?.value), SQLBind(c.daysOfWage), SQLBind(c.trigger.rawValue), SQLBind(c.citation.version),
                SQLBind(c.citation.clauseID), SQLBind(c.meeting?.id), SQLBind(c.participant),
                SQLBind(JSONText.object(c.evidence)),
                SQLBind(c.reason), SQLBind(UUID?.none), SQLBind(decision), SQLBind(c.recordedBy), SQLBind(now),
            ])
            // A recorded violation without a fine (A1 八) is on the record, not a money notice.
            if c.amount != nil || c.daysOfWage != nil {
                let kind: NotificationKind =
                    switch (c.amount == nil, other == nil) {
                    case (true, true): .penaltyAssessedDays
                    case (false, true): .penaltyAssessed
                    case (true, false): .penaltyAssessedDaysFor
                    case (false, false): .penaltyAssessedFor
                    }
                told.append(
                    PersonNotices.Notice(
                        person: c.person, kind: kind, meeting: c.meeting?.id,
                        params: NotificationParams(
                            title: c.meeting?.title, startsAt: c.meeting?.startsAt, endsAt: c.meeting?.endsAt, reason: c.reason,
                            amount: c.amount?.yuanText, daysOfWage: c.daysOfWage.map(String.init), clause: c.clause,
                            personName: other)))
            }
        }
        try await RuleDecisions.record(decisions, db)
        try await db.insertRows(into: "penalty_entries", entryColumns, entries)
        try await PersonNotices.tell(told, now: now, db)
        return ids
    }

    /// Whether an attendance fine falls on the organiser rather than the participant it is about.
    static func onTheOrganiser(_ a: Assessment, _ rulebook: Rulebook) -> Bool {
        if case .fine(let f)? = rulebook.clause(a.citation.clauseID)?.rule { return f.liable == .organiser }
        return false
    }

    /// Who the participants of `charges` are: participant id → their person (nil for a guest)
    /// and name, so that a fine on someone else for them can name them. Read only for such fines
    /// (a closing of a thousand absentees reads none).
    static func participants(of charges: [Charge], _ db: any SQLDatabase) async throws -> [UUID: (UUID?, String)] {
        let ids = Array(Set(charges.compactMap(\.participant)))
        var found: [UUID: (UUID?, String)] = [:]
        for chunk in stride(from: 0, to: ids.count, by: 500) {
            let part = ids[chunk..<min(chunk + 500, ids.count)].map { SQLBind($0) }
            for row in try await db.raw(
                """
                SELECT mp.id, mp.person_id, COALESCE(p.display_name, mp.guest_name) AS name FROM meeting_participants mp
                LEFT JOIN people p ON p.id = mp.person_id WHERE mp.id IN (\(SQLList(part)))
                """
            ).all() {
                found[try row.decode(column: "id", as: UUID.self)] = (
                    try row.decode(column: "person_id", as: UUID?.self), try row.decode(column: "name", as: String?.self) ?? ""
                )
            }
        }
        return found
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
