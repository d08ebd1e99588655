import Foundation
import HuiwuCore
import SQLKit

/// A booking that needs approval (R1.1) runs through the approval engine (X3): the chain
/// the rulebook in force on its day names for bookings (A1 §3: any of the room office), or the
/// built-in one that says the same. The room office deciding on the booking itself decides its
/// chain's current step (standing in for whoever it waits on, as its permission always let it);
/// the end of the chain approves or rejects the booking.
extension BookingLedger {
    /// The chain a booking starting at `start` goes through.
    static func approvalChain(
        startingAt start: Date, time: OrgTime, _ db: any SQLDatabase
    ) async throws
        -> Cited<ApprovalChainRule>
    {
        guard let v = try await Rulebooks.inForce(on: time.date(of: start), db),
            let chain = try RulebookCache.shared.rulebook(v).chain(for: .booking)
        else { return BuiltInChains.booking }
        return chain
    }

    /// Opens the approval of a booking just placed or moved into waiting, in the caller's
    /// transaction. A booking that does not wait has none.
    static func openApproval(_ b: BookingRecord, time: OrgTime, now: Date, _ db: any SQLDatabase) async throws {
        guard b.statusValue == .pending, try await Approvals.pending(.booking, b.id, db) == nil else { return }
        _ = try await Approvals.open(
            .booking, b.id, title: b.title, chain: try await approvalChain(startingAt: b.startsAt, time: time, db),
            context: .init(requester: b.bookerId, department: b.departmentId, organiser: nil), now: now, db)
    }

    /// The room office's decision on a waiting booking, through its chain. A booking that waited
    /// from before the engine (no request yet) gets its request first.
    static func decideApproval(
        _ booking: BookingRecord, approve: Bool, reason: String, by actor: Actor, time: OrgTime, now: Date,
        _ db: any SQLDatabase
    ) async throws {
        try await openApproval(booking, time: time, now: now, db)
        guard let request = try await Approvals.pending(.booking, booking.id, db) else {
            throw BookingError.invalidTransition(from: booking.statusValue, action: approve ? "approve" : "reject")
        }
        do {
            _ = try await Approvals.decide(
                request, approve: approve, reason: reason, by: actor.id, standIn: actor.role == .admin, now: now, db)
        } catch ApprovalError.closed {
            throw BookingError.invalidTransition(from: booking.statusValue, action: approve ? "approve" : "reject")
        }
    }

    /// The end of a booking's chain: the booking is approved, or rejected with the reason, and
    /// the booker told — what the room office's decision always did.
    static func approvalFinished(
        _ id: UUID, approved: Bool, reason: String, by person: UUID?, now: Date, _ db: any SQLDatabase
    ) async throws {
        guard let booking = try await Self.booking(id, db) else { throw BookingError.bookingNotFound }
        guard let room = try await Self.room(booking.roomId, db) else { throw BookingError.roomNotFound }
        let actor = try await Self.actor(person ?? booking.bookerId, db)
        try Self.check(approved ? .approve : .reject, booking, room, now: now)
        var b = booking
        b.status = (approved ? BookingStatus.approved : BookingStatus.rejected).rawValue
        b.decidedById = actor.id
        b.decidedAt = now
        if approved {
            b = try await Self.save(b, was: booking, action: "approved", actor: actor, detail: [:], now: now, db)
            try await Outbox.notify(
                db, person: b.bookerId, kind: .bookingApproved, booking: b.id, params: Self.params(b, room: room), at: now)
        } else {
            b.decisionReason = reason
            b = try await Self.save(b, was: booking, action: "rejected", actor: actor, detail: ["reason": reason], now: now, db)
            try await Self.tellBooker(b, .bookingRejected, room: room, reason: reason, by: actor, now: now, db)
        }
    }

    /// The person who decided, as the audit trail and the booker's notice name them.
    static func actor(_ id: UUID, _ db: any SQLDatabase) async throws -> Actor {
        guard
            let row = try await db.raw("SELECT id, role, department_id, display_name FROM people WHERE id = \(bind: id)").first()
        else { throw BookingError.forbidden }
        return Actor(
            id: id, role: try row.decode(enum: Role.self, column: "role"),
            departmentId: try row.decode(column: "department_id", as: UUID?.self),
            displayName: try row.decode(column: "display_name", as: String.self))
    }
}
