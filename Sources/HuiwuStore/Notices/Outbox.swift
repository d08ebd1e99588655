import Foundation
import HuiwuCore
import SQLKit

enum Outbox {
    /// Adds an in-app notification in the caller's transaction.
    static func notify(
        _ db: any SQLDatabase, person: UUID, kind: NotificationKind, booking: UUID?,
        params: NotificationParams, at: Date
    ) async throws {
        let json = params.json
        // Spelled-out SQL rather than a model insert: this runs in every booking's write.
        try await db.raw(
            """
            INSERT INTO notifications (id, person_id, kind, booking_id, params, created_at, read_at)
            VALUES (\(bind: OrderedID.next()), \(bind: person), \(bind: kind.rawValue), \(bind: booking), \(bind: json),
                    \(bind: at), NULL)
            """
        ).run()
    }

    /// Appends to the booking's audit trail (X5) in the caller's transaction.
    static func audit(
        _ db: any SQLDatabase, booking: UUID, actor: UUID?, action: String,
        detail: [String: String], at: Date
    ) async throws {
        try await db.raw(
            """
            INSERT INTO booking_events (id, booking_id, actor_id, action, detail, at)
            VALUES (\(bind: OrderedID.next()), \(bind: booking), \(bind: actor), \(bind: action),
                    \(bind: JSONText.object(detail)), \(bind: at))
            """
        ).run()
    }
}
