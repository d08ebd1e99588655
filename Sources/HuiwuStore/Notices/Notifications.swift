import Foundation
import HuiwuCore
import SQLKit

/// A person's in-app notifications (X2 groundwork).
public struct Notifications: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    /// One page of the person's notifications, newest first.
    public func notifications(
        for person: UUID, _ request: PageRequest = PageRequest(limit: 100)
    ) async throws
        -> Page<NotificationRecord>
    {
        var sql: SQLQueryString = "SELECT * FROM notifications WHERE person_id = \(bind: person)"
        Paging.append(request, seq: "seq", newestFirst: true, to: &sql)
        return try Paging.page(try await store.reader.raw(sql).all(), request) { try $0.decode(NotificationRecord.self) }
    }

    public func unreadCount(for person: UUID) async throws -> Int {
        try await store.reader.raw(
            """
            SELECT COUNT(*) AS n FROM notifications WHERE person_id = \(bind: person) AND read_at IS NULL
            """
        ).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Marks one (or, with nil, all) of the person's notifications read.
    public func markRead(person: UUID, id: UUID?, now: Date) async throws {
        try await store.write { db in
            if let id {
                // Someone else's notification is not there for this person (404, X1).
                guard
                    try await db.raw("SELECT id FROM notifications WHERE person_id = \(bind: person) AND id = \(bind: id)")
                        .first() != nil
                else { throw StoreError.notFound }
                try await db.raw(
                    """
                    UPDATE notifications SET read_at = \(bind: now) WHERE person_id = \(bind: person) AND id = \(bind: id) AND read_at IS NULL
                    """
                ).run()
            } else {
                try await db.raw(
                    "UPDATE notifications SET read_at = \(bind: now) WHERE person_id = \(bind: person) AND read_at IS NULL"
                ).run()
            }
        }
    }
}
