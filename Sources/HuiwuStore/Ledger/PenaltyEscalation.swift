import Foundation
import HuiwuCore
import SQLKit

/// Escalation at closing (issue 13): after a meeting's fines are stored, each escalation clause
/// counts the person's standing fines under the clause it `counts` in the period of the meeting
/// (by the meetings' start days); every `every` of them is one fine as its `counts_as` clause
/// says, citing the escalation clause. With `replaces`, the fines it counted are reversed by new
/// entries marked as escalated (they still count, so a fourth late arrival does not undo it).
extension PenaltyLedger {
    static func escalate(
        _ meeting: MeetingRecord, people: Set<UUID>, rulebook book: Rulebook, time: OrgTime, now: Date,
        _ db: any SQLDatabase
    ) async throws {
        guard !people.isEmpty else { return }
        for escalation in book.escalations {
            let e = escalation.rule
            guard let target = book.clause(e.countsAs), case .fine(let fine) = target.rule else { continue }
            let (first, after) = Escalation.period(e.per, containing: time.date(of: meeting.startsAt))
            let from = time.instant(first, minutes: 0), to = time.instant(after, minutes: 0)
            for person in people.sorted(by: { $0.uuidString < $1.uuidString }) {
                // Fines under the counted clause, not reversed for any reason but an escalation.
                let counted = try await db.raw(
                    """
                    SELECT e.* FROM penalty_entries e JOIN meetings m ON m.id = e.meeting_id
                    WHERE e.person_id = \(bind: person) AND e.kind = 'assessed' AND e.clause_id = \(bind: e.counts)
                      AND m.starts_at >= \(bind: from) AND m.starts_at < \(bind: to)
                      AND NOT EXISTS (SELECT 1 FROM penalty_entries r WHERE r.refers_to = e.id AND r.kind = 'reversed'
                        AND r.evidence NOT LIKE '%escalated%')
                    ORDER BY m.starts_at, e.created_at, e.id
                    """
                ).all().map(PenaltyEntry.init(row:))
                let escalated =
                    try await db.raw(
                        """
                        SELECT COUNT(*) AS n FROM penalty_entries e JOIN meetings m ON m.id = e.meeting_id
                        WHERE e.person_id = \(bind: person) AND e.kind = 'assessed' AND e.clause_id = \(bind: escalation.clause.id)
                          AND m.starts_at >= \(bind: from) AND m.starts_at < \(bind: to)
                          AND NOT EXISTS (SELECT 1 FROM penalty_entries r WHERE r.refers_to = e.id AND r.kind = 'reversed')
                        """
                    ).first()?.decode(column: "n", as: Int.self) ?? 0
                let due = Escalation.due(counted: counted.count, escalated: escalated, every: e.every)
                guard due > 0 else { continue }
                let wage = try await db.raw("SELECT daily_wage_fen, department_id FROM people WHERE id = \(bind: person)").first()
                let daily = try wage?.decode(column: "daily_wage_fen", as: Int?.self).map { Fen($0) }
                let department = try wage?.decode(column: "department_id", as: UUID?.self)
                let days: Int? = if case .daysOfWage(let d) = fine.penalty { d } else { nil }
                for n in 0..<due {
                    let batch = counted.dropFirst((escalated + n) * e.every).prefix(e.every)
                    let ids = try await charge(
                        [
                            Charge(
                                person: person, department: department, amount: fine.penalty.amount(dailyWage: daily),
                                daysOfWage: days, trigger: fine.trigger.rawValue, citation: escalation.citation,
                                clause: escalation.clause, meeting: meeting, participant: batch.last?.participantId,
                                evidence: [
                                    "escalated_from": batch.map(\.id.uuidString).joined(separator: ","),
                                    "counts": e.counts, "counts_as": e.countsAs,
                                ], reason: nil, recordedBy: nil)
                        ], now: now, db)
                    guard e.replaces, let escalatedId = ids.first else { continue }
                    for entry in batch {
                        try await follow(
                            entry, kind: .reversed, amount: entry.amount.map { -$0 }, reason: escalation.clause.cite,
                            by: nil, now: now, db, evidence: ["escalated": escalatedId.uuidString])
                    }
                }
            }
        }
    }
}
