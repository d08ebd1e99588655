import Foundation
import HuiwuCore
import SQLKit

/// No-show release of plain bookings (R1.3, A1 四): the clause promises it for rooms, not only
/// for meetings. A booking no meeting holds, approved or waiting, that nobody has checked in to
/// on the room register within the rulebook's time after its start is released — cancelled, the
/// decision stored with the rulebook version and clause, the booker told — exactly as a
/// meeting's room is.
extension Attendance {
    /// Releases the plain bookings due at `now` (from the adoption of a rulebook on); returns how many.
    func releaseUnusedBookings(now: Date, adopted: Date, _ db: any SQLDatabase) async throws -> Int {
        let rows = try await db.raw(
            """
            SELECT b.* FROM bookings b
            WHERE b.status IN ('approved', 'pending') AND b.checked_in_at IS NULL
              AND b.starts_at <= \(bind: now) AND b.ends_at > \(bind: now) AND b.starts_at >= \(bind: adopted)
              AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.booking_id = b.id)
            ORDER BY b.starts_at, b.id LIMIT 100
            """
        ).all()
        var released = 0
        for row in rows {
            let booking = try row.decode(BookingRecord.self)
            guard let version = try await Rulebooks.inForce(on: time.date(of: booking.startsAt), db),
                let rule = try RulebookCache.shared.rulebook(version).noShow, rule.rule.release,
                booking.startsAt.addingTimeInterval(TimeInterval(rule.rule.releaseAfterStart.minutes * 60)) <= now
            else { continue }
            if try await release(booking, rule: rule, now: now) { released += 1 }
        }
        return released
    }

    /// Releases one plain booking if it is still unused: the conditional update is the claim,
    /// so two instances release it once, and a check-in that got there first keeps the room.
    func release(_ booking: BookingRecord, rule: Cited<NoShowRule>, now: Date) async throws -> Bool {
        try await store.write { db in
            guard
                try await db.raw(
                    """
                    UPDATE bookings SET status = 'cancelled', decision_reason = \(bind: rule.clause.cite), version = version + 1,
                      updated_at = \(bind: now)
                    WHERE id = \(bind: booking.id) AND status IN ('approved', 'pending') AND checked_in_at IS NULL
                      AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.booking_id = \(bind: booking.id))
                    RETURNING id
                    """
                ).first() != nil
            else { return false }
            let roomName = try await db.raw("SELECT name FROM rooms WHERE id = \(bind: booking.roomId)").first()?
                .decode(column: "name", as: String.self)
            try await Outbox.audit(
                db, booking: booking.id, actor: nil, action: "released_no_show", detail: ["clause": rule.clause.id], at: now)
            try await Approvals.withdraw(.booking, booking.id, now: now, db)
            try await RuleDecisions.record(
                [
                    Decision(
                        .noShowRelease, .released,
                        parameters: ["room": booking.roomId.uuidString, "booking": booking.id.uuidString],
                        citation: rule.citation, subject: booking.id, person: booking.bookerId, at: now)
                ], db)
            try await Outbox.notify(
                db, person: booking.bookerId, kind: .noShowReleased, booking: booking.id,
                params: NotificationParams(
                    roomName: roomName, title: booking.title, startsAt: booking.startsAt, endsAt: booking.endsAt,
                    clause: rule.clause),
                at: now)
            return true
        }
    }
}
