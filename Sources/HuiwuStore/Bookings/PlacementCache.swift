import Foundation
import SQLKit

/// Recently read rooms and the active purpose list, for PostgreSQL's one-statement booking
/// (`placeInOneStatement`). Never trusted blindly: the insert re-checks the room's version and
/// the purpose in the same statement, and a refusal based on cached data is re-checked against
/// fresh data, so a stale entry can cost a retry but never change an outcome. Entries expire
/// after a few seconds (monotonic time) to bound memory, not for correctness.
final class PlacementCache: @unchecked Sendable {
    static let ttl: Double = 5
    private static let capacity = 4_096
    private let lock = NSLock()
    private var rooms: [UUID: (room: RoomRecord, until: Double)] = [:]
    private var purposes: (codes: Set<String>, until: Double)?

    private static var clock: Double { ProcessInfo.processInfo.systemUptime }

    func room(_ id: UUID) -> RoomRecord? {
        lock.withLock {
            guard let entry = rooms[id], entry.until > Self.clock else { return nil }
            return entry.room
        }
    }

    func remember(_ room: RoomRecord) {
        lock.withLock {
            if rooms.count >= Self.capacity { rooms.removeAll(keepingCapacity: true) }
            rooms[room.id] = (room, Self.clock + Self.ttl)
        }
    }

    var activePurposes: Set<String>? {
        lock.withLock {
            guard let purposes, purposes.until > Self.clock else { return nil }
            return purposes.codes
        }
    }

    func remember(activePurposes codes: Set<String>) {
        lock.withLock { purposes = (codes, Self.clock + Self.ttl) }
    }

    func forget(room id: UUID) {
        lock.withLock {
            rooms[id] = nil
            purposes = nil
        }
    }
}

extension Store {
    /// Recently read rooms and purposes for PostgreSQL's one-statement booking.
    var placementCache: PlacementCache { locals.value(PlacementCache.self) { PlacementCache() } }

    /// Group insert of ordinary bookings (PostgreSQL only).
    var postgresBookings: PostgresBookingBatch? {
        guard dialect == .postgres else { return nil }
        let database = self.database
        return locals.value(PostgresBookingBatch.self) { PostgresBookingBatch(database: { database() as! any SQLDatabase }) }
    }
}
