import Foundation
import HuiwuCore
import SQLKit

/// The one way any capability tells a person something (X2): in-app, and by e-mail and their
/// private robot when they have them, in the transaction that made the news — a fine with its
/// clause, a leave decision, an approval reminder. Batched: closing a meeting of a thousand
/// absentees is a few statements, not thousands.
enum PersonNotices {
    struct Notice: Sendable {
        var person: UUID
        var kind: NotificationKind
        var meeting: UUID?
        var params: NotificationParams
    }

    static func tell(_ told: [Notice], now: Date, _ db: any SQLDatabase) async throws {
        guard !told.isEmpty else { return }
        let people = Array(Set(told.map(\.person)))
        var emails: [UUID: String] = [:]
        var robots: [UUID: (UUID, String, String)] = [:]
        for chunk in stride(from: 0, to: people.count, by: 500) {
            let ids = people[chunk..<min(chunk + 500, people.count)].map { SQLBind($0) }
            for row in try await db.raw("SELECT id, email FROM people WHERE id IN (\(SQLList(ids)))").all() {
                if let email = try row.decode(column: "email", as: String?.self), !email.isEmpty {
                    emails[try row.decode(column: "id", as: UUID.self)] = email
                }
            }
            for row in try await db.raw(
                """
                SELECT id, name, platform, scope_id FROM robots WHERE scope_kind = 'person' AND scope_id IN (\(SQLList(ids)))
                ORDER BY created_at, id
                """
            ).all() {
                let owner = try row.decode(column: "scope_id", as: UUID.self)
                if robots[owner] == nil {
                    robots[owner] = (
                        try row.decode(column: "id", as: UUID.self), try row.decode(column: "name", as: String.self),
                        try row.decode(column: "platform", as: String.self)
                    )
                }
            }
        }
        var inApp: [[any SQLExpression]] = []
        var outbox: [[any SQLExpression]] = []
        for t in told {
            let json = t.params.json
            inApp.append([
                SQLBind(OrderedID.next()), SQLBind(t.person), SQLBind(t.kind.rawValue), SQLBind(UUID?.none), SQLBind(t.meeting),
                SQLBind(json), SQLBind(now), SQLBind(Date?.none),
            ])
            var targets: [(NoticeChannel, String, String?, UUID?)] = []
            if let email = emails[t.person] { targets.append((.email, email, nil, nil)) }
            if let (id, name, platform) = robots[t.person] { targets.append((.webhook, name, platform, id)) }
            for (channel, address, format, robot) in targets {
                outbox.append([
                    SQLBind(OrderedID.next()), SQLBind(t.person), SQLBind(channel.rawValue), SQLBind(t.kind.rawValue),
                    SQLBind(address),
                    SQLBind(format), SQLBind(json), SQLBind("queued"), SQLBind(0), SQLBind(String?.none), SQLBind(now),
                    SQLBind(Date?.none), SQLBind(now), SQLBind(robot),
                ])
            }
        }
        try await db.insertRows(
            into: "notifications", ["id", "person_id", "kind", "booking_id", "meeting_id", "params", "created_at", "read_at"],
            inApp)
        try await db.insertRows(
            into: "account_notices",
            [
                "id", "person_id", "channel", "kind", "address", "format", "params", "state", "attempts", "last_error",
                "next_attempt_at", "sent_at", "created_at", "robot_id",
            ], outbox)
    }
}
