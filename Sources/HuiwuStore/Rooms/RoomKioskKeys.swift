import Foundation
import HuiwuCore
import SQLKit

/// Where a room's kiosk key stands: the server derives the key from the room and `generation`
/// (the installation's secret signs both), so only the generation is stored, never the key.
public struct KioskKeyState: Sendable, Equatable {
    public var roomId: UUID
    public var generation: Int
    /// The last rotation, if the key was ever rotated (X5: who changed it, when).
    public var rotatedAt: Date?
    public var rotatedBy: UUID?
    /// The display name of `rotatedBy`, when that person still exists.
    public var rotatedByName: String?
}

extension Rooms {
    /// The room's kiosk key state; nil when there is no such room.
    public func kioskKey(of room: UUID) async throws -> KioskKeyState? {
        try await Self.kioskKey(of: room, store.reader)
    }

    /// Rotates the room's kiosk key (X1: the room office and admins, checked by the caller): the
    /// generation goes up by one, so every address made with an earlier key stops working at
    /// once, on every instance of a fleet. Two rotations at once both take effect, one after
    /// the other (the increment is the database's).
    public func rotateKioskKey(of room: UUID, by person: UUID, now: Date) async throws -> KioskKeyState {
        try await store.write { db in
            let rows = try await db.raw(
                """
                UPDATE rooms SET kiosk_key_generation = kiosk_key_generation + 1, kiosk_key_rotated_at = \(bind: now),
                  kiosk_key_rotated_by = \(bind: person)
                WHERE id = \(bind: room)
                RETURNING id
                """
            ).all()
            guard !rows.isEmpty, let state = try await Self.kioskKey(of: room, db) else { throw StoreError.notFound }
            return state
        }
    }

    static func kioskKey(of room: UUID, _ db: any SQLDatabase) async throws -> KioskKeyState? {
        guard
            let row = try await db.raw(
                """
                SELECT r.id, r.kiosk_key_generation, r.kiosk_key_rotated_at, r.kiosk_key_rotated_by, p.display_name
                FROM rooms r LEFT JOIN people p ON p.id = r.kiosk_key_rotated_by WHERE r.id = \(bind: room)
                """
            ).first()
        else { return nil }
        return KioskKeyState(
            roomId: try row.decode(column: "id", as: UUID.self),
            generation: try row.decode(column: "kiosk_key_generation", as: Int.self),
            rotatedAt: try row.decode(column: "kiosk_key_rotated_at", as: Date?.self),
            rotatedBy: try row.decode(column: "kiosk_key_rotated_by", as: UUID?.self),
            rotatedByName: try row.decode(column: "display_name", as: String?.self))
    }
}
