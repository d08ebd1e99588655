import Foundation
import HuiwuCore
import SQLKit

/// A booking asked for before any rulebook was adopted waits under Huiwu's built-in rule (R1.1).
/// Once a rulebook is in force on its day and names the same chain for bookings (A1 三: any of
/// the room office), that clause is what governs it: the request cites it from then on, so the
/// queue shows the organisation's own words (X3). Who is asked does not change. A request
/// someone has already decided a step of, or whose new chain differs, keeps the rule it was
/// opened under.
extension BookingLedger {
    /// Re-cites waiting booking requests after a rulebook was adopted; returns how many.
    @discardableResult
    public func citeAdoptedRulebook(now: Date) async throws -> Int {
        let time = self.time
        let builtIn = BuiltInChains.booking
        return try await store.write { db in
            let rows = try await db.raw(
                """
                SELECT r.id, b.starts_at FROM approval_requests r JOIN bookings b ON b.id = r.subject_id
                WHERE r.subject_kind = 'booking' AND r.status = 'pending'
                  AND r.rulebook_version = \(bind: BuiltInChains.version) AND r.clause_id = \(bind: BuiltInChains.bookingClauseID)
                  AND NOT EXISTS (SELECT 1 FROM approval_tasks t WHERE t.request_id = r.id AND t.decided_at IS NOT NULL)
                """
            ).all()
            var changed = 0
            for row in rows {
                let id = try row.decode(column: "id", as: UUID.self)
                let start = try row.decode(column: "starts_at", as: Date.self)
                let chain = try await Self.approvalChain(startingAt: start, time: time, db)
                guard chain.version != BuiltInChains.version, chain.rule.steps == builtIn.rule.steps,
                    chain.rule.fallback == builtIn.rule.fallback
                else { continue }
                try await db.raw(
                    """
                    UPDATE approval_requests SET rulebook_version = \(bind: chain.version), clause_id = \(bind: chain.clause.id)
                    WHERE id = \(bind: id)
                    """
                ).run()
                changed += 1
            }
            return changed
        }
    }
}
