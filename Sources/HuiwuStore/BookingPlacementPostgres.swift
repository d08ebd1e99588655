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
            let cached: (RoomRecord, Set<String>)? = attempt == 0
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
            } catch where cached != nil {
                continue
            }
            let booking = Self.newBooking(id: OrderedID.next(), draft, room: room, by: actor, priorityReason: nil, now: now)
            let outcome = await store.postgresBookings!.insert(
                booking, roomVersion: room.version, detail: JSONText.object(Self.describe(booking)),
                kind: Self.receiptKind(booking).rawValue,
                params: Self.params(booking, room: room).json)
            switch outcome {
            case .placed:
                return BookingPlaced(booking: booking, displaced: [])
            case .retryAlone:
                // Alone, an overlap surfaces as the exclusion constraint's error (→ 409).
                if try await Self.insertWithOutbox(booking, roomVersion: room.version, room: room, actor: actor, now: now, db) {
                    return BookingPlaced(booking: booking, displaced: [])
                }
            case .stale:
                break
            }
            cache.forget(room: draft.roomId)
        }
        return nil
    }

    /// The room and every active purpose code (PostgreSQL), in one statement.
    static func roomAndActivePurposes(_ id: UUID, _ db: any SQLDatabase) async throws -> (RoomRecord, Set<String>)? {
        guard let row = try await db.raw("""
            SELECT r.*, ARRAY(SELECT code FROM purposes WHERE active) AS v_active_purposes FROM rooms r WHERE r.id = \(bind: id)
            """).first() else { return nil }
        return (try row.decode(RoomRecord.self), Set(try row.decode(column: "v_active_purposes", as: [String].self)))
    }

    /// Inserts the booking, its `created` audit event and the booker's notification if the room
    /// is still at `roomVersion` and the purpose still active (R1.4); false if not (nothing written). Every bind is cast:
    /// in `INSERT … SELECT` PostgreSQL cannot infer a NULL parameter's type from the column.
    static func insertWithOutbox(_ b: BookingRecord, roomVersion: Int, room: RoomRecord, actor: Actor, now: Date,
                                 _ db: any SQLDatabase) async throws -> Bool {
        let row = try await db.raw("""
            WITH b AS (
              INSERT INTO bookings (id, room_id, starts_at, ends_at, title, purpose, headcount, booker_id, department_id,
                status, priority, decision_reason, decided_by_id, decided_at, version, created_at, updated_at)
              SELECT \(bind: b.id)::uuid, \(bind: b.roomId)::uuid, \(bind: b.startsAt)::timestamptz,
                \(bind: b.endsAt)::timestamptz, \(bind: b.title)::text, \(bind: b.purpose)::text, \(bind: b.headcount)::bigint,
                \(bind: b.bookerId)::uuid, \(bind: b.departmentId)::uuid, \(bind: b.status)::text, \(bind: b.priority)::boolean,
                \(bind: b.decisionReason)::text, \(bind: b.decidedById)::uuid, \(bind: b.decidedAt)::timestamptz,
                \(bind: b.version)::bigint, \(bind: b.createdAt)::timestamptz, \(bind: b.updatedAt)::timestamptz
              WHERE EXISTS (SELECT 1 FROM rooms WHERE id = \(bind: b.roomId)::uuid AND version = \(bind: roomVersion)::bigint)
                AND EXISTS (SELECT 1 FROM purposes WHERE code = \(bind: b.purpose)::text AND active)
              RETURNING id),
            e AS (
              INSERT INTO booking_events (id, booking_id, actor_id, action, detail, at)
              SELECT \(bind: OrderedID.next())::uuid, b.id, \(bind: actor.id)::uuid, 'created',
                \(bind: JSONText.object(describe(b)))::text, \(bind: now)::timestamptz FROM b),
            n AS (
              INSERT INTO notifications (id, person_id, kind, booking_id, params, created_at, read_at)
              SELECT \(bind: OrderedID.next())::uuid, \(bind: actor.id)::uuid, \(bind: receiptKind(b).rawValue)::text, b.id,
                \(bind: params(b, room: room).json)::text, \(bind: now)::timestamptz, NULL FROM b)
            SELECT COUNT(*) AS placed FROM b
            """).first()
        return try row?.decode(column: "placed", as: Int.self) == 1
    }
}
