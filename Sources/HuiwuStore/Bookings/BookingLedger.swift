import Foundation
import HuiwuCore
import SQLKit

/// What a person asks for when booking a room.
public struct BookingDraft: Sendable, Equatable {
    public var roomId: UUID
    public var interval: Interval
    public var title: String
    public var purpose: String
    public var headcount: Int

    public init(roomId: UUID, interval: Interval, title: String, purpose: String, headcount: Int) {
        self.roomId = roomId
        self.interval = interval
        self.title = title
        self.purpose = purpose
        self.headcount = headcount
    }
}

/// The result of placing a booking: the new booking and any bookings it displaced (R1.2).
public struct BookingPlaced: Sendable {
    public var booking: BookingRecord
    public var displaced: [BookingRecord]
}

/// The single path by which bookings are made, moved and decided (R1.1–R1.3).
///
/// Every channel — API, web form, priority booking, later recurring series and imports —
/// calls `place` or `move`; both check the rules and the room's calendar inside one write
/// transaction, so two active bookings of a room never overlap. PostgreSQL's exclusion
/// constraint backs this up across processes.
public struct BookingLedger: Sendable {
    public let store: Store
    public let time: OrgTime

    public init(store: Store, time: OrgTime) {
        self.store = store
        self.time = time
    }

    /// Places a booking. With `priorityReason` (room office only, R1.2) overlapping active
    /// bookings are displaced instead of refusing, and their owners are told with alternatives.
    public func place(
        _ draft: BookingDraft, by actor: Actor, priorityReason: String? = nil,
        now: Date
    ) async throws -> BookingPlaced {
        guard AccessPolicy.allows(actor.role, .bookRoom) else { throw BookingError.forbidden }
        let priority = priorityReason != nil
        if priority {
            guard AccessPolicy.allows(actor.role, .placePriorityBooking) else { throw BookingError.forbidden }
            guard !(priorityReason ?? "").trimmedWhitespace.isEmpty else {
                throw BookingError.reasonRequired
            }
        }
        let time = self.time
        do {
            // Inside a caller's write transaction the booking must be part of it (and must not
            // wait for a second connection): only a booking on its own takes the shared statement.
            if store.dialect == .postgres && !priority && !store.inWrite,
                let placed = try await placeInOneStatement(draft, by: actor, now: now)
            {
                return placed
            }
            return try await store.write { db in
                let (room, conflicts) = try await Self.checkSlot(draft, by: actor, time: time, now: now, db)
                let id = OrderedID.next()
                if !conflicts.isEmpty && !priority { throw BookingError.conflict(conflicts, .none) }
                for victim in conflicts {
                    try await Self.displace(victim, by: id, actor: actor, reason: priorityReason ?? "", at: now, db)
                }
                let booking = Self.newBooking(id: id, draft, room: room, by: actor, priorityReason: priorityReason, now: now)
                try await Self.insert(booking, db)
                try await Self.openApproval(booking, time: time, now: now, db)
                try await Outbox.audit(
                    db, booking: id, actor: actor.id, action: priority ? "created_priority" : "created",
                    detail: Self.describe(booking), at: now)
                try await Outbox.notify(
                    db, person: actor.id, kind: Self.receiptKind(booking),
                    booking: id, params: Self.params(booking, room: room), at: now)
                // Tell each displaced owner at once, with the reason and the nearest free alternatives (R1.2).
                for victim in conflicts {
                    let offers = try await Self.alternatives(
                        for: victim.interval, roomId: victim.roomId,
                        headcount: victim.headcount, time: time, now: now, db)
                    var params = Self.params(victim, room: room)
                    params.reason = priorityReason
                    params.actorName = actor.displayName
                    params.alternatives = offers.all
                    try await Outbox.notify(
                        db, person: victim.bookerId, kind: .bookingDisplaced, booking: victim.id,
                        params: params, at: now)
                }
                return BookingPlaced(booking: booking, displaced: conflicts)
            }
        } catch {
            throw try await explain(
                error, roomId: draft.roomId, interval: draft.interval,
                headcount: draft.headcount, excluding: nil, now: now)
        }
    }

    /// The first half of every placement, in the caller's write transaction: the room, checked
    /// against the booking rules (R1.1, R1.4), and the active bookings the draft overlaps.
    static func checkSlot(
        _ draft: BookingDraft, by actor: Actor, time: OrgTime, now: Date,
        _ db: any SQLDatabase
    ) async throws -> (room: RoomRecord, conflicts: [BookingRecord]) {
        guard let (room, allowed) = try await roomAndPurpose(draft.roomId, purpose: draft.purpose, db) else {
            throw BookingError.roomNotFound
        }
        try checkRules(draft, room: room, allowed: allowed, by: actor, time: time, now: now)
        return (room, try await activeOverlapping(room: room.id, draft.interval, excluding: nil, db))
    }

    /// The booking rules (R1.1, R1.4) for a draft against the room as it is now.
    static func checkRules(
        _ draft: BookingDraft, room: RoomRecord, allowed: Set<String>, by actor: Actor,
        time: OrgTime, now: Date
    ) throws {
        let violations = BookingRules.violations(
            of: BookingRequest(interval: draft.interval, purpose: draft.purpose, headcount: draft.headcount),
            room: room.policy, allowedPurposes: allowed, time: time, now: now,
            privileged: AccessPolicy.allows(actor.role, .approveBookings))
        guard violations.isEmpty else { throw BookingError.rules(violations) }
    }

    /// The record a placed draft becomes: approved at once for priority bookings (R1.2) and
    /// auto-approving rooms, otherwise pending the room office's decision (R1.1).
    static func newBooking(
        id: UUID, _ draft: BookingDraft, room: RoomRecord, by actor: Actor, priorityReason: String?,
        now: Date
    ) -> BookingRecord {
        let priority = priorityReason != nil
        let autoApproved = priority || room.autoApprove
        return BookingRecord(
            id: id, roomId: room.id, startsAt: draft.interval.start, endsAt: draft.interval.end,
            title: draft.title, purpose: draft.purpose.trimmedWhitespace,
            headcount: draft.headcount, bookerId: actor.id, departmentId: actor.departmentId,
            status: autoApproved ? BookingStatus.approved.rawValue : BookingStatus.pending.rawValue,
            priority: priority, decisionReason: priorityReason, decidedById: autoApproved ? actor.id : nil,
            decidedAt: autoApproved ? now : nil, displacedById: nil, checkedInAt: nil, checkedOutAt: nil,
            actualHeadcount: nil, conditionNote: nil, version: 1, createdAt: now, updatedAt: now)
    }

    /// What the booker is told when a booking is placed: approved at once, or received and
    /// waiting for the room office.
    static func receiptKind(_ b: BookingRecord) -> NotificationKind {
        b.status == BookingStatus.approved.rawValue ? .bookingApproved : .bookingReceived
    }

    /// Turns a conflict (ours, or PostgreSQL's exclusion constraint firing in a race) into a
    /// conflict listing the holders and the alternatives, computed outside the write lock.
    func explain(
        _ error: any Error, roomId: UUID, interval: Interval, headcount: Int, excluding: UUID?,
        now: Date
    ) async throws -> any Error {
        let reader = store.reader
        if case BookingError.conflict(let holders, _) = error {
            let offers = try await Self.alternatives(
                for: interval, roomId: roomId, headcount: headcount,
                time: time, now: now, reader)
            return BookingError.conflict(holders, offers)
        }
        if store.dialect == .postgres, Self.isExclusionViolation(error) {
            let holders = try await Self.activeOverlapping(room: roomId, interval, excluding: excluding, reader)
            let offers = try await Self.alternatives(
                for: interval, roomId: roomId, headcount: headcount,
                time: time, now: now, reader)
            return BookingError.conflict(holders, offers)
        }
        return error
    }

    /// The columns of a booking row, in the order `insert` and multi-row inserts write them.
    static let insertColumns = [
        "id", "room_id", "starts_at", "ends_at", "title", "purpose", "headcount", "booker_id",
        "department_id", "status", "priority", "decision_reason", "decided_by_id", "decided_at",
        "displaced_by_id", "checked_in_at", "checked_out_at", "actual_headcount", "condition_note",
        "version", "created_at", "updated_at",
    ]

    /// Inserts a new booking (spelled-out SQL: this is the hottest statement of the system).
    static func insert(_ b: BookingRecord, _ db: any SQLDatabase) async throws {
        try await db.raw(
            """
            INSERT INTO bookings (id, room_id, starts_at, ends_at, title, purpose, headcount, booker_id, department_id,
              status, priority, decision_reason, decided_by_id, decided_at, displaced_by_id, checked_in_at, checked_out_at,
              actual_headcount, condition_note, version, created_at, updated_at)
            VALUES (\(bind: b.id), \(bind: b.roomId), \(bind: b.startsAt), \(bind: b.endsAt), \(bind: b.title), \(bind: b.purpose),
              \(bind: b.headcount), \(bind: b.bookerId), \(bind: b.departmentId), \(bind: b.status), \(bind: b.priority),
              \(bind: b.decisionReason), \(bind: b.decidedById), \(bind: b.decidedAt), \(bind: b.displacedById),
              \(bind: b.checkedInAt), \(bind: b.checkedOutAt), \(bind: b.actualHeadcount), \(bind: b.conditionNote),
              \(bind: b.version), \(bind: b.createdAt), \(bind: b.updatedAt))
            """
        ).run()
    }

    /// PostgreSQL's exclusion constraint refused the row (23P01). Decided by SQLSTATE: a deadlock
    /// met while checking that constraint names it too, and must be retried, not called a conflict.
    static func isExclusionViolation(_ error: any Error) -> Bool {
        if let state = TransientFailure.sqlState(of: error) { return state == "23P01" }
        return String(reflecting: error).contains("23P01")
    }

    static func displace(
        _ victim: BookingRecord, by id: UUID, actor: Actor, reason: String, at now: Date,
        _ db: any SQLDatabase
    ) async throws {
        try await db.raw(
            """
            UPDATE bookings SET status = 'displaced', displaced_by_id = \(bind: id), decision_reason = \(bind: reason),
              decided_by_id = \(bind: actor.id), decided_at = \(bind: now), version = version + 1, updated_at = \(bind: now)
            WHERE id = \(bind: victim.id)
            """
        ).run()
        try await Approvals.withdraw(.booking, victim.id, now: now, db)
        try await Outbox.audit(
            db, booking: victim.id, actor: actor.id, action: "displaced",
            detail: ["by": id.uuidString, "reason": reason], at: now)
    }

    static func describe(_ b: BookingRecord) -> [String: String] {
        [
            "room": b.roomId.uuidString, "startsAt": Timestamp.format(b.startsAt), "endsAt": Timestamp.format(b.endsAt),
            "purpose": b.purpose, "headcount": String(b.headcount), "status": b.status, "title": b.title,
        ]
    }

    static func params(_ b: BookingRecord, room: RoomRecord) -> NotificationParams {
        NotificationParams(roomName: room.name, title: b.title, startsAt: b.startsAt, endsAt: b.endsAt)
    }
}
