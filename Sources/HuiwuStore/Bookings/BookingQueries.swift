import Foundation
import HuiwuCore
import SQLKit

/// Queries the booking path shares; each takes the database it must run on (the write
/// transaction or the reader).
extension BookingLedger {
    /// The room, and whether `purpose` is an active allowed purpose (R1.4), in one statement.
    static func roomAndPurpose(
        _ id: UUID, purpose: String, _ db: any SQLDatabase
    ) async throws
        -> (room: RoomRecord, allowed: Set<String>)?
    {
        let code = purpose.trimmedWhitespace
        guard
            let row = try await db.raw(
                """
                SELECT r.*, (SELECT COUNT(*) FROM purposes p WHERE p.code = \(bind: code) AND p.active = \(bind: true)) AS purpose_ok
                FROM rooms r WHERE r.id = \(bind: id)
                """
            ).first()
        else { return nil }
        let ok = try row.decode(column: "purpose_ok", as: Int.self) > 0
        return (try row.decode(RoomRecord.self), ok ? [code] : [])
    }

    static func room(_ id: UUID, _ db: any SQLDatabase) async throws -> RoomRecord? {
        try await db.raw("SELECT * FROM rooms WHERE id = \(bind: id)").first()?.decode(RoomRecord.self)
    }

    static func booking(_ id: UUID, _ db: any SQLDatabase) async throws -> BookingRecord? {
        try await db.raw("SELECT * FROM bookings WHERE id = \(bind: id)").first()?.decode(BookingRecord.self)
    }

    /// Active bookings of a room overlapping a half-open interval, by start (optionally leaving
    /// one out: the booking being moved).
    static func activeOverlapping(
        room: UUID, _ interval: Interval, excluding: UUID?,
        _ db: any SQLDatabase
    ) async throws -> [BookingRecord] {
        let rows = try await db.raw(
            """
            SELECT * FROM bookings WHERE room_id = \(bind: room) AND status IN ('pending', 'approved')
              AND starts_at < \(bind: interval.end) AND starts_at > \(bind: interval.start.addingTimeInterval(-BookingRules.longestSpan))
              AND ends_at > \(bind: interval.start)
            """
        ).all()
        // Sorted here: with ORDER BY, SQLite re-planned this statement on every new binding.
        return try rows.map { try $0.decode(BookingRecord.self) }.filter { $0.id != excluding }.sorted {
            $0.startsAt < $1.startsAt
        }
    }

    /// Alternatives for a wanted slot (R1.2): rooms of sufficient capacity free at the same time
    /// (smallest fitting first), and the nearest free times in the same room.
    static func alternatives(
        for wanted: Interval, roomId: UUID, headcount: Int, time: OrgTime, now: Date,
        _ db: any SQLDatabase, limit: Int = 3
    ) async throws -> BookingAlternatives {
        let rows = try await db.raw(
            """
            SELECT * FROM rooms r WHERE r.id <> \(bind: roomId) AND r.capacity >= \(bind: max(headcount, 1))
              AND r.status <> 'closed'
              AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.room_id = r.id AND b.status IN ('pending', 'approved')
                              AND b.starts_at < \(bind: wanted.end)
                              AND b.starts_at > \(bind: wanted.start.addingTimeInterval(-BookingRules.longestSpan))
                              AND b.ends_at > \(bind: wanted.start))
            ORDER BY r.capacity, r.name LIMIT 50
            """
        ).all()
        var others: [AlternativeSlot] = []
        for row in rows {
            let room = try row.decode(RoomRecord.self)
            let policy = room.policy
            if !BookingRules.hourViolations(wanted, room: policy, time: time).isEmpty { continue }
            if policy.maintenanceBlocks(wanted) { continue }
            others.append(AlternativeSlot(roomId: room.id, roomName: room.name, startsAt: wanted.start, endsAt: wanted.end))
            if others.count == limit { break }
        }
        var same: [AlternativeSlot] = []
        if let room = try await room(roomId, db) {
            let day = time.date(of: wanted.start)
            let window = Interval(
                start: time.instant(day.adding(days: -7), minutes: 0),
                end: time.instant(day.adding(days: 8), minutes: 0))
            let busyRows = try await db.raw(
                """
                SELECT starts_at, ends_at FROM bookings WHERE room_id = \(bind: roomId)
                  AND status IN ('pending', 'approved')
                  AND starts_at < \(bind: window.end) AND starts_at > \(bind: window.start.addingTimeInterval(-BookingRules.longestSpan))
                  AND ends_at > \(bind: window.start)
                """
            ).all()
            let busy = try busyRows.map {
                Interval(
                    start: try $0.decode(column: "starts_at", as: Date.self),
                    end: try $0.decode(column: "ends_at", as: Date.self))
            }
            same = Alternatives.nearestFreeSlots(
                for: wanted, busy: busy, room: room.policy, time: time,
                now: now, limit: limit
            )
            .map { AlternativeSlot(roomId: room.id, roomName: room.name, startsAt: $0.start, endsAt: $0.end) }
        }
        return BookingAlternatives(otherRooms: others, sameRoom: same)
    }
}
