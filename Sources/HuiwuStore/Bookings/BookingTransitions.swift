import Foundation
import HuiwuCore
import SQLKit

/// Decisions and register entries on an existing booking. Each runs in one write
/// transaction, checks the expected version (If-Match, no lost updates), bumps the version,
/// and writes the audit trail and any notification with it.
extension BookingLedger {
    /// The room office approves a waiting booking: its chain's current step (R1.1 through the
    /// approval engine); the last step approves the booking and tells the booker.
    public func approve(_ id: UUID, by actor: Actor, expectedVersion: Int?, now: Date) async throws -> BookingRecord {
        guard AccessPolicy.allows(actor.role, .approveBookings) else { throw BookingError.forbidden }
        let time = self.time
        return try await transition(id, expectedVersion: expectedVersion) { booking, room, db in
            try Self.check(.approve, booking, room, now: now)
            try await Self.decideApproval(booking, approve: true, reason: "", by: actor, time: time, now: now, db)
            guard let b = try await Self.booking(id, db) else { throw BookingError.bookingNotFound }
            return b
        }
    }

    /// Rejection needs a reason (R1.1), which the booker sees; it ends the chain.
    public func reject(
        _ id: UUID, reason: String, by actor: Actor, expectedVersion: Int?, now: Date
    ) async throws -> BookingRecord {
        guard AccessPolicy.allows(actor.role, .approveBookings) else { throw BookingError.forbidden }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw BookingError.reasonRequired }
        let time = self.time
        return try await transition(id, expectedVersion: expectedVersion) { booking, room, db in
            try Self.check(.reject, booking, room, now: now)
            try await Self.decideApproval(booking, approve: false, reason: reason, by: actor, time: time, now: now, db)
            guard let b = try await Self.booking(id, db) else { throw BookingError.bookingNotFound }
            return b
        }
    }

    /// Cancelling frees the slot. The booker or the room office may cancel before the end.
    public func cancel(
        _ id: UUID, reason: String?, by actor: Actor, expectedVersion: Int?, now: Date
    ) async throws -> BookingRecord {
        try await transition(id, expectedVersion: expectedVersion) { booking, room, db in
            try Self.requireChange(booking, by: actor)
            try await Self.refuseMeetingBooking(booking.id, db)
            return try await Self.cancelled(booking, room: room, reason: reason, by: actor, now: now, db)
        }
    }

    /// Only its booker or the room office changes a booking — asked first, so a stranger learns
    /// nothing of its state (that it holds a meeting's room, say) from the refusal (X1).
    static func requireChange(_ booking: BookingRecord, by actor: Actor) throws {
        guard
            AccessPolicy.mayChangeBooking(
                role: actor.role, actorID: actor.id.uuidString,
                bookerID: booking.bookerId.uuidString)
        else { throw BookingError.forbidden }
    }

    /// A booking that holds a scheduled meeting's room changes only through the meeting, so the
    /// meeting never names a room it no longer holds.
    static func refuseMeetingBooking(_ id: UUID, _ db: any SQLDatabase) async throws {
        if try await db.raw("SELECT 1 AS one FROM meetings WHERE booking_id = \(bind: id) AND status = 'scheduled'").first()
            != nil
        {
            throw BookingError.partOfMeeting
        }
    }

    /// Cancels `booking` in the caller's write transaction (the body of `cancel`, shared with
    /// meeting cancellations, which free many rooms in one transaction).
    static func cancelled(
        _ booking: BookingRecord, room: RoomRecord, reason: String?, by actor: Actor, now: Date,
        _ db: any SQLDatabase
    ) async throws -> BookingRecord {
        try requireChange(booking, by: actor)
        try check(.cancel, booking, room, now: now)
        var b = booking
        b.status = BookingStatus.cancelled.rawValue
        b.decisionReason = reason
        b = try await save(b, was: booking, action: "cancelled", actor: actor, detail: ["reason": reason ?? ""], now: now, db)
        try await Approvals.withdraw(.booking, b.id, now: now, db)
        if actor.id != b.bookerId {
            try await tellBooker(b, .bookingCancelled, room: room, reason: reason, by: actor, now: now, db)
        }
        return b
    }

    /// Tells the booker what someone else decided about their booking, why and by whom.
    static func tellBooker(
        _ b: BookingRecord, _ kind: NotificationKind, room: RoomRecord, reason: String?, by actor: Actor, now: Date,
        _ db: any SQLDatabase
    ) async throws {
        var params = params(b, room: room)
        params.reason = reason
        params.actorName = actor.displayName
        try await Outbox.notify(db, person: b.bookerId, kind: kind, booking: b.id, params: params, at: now)
    }

    /// Records the actual start in the usage register (R1.3).
    public func checkIn(
        _ id: UUID, headcount: Int?, by actor: Actor, expectedVersion: Int?, now: Date
    ) async throws -> BookingRecord {
        try await transition(id, expectedVersion: expectedVersion) { booking, room, db in
            try Self.requireChange(booking, by: actor)
            try Self.check(.checkIn(headcount: headcount), booking, room, now: now)
            var b = booking
            b.checkedInAt = now
            b.actualHeadcount = headcount ?? booking.headcount
            b = try await Self.save(
                b, was: booking, action: "checked_in", actor: actor,
                detail: ["headcount": String(b.actualHeadcount ?? 0)], now: now, db)
            return b
        }
    }

    /// Records the actual end, headcount and the room's condition on leaving (R1.3).
    public func checkOut(
        _ id: UUID, headcount: Int?, condition: String?, by actor: Actor,
        expectedVersion: Int?, now: Date
    ) async throws -> BookingRecord {
        try await transition(id, expectedVersion: expectedVersion) { booking, room, db in
            try Self.requireChange(booking, by: actor)
            try Self.check(.checkOut(headcount: headcount), booking, room, now: now)
            var b = booking
            b.checkedOutAt = now
            if let headcount { b.actualHeadcount = headcount }
            let note = condition?.trimmingCharacters(in: .whitespacesAndNewlines)
            b.conditionNote = (note?.isEmpty ?? true) ? nil : note
            b = try await Self.save(
                b, was: booking, action: "checked_out", actor: actor,
                detail: ["condition": b.conditionNote ?? "", "headcount": String(b.actualHeadcount ?? 0)],
                now: now, db)
            return b
        }
    }

    /// Asks the booking state machine (`BookingLifecycle`, HuiwuCore) whether `step` may be taken.
    static func check(_ step: BookingStep, _ booking: BookingRecord, _ room: RoomRecord, now: Date) throws {
        let state = BookingState(
            status: booking.statusValue, startsAt: booking.startsAt, endsAt: booking.endsAt, headcount: booking.headcount,
            checkedIn: booking.checkedInAt != nil, checkedOut: booking.checkedOutAt != nil)
        guard let refusal = BookingLifecycle.refusal(of: step, on: state, roomCapacity: room.capacity, now: now) else { return }
        switch refusal {
        case .invalidTransition(let from, let action): throw BookingError.invalidTransition(from: from, action: action)
        case .alreadyCheckedIn: throw BookingError.alreadyCheckedIn
        case .notCheckedIn: throw BookingError.notCheckedIn
        case .checkInNotOpen: throw BookingError.checkInNotOpen
        case .headcountOutOfRange(let capacity): throw BookingError.rules([.headcountOutOfRange(capacity: capacity)])
        }
    }

    /// Loads the booking inside the write transaction, checks the expected version, runs `change`.
    func transition(
        _ id: UUID, expectedVersion: Int?,
        _ change: @escaping @Sendable (BookingRecord, RoomRecord, any SQLDatabase) async throws -> BookingRecord
    )
        async throws -> BookingRecord
    {
        try await store.write { db in
            guard let booking = try await Self.booking(id, db) else { throw BookingError.bookingNotFound }
            if let expectedVersion, expectedVersion != booking.version {
                throw BookingError.staleVersion(current: booking.version)
            }
            guard let room = try await Self.room(booking.roomId, db) else { throw BookingError.roomNotFound }
            return try await change(booking, room, db)
        }
    }

    /// Writes the changed booking guarded by its version (a concurrent writer makes this a
    /// stale-version error, never a lost update) and records the change.
    static func save(
        _ b: BookingRecord, was old: BookingRecord, action: String, actor: Actor,
        detail: [String: String], now: Date, _ db: any SQLDatabase
    ) async throws -> BookingRecord {
        let rows = try await db.raw(
            """
            UPDATE bookings SET room_id = \(bind: b.roomId), starts_at = \(bind: b.startsAt), ends_at = \(bind: b.endsAt),
              title = \(bind: b.title), purpose = \(bind: b.purpose), headcount = \(bind: b.headcount),
              status = \(bind: b.status), decision_reason = \(bind: b.decisionReason), decided_by_id = \(bind: b.decidedById),
              decided_at = \(bind: b.decidedAt), checked_in_at = \(bind: b.checkedInAt), checked_out_at = \(bind: b.checkedOutAt),
              actual_headcount = \(bind: b.actualHeadcount), condition_note = \(bind: b.conditionNote),
              version = \(bind: old.version + 1), updated_at = \(bind: now)
            WHERE id = \(bind: b.id) AND version = \(bind: old.version)
            RETURNING version
            """
        ).all()
        guard !rows.isEmpty else { throw BookingError.staleVersion(current: old.version + 1) }
        try await Outbox.audit(db, booking: b.id, actor: actor.id, action: action, detail: detail, at: now)
        var saved = b
        saved.version = old.version + 1
        saved.updatedAt = now
        return saved
    }
}
