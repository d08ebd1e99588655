import Foundation
import HuiwuCore
import SQLKit

/// A notice about a person's own account (X1), to their e-mail or their private robot (never a
/// group's: a warning about someone's account is theirs alone).
public struct AccountNoticeRecord: Sendable, Equatable {
    public var id: UUID
    public var personId: UUID
    public var channel: NoticeChannel
    /// A `NotificationKind` code (`account.login_failures`): the same words as in the app.
    public var kind: String
    public var address: String
    public var format: RobotPlatform?
    /// The private robot it goes by (signed with that robot's secret when delivered).
    public var robotId: UUID?
    public var params: NotificationParams
    public var attempts: Int

    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: UUID.self)
        personId = try row.decode(column: "person_id", as: UUID.self)
        channel = try row.decode(enum: NoticeChannel.self, column: "channel")
        kind = try row.decode(column: "kind", as: String.self)
        address = try row.decode(column: "address", as: String.self)
        format = try row.decode(column: "format", as: String?.self).flatMap(RobotPlatform.init(rawValue:))
        robotId = try row.decode(column: "robot_id", as: UUID?.self)
        params = NotificationParams.decode(try row.decode(column: "params", as: String.self))
        attempts = try row.decode(column: "attempts", as: Int.self)
    }
}

/// The outbox of account notices: queued in the transaction that decided to warn, delivered by
/// the dispatcher like meeting notices (at least once, retried with the same back-off).
public struct AccountOutbox: Sendable {
    public let store: Store
    public let lease: TimeInterval
    public init(store: Store, lease: TimeInterval = 120) {
        self.store = store
        self.lease = lease
    }

    /// One notice per channel the person has (e-mail, their private robot), in the caller's
    /// transaction.
    static func queue(
        person: UUID, kind: NotificationKind, params: NotificationParams, now: Date,
        _ db: any SQLDatabase
    ) async throws {
        guard let row = try await db.raw("SELECT email FROM people WHERE id = \(bind: person)").first() else { return }
        var targets: [(NoticeChannel, String, String?, UUID?)] = []
        if let email = try row.decode(column: "email", as: String?.self), !email.isEmpty {
            targets.append((.email, email, nil, nil))
        }
        if let robot = try await Robots.privateRobot(of: person, db) {
            targets.append((.webhook, robot.name, robot.platform.rawValue, robot.id))
        }
        for (channel, address, format, robot) in targets {
            try await db.raw(
                """
                INSERT INTO account_notices (id, person_id, channel, kind, address, format, params, state, attempts,
                  last_error, next_attempt_at, sent_at, created_at, robot_id)
                VALUES (\(bind: OrderedID.next()), \(bind: person), \(bind: channel.rawValue), \(bind: kind.rawValue),
                  \(bind: address), \(bind: format), \(bind: params.json), 'queued', 0, NULL, \(bind: now), NULL, \(bind: now),
                  \(bind: robot))
                """
            ).run()
        }
    }

    public func claim(limit: Int, now: Date) async throws -> [AccountNoticeRecord] {
        try await OutboxLease.claim("account_notices", limit: limit, lease: lease, now: now, store: store)
            .map(AccountNoticeRecord.init(row:))
    }

    public func delivered(_ notice: AccountNoticeRecord, now: Date) async throws {
        try await store.write { db in
            try await db.raw(
                """
                UPDATE account_notices SET state = 'sent', sent_at = \(bind: now), last_error = NULL
                WHERE id = \(bind: notice.id) AND state = 'queued'
                """
            ).run()
        }
    }

    public func failed(_ notice: AccountNoticeRecord, reason: String, permanent: Bool, now: Date) async throws {
        try await OutboxLease.failed(
            "account_notices", id: notice.id, attempts: notice.attempts, reason: reason,
            permanent: permanent, now: now, store: store)
    }

    /// The person's name, for the greeting (nil: they are gone, and so is the notice's point).
    public func recipientName(_ notice: AccountNoticeRecord) async throws -> String? {
        try await store.reader.raw("SELECT display_name FROM people WHERE id = \(bind: notice.personId)").first()?
            .decode(column: "display_name", as: String.self)
    }
}
