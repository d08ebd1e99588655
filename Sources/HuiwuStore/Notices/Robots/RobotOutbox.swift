import Foundation
import HuiwuCore
import SQLKit

/// A robot post waiting for, or past, delivery (R5.2: delivery is tracked).
public struct RobotPostRecord: Sendable, Equatable {
    public var id: UUID
    public var robotId: UUID
    public var meetingId: UUID
    public var kind: NoticeKind
    public var state: NoticeState
    public var attempts: Int
    public var lastError: String?
    public var nextAttemptAt: Date
    public var sentAt: Date?
    public var createdAt: Date

    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: UUID.self)
        robotId = try row.decode(column: "robot_id", as: UUID.self)
        meetingId = try row.decode(column: "meeting_id", as: UUID.self)
        kind = try row.decode(enum: NoticeKind.self, column: "kind")
        state = try row.decode(enum: NoticeState.self, column: "state")
        attempts = try row.decode(column: "attempts", as: Int.self)
        lastError = try row.decode(column: "last_error", as: String?.self)
        nextAttemptAt = try row.decode(column: "next_attempt_at", as: Date.self)
        sentAt = try row.decode(column: "sent_at", as: Date?.self)
        createdAt = try row.decode(column: "created_at", as: Date.self)
    }
}

/// The delivery side of robot posts: claimed like notices (a conditional update, so a fleet
/// never takes one twice), but only when the robot's address has room in its platform's rate
/// windows (`RobotPacing`, over the log of calls to that address); a post without room waits
/// for the moment it will have. The participants a post names follow its state.
public struct RobotOutbox: Sendable {
    public let store: Store
    public let lease: TimeInterval

    public init(store: Store, lease: TimeInterval = 120) {
        self.store = store
        self.lease = lease
    }

    /// Claims up to `limit` due posts whose robot may be called now.
    public func claim(limit: Int, now: Date) async throws -> [RobotPostRecord] {
        let due = try await store.reader.raw(
            """
            SELECT rp.id, r.address_key, r.platform FROM robot_posts rp JOIN robots r ON r.id = rp.robot_id
            WHERE rp.state = 'queued' AND rp.next_attempt_at <= \(bind: now)
            ORDER BY rp.next_attempt_at, rp.id LIMIT \(unsafeRaw: String(limit))
            """
        ).all().map {
            (
                id: try $0.decode(column: "id", as: UUID.self), key: try $0.decode(column: "address_key", as: String.self),
                platform: try $0.decode(enum: RobotPlatform.self, column: "platform")
            )
        }
        guard !due.isEmpty else { return [] }
        return try await store.write { db in
            let postgres = db.dialect.name == "postgresql"
            var claimed: [RobotPostRecord] = []
            for post in due {
                // One robot address at a time across the fleet: its throttle row is the lock.
                try await db.raw(
                    "INSERT INTO robot_throttles (address_key, blocked_until) VALUES (\(bind: post.key), NULL) ON CONFLICT DO NOTHING"
                ).run()
                let blocked = try await db.raw(
                    """
                    SELECT blocked_until FROM robot_throttles WHERE address_key = \(bind: post.key)
                    \(unsafeRaw: postgres ? "FOR UPDATE" : "")
                    """
                ).first()?.decode(column: "blocked_until", as: Date?.self)
                let since = now.addingTimeInterval(-RobotPacing.horizon(post.platform))
                let sent = try await db.raw(
                    "SELECT at FROM robot_calls WHERE address_key = \(bind: post.key) AND at > \(bind: since)"
                ).all().map { try $0.decode(column: "at", as: Date.self) }
                let slot = RobotPacing.nextSlot(platform: post.platform, sent: sent, blockedUntil: blocked, now: now)
                if slot > now {
                    try await db.raw(
                        """
                        UPDATE robot_posts SET next_attempt_at = \(bind: slot)
                        WHERE id = \(bind: post.id) AND state = 'queued' AND next_attempt_at <= \(bind: now)
                        """
                    ).run()
                    continue
                }
                let rows = try await db.raw(
                    """
                    UPDATE robot_posts SET next_attempt_at = \(bind: now.addingTimeInterval(lease)), attempts = attempts + 1
                    WHERE id = \(bind: post.id) AND state = 'queued' AND next_attempt_at <= \(bind: now)
                    RETURNING *
                    """
                ).all()
                guard let row = rows.first else { continue }
                try await db.raw("INSERT INTO robot_calls (address_key, at) VALUES (\(bind: post.key), \(bind: now))").run()
                claimed.append(try RobotPostRecord(row: row))
            }
            // The log only needs the widest window; an hour keeps it small.
            try await db.raw("DELETE FROM robot_calls WHERE at < \(bind: now.addingTimeInterval(-3_600))").run()
            return claimed
        }
    }

    /// Records a delivery: the post and every participant it named are sent.
    public func delivered(_ post: RobotPostRecord, now: Date) async throws {
        try await store.write { db in
            try await db.raw(
                """
                UPDATE robot_posts SET state = 'sent', sent_at = \(bind: now), last_error = NULL
                WHERE id = \(bind: post.id) AND state = 'queued'
                """
            ).run()
            try await db.raw(
                """
                UPDATE notices SET state = 'sent', sent_at = \(bind: now), last_error = NULL
                WHERE post_id = \(bind: post.id) AND state = 'queued'
                """
            ).run()
        }
    }

    /// Records a failed attempt (retried later, or failed for good), on the post and its notices.
    public func failed(_ post: RobotPostRecord, reason: String, permanent: Bool, now: Date) async throws {
        try await OutboxLease.failed(
            "robot_posts", id: post.id, attempts: post.attempts, reason: reason, permanent: permanent, now: now,
            store: store)
        try await mirror(post)
    }

    /// The platform said the robot sent too much: the post waits out the throttle without it
    /// counting as an attempt, and so does every other post to that address.
    public func throttled(_ post: RobotPostRecord, until: Date, reason: String, addressKey: String) async throws {
        try await store.write { db in
            try await db.raw(
                """
                UPDATE robot_posts SET next_attempt_at = \(bind: until), attempts = attempts - 1,
                  last_error = \(bind: String(reason.prefix(500)))
                WHERE id = \(bind: post.id) AND state = 'queued'
                """
            ).run()
            try await db.raw(
                "UPDATE robot_throttles SET blocked_until = \(bind: until) WHERE address_key = \(bind: addressKey)"
            ).run()
        }
        try await mirror(post)
    }

    /// The post's state and error copied to the notices of the participants it names.
    func mirror(_ post: RobotPostRecord) async throws {
        try await store.write { db in
            guard
                let row = try await db.raw("SELECT state, last_error FROM robot_posts WHERE id = \(bind: post.id)").first()
            else { return }
            try await db.raw(
                """
                UPDATE notices SET state = \(bind: try row.decode(column: "state", as: String.self)),
                  last_error = \(bind: try row.decode(column: "last_error", as: String?.self))
                WHERE post_id = \(bind: post.id) AND state = 'queued'
                """
            ).run()
        }
    }

    /// The posts of a meeting's notices, newest first (the organiser's delivery view).
    public func posts(of meetingId: UUID) async throws -> [RobotPostView] {
        let rows = try await store.reader.raw(
            """
            SELECT rp.*, r.name AS robot_name, r.platform AS robot_platform,
                   (SELECT COUNT(*) FROM notices n WHERE n.post_id = rp.id) AS named
            FROM robot_posts rp JOIN robots r ON r.id = rp.robot_id
            WHERE rp.meeting_id = \(bind: meetingId) ORDER BY rp.created_at DESC, rp.id DESC
            """
        ).all()
        return try rows.map { row in
            RobotPostView(
                post: try RobotPostRecord(row: row), robotName: try row.decode(column: "robot_name", as: String.self),
                platform: try row.decode(enum: RobotPlatform.self, column: "robot_platform"),
                named: try row.decode(column: "named", as: Int.self))
        }
    }
}

/// A post as the organiser sees it: which robot, how many participants it named, where it stands.
public struct RobotPostView: Sendable, Equatable {
    public var post: RobotPostRecord
    public var robotName: String
    public var platform: RobotPlatform
    public var named: Int
}
