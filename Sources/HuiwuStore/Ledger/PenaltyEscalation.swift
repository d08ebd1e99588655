import Foundation
import HuiwuCore
import SQLKit

/// Escalation (R3.2, X3): each escalation clause counts the person's fines under the clause it
/// `counts` in the period of the meeting (by the meetings' start days); every `every` of them is
/// one fine as its `counts_as` clause says, citing the escalation clause. With `replaces`, the
/// fines it counted are reversed by new entries marked as escalated; they still count while that
/// escalation stands, so a fourth late arrival does not undo it.
///
/// Run at closing, and again after a correction (R5.6: corrections re-decide the fines). A
/// correction that takes away one of an escalation's counted fines undoes the escalation — a
/// reversing entry with the correction's reason — and the other fines it had replaced are
/// charged again; the count then starts over from the fines that still stand. A waiver of a
/// counted fine forgives that fine and leaves the escalation as decided.
extension PenaltyLedger {
    static func escalate(
        _ meeting: MeetingRecord, people: Set<UUID>, rulebook book: Rulebook, time: OrgTime, now: Date,
        _ db: any SQLDatabase, correction: Correction? = nil
    ) async throws {
        guard !people.isEmpty else { return }
        for escalation in book.escalations {
            guard let target = book.clause(escalation.rule.countsAs), case .fine(let fine) = target.rule else { continue }
            let (first, after) = Escalation.period(escalation.rule.per, containing: time.date(of: meeting.startsAt))
            let span = (from: time.instant(first, minutes: 0), to: time.instant(after, minutes: 0))
            for person in people.sorted(by: { $0.uuidString < $1.uuidString }) {
                var period = try await EscalationPeriod.load(person, escalation, span: span, db)
                if let correction,
                    try await undoBroken(
                        period, escalation, counted: book.clause(escalation.rule.counts), correction, now: now, db)
                {
                    period = try await EscalationPeriod.load(person, escalation, span: span, db)
                }
                try await escalateDue(period, escalation, fine: fine, meeting: meeting, now: now, db)
            }
        }
    }

    /// Why fines are being decided again, and by whom.
    struct Correction: Sendable {
        var reason: String
        var by: UUID
    }

    /// Escalations one of whose counted fines a correction took away: each is reversed, and the
    /// fines of its batch that still hold are charged again. True if any was.
    private static func undoBroken(
        _ period: EscalationPeriod, _ escalation: Cited<EscalationRule>, counted clause: Clause?, _ correction: Correction,
        now: Date, _ db: any SQLDatabase
    ) async throws -> Bool {
        var undone = false
        for made in period.standing {
            let batch = period.batch(of: made)
            let holding = batch.filter { period.holds($0, under: made) }
            guard holding.count < batch.count else { continue }
            try await follow(
                made, kind: .reversed, amount: period.amount(of: made).map { -$0 }, reason: correction.reason, by: correction.by,
                now: now, db)
            if escalation.rule.replaces {
                for entry in holding where period.reversals[entry.id] != nil {
                    // Every assessed entry names what it was for; one that does not is not guessed.
                    guard let trigger = entry.trigger else {
                        throw UnknownStoredValue(column: "trigger", value: "", rowId: entry.id.uuidString)
                    }
                    let original = try await db.raw("SELECT * FROM meetings WHERE id = \(bind: entry.meetingId)").first()
                        .map(MeetingRecord.init(row:))
                    try await charge(
                        [
                            Charge(
                                person: entry.personId, department: entry.departmentId, amount: period.amount(of: entry),
                                daysOfWage: entry.daysOfWage, trigger: trigger,
                                citation: entry.citation ?? escalation.citation,
                                clause: clause, meeting: original, participant: entry.participantId,
                                evidence: ["restored": entry.id.uuidString, "escalation_undone": made.id.uuidString],
                                reason: correction.reason, recordedBy: correction.by)
                        ], now: now, db)
                }
            }
            undone = true
        }
        return undone
    }

    /// Every `every` counted fines not yet in a standing escalation's batch make one.
    private static func escalateDue(
        _ period: EscalationPeriod, _ escalation: Cited<EscalationRule>, fine: FineRule, meeting: MeetingRecord, now: Date,
        _ db: any SQLDatabase
    ) async throws {
        let e = escalation.rule
        let batched = Set(period.standing.flatMap { period.batch(of: $0).map(\.id) })
        let free = period.counted.filter { !batched.contains($0.id) }
        // The fines standing escalations counted are left out above, so none of these is escalated yet.
        let due = Escalation.due(counted: free.count, escalated: 0, every: e.every)
        guard due > 0 else { return }
        let wage = try await db.raw("SELECT daily_wage_fen, department_id FROM people WHERE id = \(bind: period.person)").first()
        let daily = try wage?.decode(column: "daily_wage_fen", as: Int?.self).map { Fen($0) }
        let department = try wage?.decode(column: "department_id", as: UUID?.self)
        let days: Int? = if case .daysOfWage(let d) = fine.penalty { d } else { nil }
        for n in 0..<due {
            let batch = free.dropFirst(n * e.every).prefix(e.every)
            let ids = try await charge(
                [
                    Charge(
                        person: period.person, department: department, amount: fine.penalty.amount(dailyWage: daily),
                        daysOfWage: days, trigger: .attendance(fine.trigger), citation: escalation.citation,
                        clause: escalation.clause, meeting: meeting, participant: batch.last?.participantId,
                        evidence: [
                            "escalated_from": batch.map(\.id.uuidString).joined(separator: ","),
                            "counts": e.counts, "counts_as": e.countsAs,
                        ], reason: nil, recordedBy: nil)
                ], now: now, db)
            guard e.replaces, let escalatedId = ids.first else { continue }
            for entry in batch {
                try await follow(
                    entry, kind: .reversed, amount: period.amount(of: entry).map { -$0 }, reason: escalation.clause.cite,
                    by: nil, now: now, db, evidence: ["escalated": escalatedId.uuidString])
            }
        }
    }
}

/// One person's entries of one escalation's period: the fines it counts, the escalations it made,
/// and what follows each (reversals, completed wages).
struct EscalationPeriod {
    var person: UUID
    /// Fines under the counted clause that count: not reversed, or reversed only as replaced
    /// by an escalation that still stands. In the order of their meetings.
    var counted: [PenaltyEntry]
    /// Escalated fines not reversed, oldest first.
    var standing: [PenaltyEntry]
    var assessed: [UUID: PenaltyEntry]
    var reversals: [UUID: [PenaltyEntry]]
    var completed: [UUID: Fen]

    static func load(
        _ person: UUID, _ escalation: Cited<EscalationRule>, span: (from: Date, to: Date), _ db: any SQLDatabase
    ) async throws -> EscalationPeriod {
        let entries = try await db.raw(
            """
            SELECT e.* FROM penalty_entries e JOIN meetings m ON m.id = e.meeting_id
            WHERE e.person_id = \(bind: person) AND e.clause_id IN (\(bind: escalation.rule.counts), \(bind: escalation.clause.id))
              AND m.starts_at >= \(bind: span.from) AND m.starts_at < \(bind: span.to)
            ORDER BY m.starts_at, e.created_at, e.id
            """
        ).all().map(PenaltyEntry.init(row:))
        var period = EscalationPeriod(person: person, counted: [], standing: [], assessed: [:], reversals: [:], completed: [:])
        for entry in entries {
            switch entry.kind {
            case .assessed: period.assessed[entry.id] = entry
            case .reversed: if let of = entry.refersTo { period.reversals[of, default: []].append(entry) }
            case .completed: if let of = entry.refersTo, let amount = entry.amount { period.completed[of] = amount }
            default: break
            }
        }
        let assessed = entries.filter { $0.kind == .assessed }
        period.standing = assessed.filter { $0.citation?.clauseID == escalation.clause.id && period.reversals[$0.id] == nil }
        let standingIds = Set(period.standing.map(\.id.uuidString))
        period.counted = assessed.filter { entry in
            guard entry.citation?.clauseID == escalation.rule.counts else { return false }
            return (period.reversals[entry.id] ?? []).allSatisfy { standingIds.contains($0.evidence["escalated"] ?? "") }
        }
        return period
    }

    /// The fines an escalation counted (its evidence names them).
    func batch(of made: PenaltyEntry) -> [PenaltyEntry] {
        (made.evidence["escalated_from"] ?? "").split(separator: ",").compactMap { UUID(uuidString: String($0)) }
            .compactMap { assessed[$0] }
    }

    /// Whether a counted fine still holds for `made`: nothing reversed it but `made` replacing it.
    func holds(_ entry: PenaltyEntry, under made: PenaltyEntry) -> Bool {
        (reversals[entry.id] ?? []).allSatisfy { $0.evidence["escalated"] == made.id.uuidString }
    }

    /// What the entry charged: its amount, or the wage completed later.
    func amount(of entry: PenaltyEntry) -> Fen? { entry.amount ?? completed[entry.id] }
}
