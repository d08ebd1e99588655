import Foundation
import HuiwuCore
import SQLKit

/// An ordinary (non-priority) booking on PostgreSQL without a read-check-insert transaction:
/// usually no read (recent room and purposes are cached) and one shared insert statement
/// (`PostgresBookingBatch`), instead of eight round trips.
///
/// Why this is safe: on PostgreSQL the exclusion constraint `bookings_no_overlap` — not a
/// read-then-insert — is what keeps active bookings of a room apart (R1.1), so the insert can
/// simply be tried. The rules are checked against the room as read first; the statement then
/// inserts only if the room still has that version, so a concurrent room change (maintenance,
/// hours) cannot slip between the check and the insert. The booking, its audit event (X5) and
/// the booker's notification are one statement, hence one implicit transaction: all or nothing.
extension BookingLedger {
    /// The placed booking, or nil if the room kept changing under us: then the caller takes the
    /// ordinary transactional path.
    func placeInOneStatement(_ draft: BookingDraft, by actor: Actor, now: Date) async throws -> BookingPlaced? {
        let db = store.reader
        let cache = store.placementCache
        let code = draft.purpose.trimmedWhitespace
        for attempt in 0..<3 {
            // The first attempt uses the room and purposes read recently, if any (the common
            // case: no read at all); whatever cached data refuses is asked again with fresh data.
            let cached: (RoomRecord, Set<String>)? =
                attempt == 0
                ? cache.room(draft.roomId).flatMap { room in cache.activePurposes.map { (room, $0) } } : nil
            let room: RoomRecord, purposes: Set<String>
            if let cached {
                (room, purposes) = cached
            } else {
                guard let read = try await Self.roomAndActivePurposes(draft.roomId, db) else { throw BookingError.roomNotFound }
                (room, purposes) = read
                cache.remember(room)
                cache.remember(activePurposes: purposes)
            }
            do {
                try Self.checkRules(draft, room: room, allowed: purposes.intersection([code]), by: actor, time: time, now: now)
            } catch  where cached != nil {
                continue
            }
            let booking = Self.newBooking(id: OrderedID.next(), draft, room: room, by: actor, priorityReason: nil, now: now)
            let item = PostgresBookingBatch.Item(
                booking: booking, roomVersion: room.version, detail: JSONText.object(Self.describe(booking)),
                kind: Self.receiptKind(booking).rawValue, params: Self.params(booking, room: room).json)
            var outcome = await store.postgresBookings!.insert(item)
            if outcome == .retryAlone {
                // The shared statement failed for a reason of its own (not an overlap): this booking alone.
                outcome = try await store.statement { db in
                    try await PostgresBookingBatch.insert([item], db)[booking.id] ?? .stale
                }
            }
            switch outcome {
            case .placed:
                // A booking that waits for approval opens its chain (R1.1) right after: the shared
                // statement stays the booking path under contention. Should this small write fail,
                // the room office's decision opens the chain itself (`decideApproval`).
                if booking.statusValue == .pending {
                    let time = self.time
                    try? await store.write { db in try await Self.openApproval(booking, time: time, now: now, db) }
                }
                return BookingPlaced(booking: booking, displaced: [])
            case .overlap:
                // Refused by the exclusion constraint: the holders are committed by now. None left
                // means the booking in the way was cancelled meanwhile, so the slot is tried again.
                let holders = try await Self.activeOverlapping(room: draft.roomId, draft.interval, excluding: nil, store.reader)
                // Our own row: the shared statement had committed it when its answer was lost.
                if let mine = holders.first(where: { $0.id == booking.id }) { return BookingPlaced(booking: mine, displaced: []) }
                if !holders.isEmpty { throw BookingError.conflict(holders, .none) }
            case .stale, .retryAlone:
                cache.forget(room: draft.roomId)
            }
        }
        return nil
    }

    /// The room and every active purpose code (PostgreSQL), in one statement.
    static func roomAndActivePurposes(_ id: UUID, _ db: any SQLDatabase) async throws -> (RoomRecord, Set<String>)? {
        guard
            let row = try await db.raw(
                """
                SELECT r.*, ARRAY(SELECT code FROM purposes WHERE active) AS v_active_purposes FROM rooms r WHERE r.id = \(bind: id)
                """
            ).first()
        else { return nil }
        return (try row.decode(RoomRecord.self), Set(try row.decode(column: "v_active_purposes", as: [String].self)))
    }
}
