import Foundation
import HuiwuCore
import SQLKit

/// A change to an existing booking's slot or details (move, change room).
public struct BookingChange: Sendable, Equatable {
    public var roomId: UUID?
    public var interval: Interval?
    public var title: String?
    public var purpose: String?
    public var headcount: Int?

    public init(
        roomId: UUID? = nil, interval: Interval? = nil, title: String? = nil, purpose: String? = nil,
        headcount: Int? = nil
    ) {
        self.roomId = roomId
        self.interval = interval
        self.title = title
        self.purpose = purpose
        self.headcount = headcount
    }
}

extension BookingLedger {
    /// Moves or edits an active booking through the same rules and overlap check as `place`.
    /// A booker's change of room or time goes back to the room office for approval unless
    /// the room approves automatically; the room office's own rearrangements stay approved.
    public func move(
        _ id: UUID, _ change: BookingChange, by actor: Actor, expectedVersion: Int?,
        now: Date
    ) async throws -> BookingRecord {
        let time = self.time
        do {
            return try await transition(id, expectedVersion: expectedVersion) { booking, _, db in
                try Self.requireChange(booking, by: actor)
                try await Self.refuseMeetingBooking(booking.id, db)
                return try await Self.moved(booking, change, by: actor, time: time, now: now, db)
            }
        } catch {
            let isConflict: Bool
            if case BookingError.conflict = error { isConflict = true } else { isConflict = Self.isExclusionViolation(error) }
            guard isConflict, let current = try await Self.booking(id, store.reader) else { throw error }
            throw try await explain(
                error, roomId: change.roomId ?? current.roomId,
                interval: change.interval ?? current.interval,
                headcount: change.headcount ?? current.headcount, excluding: id, now: now)
        }
    }

    /// Who may move the booking (its booker or the room office, and not a meeting's), asked on
    /// the reader before the body is read (X1: permission before validation); `move`
    /// asks again in its transaction.
    public func requireMayMove(_ id: UUID, by actor: Actor) async throws {
        guard let booking = try await Self.booking(id, store.reader) else { throw BookingError.bookingNotFound }
        try Self.requireChange(booking, by: actor)
        try await Self.refuseMeetingBooking(id, store.reader)
    }

    /// Moves or edits `booking` in the caller's write transaction (the body of `move`, shared
    /// with meeting edits, which move many bookings in one transaction).
    static func moved(
        _ booking: BookingRecord, _ change: BookingChange, by actor: Actor, time: OrgTime, now: Date,
        _ db: any SQLDatabase
    ) async throws -> BookingRecord {
        try requireChange(booking, by: actor)
        guard booking.statusValue.isActive, booking.checkedInAt == nil else {
            throw BookingError.invalidTransition(from: booking.statusValue, action: "move")
        }
        var b = booking
        if let roomId = change.roomId { b.roomId = roomId }
        if let interval = change.interval {
            b.startsAt = interval.start
            b.endsAt = interval.end
        }
        if let title = change.title { b.title = title }
        if let purpose = change.purpose { b.purpose = purpose.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let headcount = change.headcount { b.headcount = headcount }
        guard let (room, allowed) = try await Self.roomAndPurpose(b.roomId, purpose: b.purpose, db) else {
            throw BookingError.roomNotFound
        }
        let privileged = AccessPolicy.allows(actor.role, .approveBookings)
        let violations = BookingRules.violations(
            of: BookingRequest(interval: b.interval, purpose: b.purpose, headcount: b.headcount),
            room: room.policy, allowedPurposes: allowed,
            time: time, now: now, privileged: privileged)
        guard violations.isEmpty else { throw BookingError.rules(violations) }
        let conflicts = try await Self.activeOverlapping(room: b.roomId, b.interval, excluding: b.id, db)
        guard conflicts.isEmpty else { throw BookingError.conflict(conflicts, .none) }
        let slotChanged = b.roomId != booking.roomId || b.interval != booking.interval
        if slotChanged && !privileged && !room.autoApprove && b.statusValue == .approved {
            b.status = BookingStatus.pending.rawValue
            b.decidedAt = nil
            b.decidedById = nil
        }
        var detail = Self.describe(b)
        detail["fromRoom"] = booking.roomId.uuidString
        detail["fromStartsAt"] = Timestamp.format(booking.startsAt)
        detail["fromEndsAt"] = Timestamp.format(booking.endsAt)
        let saved = try await Self.save(b, was: booking, action: "moved", actor: actor, detail: detail, now: now, db)
        // Moved back into waiting: the new slot is approved afresh (R1.1).
        try await Self.openApproval(saved, time: time, now: now, db)
        return saved
    }
}
