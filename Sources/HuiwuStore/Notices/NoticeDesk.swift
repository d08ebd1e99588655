import Foundation
import HuiwuCore
import SQLKit

/// What a notice announces.
public enum NoticeKind: String, Sendable, Codable, CaseIterable {
    case invitation, update, cancellation, reminder
    /// The minutes, published to the participants (R5.8).
    case minutes
}

/// How a notice reaches its participant (X2).
public enum NoticeChannel: String, Sendable, Codable, CaseIterable {
    case inApp = "in_app", email, webhook
}

/// Where a notice stands (R5.2): the organiser sees at a glance who has not been notified.
public enum NoticeState: String, Sendable, Codable, CaseIterable {
    case queued, sent, failed, read
}

/// Chat-bot formats a webhook notice is written in.
public enum WebhookFormat: String, Sendable, Codable, CaseIterable {
    case generic, dingtalk, wecom, feishu
}

public struct NoticeRecord: Sendable, Equatable {
    public var id: UUID
    public var meetingId: UUID
    public var participantId: UUID
    public var personId: UUID?
    public var channel: NoticeChannel
    public var kind: NoticeKind
    public var address: String?
    public var format: WebhookFormat?
    public var state: NoticeState
    public var attempts: Int
    public var lastError: String?
    public var nextAttemptAt: Date
    public var sentAt: Date?
    public var readAt: Date?
    public var createdAt: Date

    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: UUID.self)
        meetingId = try row.decode(column: "meeting_id", as: UUID.self)
        participantId = try row.decode(column: "participant_id", as: UUID.self)
        personId = try row.decode(column: "person_id", as: UUID?.self)
        channel = NoticeChannel(rawValue: try row.decode(column: "channel", as: String.self)) ?? .inApp
        kind = NoticeKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .update
        address = try row.decode(column: "address", as: String?.self)
        format = try row.decode(column: "format", as: String?.self).flatMap(WebhookFormat.init(rawValue:))
        state = NoticeState(rawValue: try row.decode(column: "state", as: String.self)) ?? .failed
        attempts = try row.decode(column: "attempts", as: Int.self)
        lastError = try row.decode(column: "last_error", as: String?.self)
        nextAttemptAt = try row.decode(column: "next_attempt_at", as: Date.self)
        sentAt = try row.decode(column: "sent_at", as: Date?.self)
        readAt = try row.decode(column: "read_at", as: Date?.self)
        createdAt = try row.decode(column: "created_at", as: Date.self)
    }
}

/// What a send did.
public struct NoticeBatch: Sendable, Equatable {
    public var participants: Int
    public var queued: Int
}

/// Sending meeting notices (R5.2, X2). A send writes one notice per participant and channel in
/// one transaction — the in-app one delivered at once, e-mail and webhook ones queued in the
/// outbox for the dispatcher.
public struct NoticeDesk: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    /// Notifies every participant of the meeting (organiser or room office only).
    public func send(_ meetingId: UUID, kind: NoticeKind, by actor: Actor, now: Date) async throws -> NoticeBatch {
        try await store.write { db in
            let meeting = try await MeetingBook.changeable(meetingId, by: actor, db)
            // Announcing needs a meeting still ahead (the minutes are published separately).
            guard meeting.status == .scheduled, meeting.endsAt > now else { throw MeetingError.notChangeable }
            try await ParticipantResolver.refresh(meetingId, now: now, db)
            return try await Self.queue([meetingId], kind: kind, onlyNotified: false, now: now, db)
        }
    }

    /// Queues `kind` for the participants of each meeting — with `onlyNotified`, only for
    /// meetings that were notified before (a change is announced to those who heard of it).
    static func queue(_ meetings: [UUID], kind: NoticeKind, onlyNotified: Bool, now: Date,
                      _ db: any SQLDatabase) async throws -> NoticeBatch {
        let dialect: Store.Dialect = db.dialect.name == "postgresql" ? .postgres : .sqlite
        var batch = NoticeBatch(participants: 0, queued: 0)
        for meetingId in meetings {
            if onlyNotified, try await db.raw("""
                SELECT 1 AS one FROM meetings m WHERE m.id = \(bind: meetingId) AND \(Self.notified("m"))
                """).first() == nil {
                continue
            }
            guard let meeting = try await db.raw("SELECT * FROM meetings WHERE id = \(bind: meetingId)").first()
                .map(MeetingRecord.init(row:)) else { continue }
            if dialect == .postgres {
                let counted = try await queueInPostgres(meeting, kind: kind, now: now, db)
                batch.participants += counted.participants
                batch.queued += counted.queued
                continue
            }
            let rows = try await db.raw("""
                SELECT p.id, p.person_id, p.guest_email, pe.email, pe.webhook_url, pe.webhook_format
                FROM meeting_participants p LEFT JOIN people pe ON pe.id = p.person_id
                WHERE p.meeting_id = \(bind: meetingId) AND p.removed = \(bind: false)
                """).all()
            var notices: [[any SQLExpression]] = []
            var inApp: [[any SQLExpression]] = []
            let params = NotificationParams(title: meeting.title, startsAt: meeting.startsAt, endsAt: meeting.endsAt).json
            for row in rows {
                let participant = try row.decode(column: "id", as: UUID.self)
                let person = try row.decode(column: "person_id", as: UUID?.self)
                batch.participants += 1
                func add(_ channel: NoticeChannel, address: String?, format: String?, state: NoticeState) {
                    notices.append([SQLBind(OrderedID.next()), SQLBind(meetingId), SQLBind(participant), SQLBind(person),
                                    SQLBind(channel.rawValue), SQLBind(kind.rawValue), SQLBind(address), SQLBind(format),
                                    SQLBind(state.rawValue), SQLBind(0), SQLBind(String?.none), SQLBind(now),
                                    SQLBind(state == .sent ? now : nil), SQLBind(Date?.none), SQLBind(now)])
                    if state == .queued { batch.queued += 1 }
                }
                if let person {
                    add(.inApp, address: nil, format: nil, state: .sent)
                    inApp.append([SQLBind(OrderedID.next()), SQLBind(person), SQLBind("meeting." + kind.rawValue),
                                  SQLBind(UUID?.none), SQLBind(meetingId), SQLBind(params), SQLBind(now), SQLBind(Date?.none)])
                }
                let email = try row.decode(column: "email", as: String?.self) ?? row.decode(column: "guest_email", as: String?.self)
                if let email, !email.isEmpty { add(.email, address: email, format: nil, state: .queued) }
                if let hook = try row.decode(column: "webhook_url", as: String?.self), !hook.isEmpty {
                    add(.webhook, address: hook, format: try row.decode(column: "webhook_format", as: String?.self) ?? "generic",
                        state: .queued)
                }
            }
            try await Self.insert(into: "notices", ["id", "meeting_id", "participant_id", "person_id", "channel", "kind", "address",
                                                    "format", "state", "attempts", "last_error", "next_attempt_at", "sent_at",
                                                    "read_at", "created_at"], notices, db)
            try await Self.insert(into: "notifications", ["id", "person_id", "kind", "booking_id", "meeting_id", "params",
                                                          "created_at", "read_at"], inApp, db)
        }
        return batch
    }

    /// SQL: the meeting `alias` was notified — itself, or any meeting of its series (a series'
    /// invitation carries every date).
    static func notified(_ alias: String) -> SQLQueryString {
        SQLQueryString("""
            EXISTS (SELECT 1 FROM notices n WHERE n.meeting_id = \(alias).id OR (\(alias).series_id IS NOT NULL AND n.meeting_id IN
                    (SELECT s.id FROM meetings s WHERE s.series_id = \(alias).series_id)))
            """)
    }

    /// The same notices written by PostgreSQL itself from the participant rows: a notice to a
    /// thousand people is three set-based statements instead of thirty thousand bound values.
    static func queueInPostgres(_ meeting: MeetingRecord, kind: NoticeKind, now: Date,
                                _ db: any SQLDatabase) async throws -> NoticeBatch {
        let participants: SQLQueryString = """
            SELECT p.id, p.person_id, COALESCE(pe.email, p.guest_email) AS email, pe.webhook_url,
                   COALESCE(pe.webhook_format, 'generic') AS webhook_format
            FROM meeting_participants p LEFT JOIN people pe ON pe.id = p.person_id
            WHERE p.meeting_id = \(bind: meeting.id) AND p.removed = false
            """
        let counts = try await db.raw("""
            SELECT COUNT(*) AS n, COUNT(NULLIF(email, '')) + COUNT(NULLIF(webhook_url, '')) AS q FROM (\(participants)) x
            """).first()
        try await db.raw("""
            WITH p AS (\(participants))
            INSERT INTO notices (id, meeting_id, participant_id, person_id, channel, kind, address, format, state, attempts,
                                 last_error, next_attempt_at, sent_at, read_at, created_at)
            SELECT gen_random_uuid(), \(bind: meeting.id), id, person_id, 'in_app', \(bind: kind.rawValue), NULL::text, NULL::text, 'sent', 0,
                   NULL::text, \(bind: now), \(bind: now), NULL::timestamptz, \(bind: now) FROM p WHERE person_id IS NOT NULL
            UNION ALL
            SELECT gen_random_uuid(), \(bind: meeting.id), id, person_id, 'email', \(bind: kind.rawValue), email, NULL::text, 'queued', 0,
                   NULL::text, \(bind: now), NULL::timestamptz, NULL::timestamptz, \(bind: now) FROM p WHERE email <> ''
            UNION ALL
            SELECT gen_random_uuid(), \(bind: meeting.id), id, person_id, 'webhook', \(bind: kind.rawValue), webhook_url,
                   webhook_format, 'queued', 0, NULL::text, \(bind: now), NULL::timestamptz, NULL::timestamptz, \(bind: now)
            FROM p WHERE webhook_url <> ''
            """).run()
        let params = NotificationParams(title: meeting.title, startsAt: meeting.startsAt, endsAt: meeting.endsAt).json
        try await db.raw("""
            INSERT INTO notifications (id, person_id, kind, booking_id, meeting_id, params, created_at, read_at)
            SELECT gen_random_uuid(), person_id, \(bind: "meeting." + kind.rawValue), NULL, \(bind: meeting.id), \(bind: params),
                   \(bind: now), NULL
            FROM meeting_participants WHERE meeting_id = \(bind: meeting.id) AND removed = false AND person_id IS NOT NULL
            """).run()
        return NoticeBatch(participants: try counts?.decode(column: "n", as: Int.self) ?? 0,
                           queued: try counts?.decode(column: "q", as: Int.self) ?? 0)
    }

    /// Multi-row inserts in chunks (a notice to a thousand people is a few statements).
    static func insert(into table: String, _ columns: [String], _ rows: [[any SQLExpression]],
                       _ db: any SQLDatabase) async throws {
        let chunk = max(1, 30_000 / max(columns.count, 1))
        var start = 0
        while start < rows.count {
            var insert = db.insert(into: table).columns(columns)
            for row in rows[start..<min(start + chunk, rows.count)] { insert = insert.values(row) }
            try await insert.run()
            start += chunk
        }
    }

    /// A participant's row in the delivery table: each channel's latest notice.
    public struct Delivery: Sendable, Equatable {
        public var participant: ParticipantView
        public var notices: [NoticeRecord]
        /// Nothing reached them: no notice sent or read on any channel (R5.2, A5: then an
        /// absence is the organiser's fault).
        public var notNotified: Bool { !notices.contains { $0.state == .sent || $0.state == .read } }
    }

    /// The delivery state per participant and channel (latest notice of each channel).
    /// A series' invitations and updates, sent from any of its meetings, count for each of them
    /// (matched by person, or by address for guests).
    public func deliveries(of meetingId: UUID) async throws -> [Delivery] {
        let people = try await MeetingBook(store: store).participants(of: meetingId).filter { !$0.record.removed }
        let notices = try await store.reader.raw("""
            SELECT n.* FROM notices n WHERE n.meeting_id = \(bind: meetingId)
               OR (n.kind IN ('invitation', 'update') AND n.meeting_id IN (SELECT s.id FROM meetings s JOIN meetings m
                   ON m.series_id = s.series_id WHERE m.id = \(bind: meetingId)))
            ORDER BY n.created_at DESC, n.id DESC
            """).all().map(NoticeRecord.init(row:))
        return people.map { p in
            let mine = notices.filter { n in
                n.participantId == p.record.id || (n.meetingId != meetingId && (p.record.personId != nil ? n.personId == p.record.personId
                    : n.personId == nil && n.address?.lowercased() == p.record.guestEmail?.lowercased()))
            }
            var latest: [NoticeChannel: NoticeRecord] = [:]
            for n in mine where latest[n.channel] == nil { latest[n.channel] = n }
            return Delivery(participant: p, notices: NoticeChannel.allCases.compactMap { latest[$0] })
        }
    }

    /// The person has seen the meeting: their delivered notices of it (and its series'
    /// invitations and updates) count as read.
    public func acknowledge(_ meetingId: UUID, person: UUID, now: Date) async throws {
        let mine: SQLQueryString = """
            person_id = \(bind: person) AND state = 'sent' AND (meeting_id = \(bind: meetingId)
              OR (kind IN ('invitation', 'update') AND meeting_id IN (SELECT s.id FROM meetings s JOIN meetings m
                  ON m.series_id = s.series_id WHERE m.id = \(bind: meetingId))))
            """
        // Most views have nothing to acknowledge: no write for those.
        guard try await store.reader.raw("SELECT 1 AS one FROM notices WHERE \(mine)").first() != nil else { return }
        try await store.write { db in
            try await db.raw("UPDATE notices SET state = 'read', read_at = \(bind: now) WHERE \(mine)").run()
            try await db.raw("""
                UPDATE notifications SET read_at = \(bind: now)
                WHERE meeting_id = \(bind: meetingId) AND person_id = \(bind: person) AND read_at IS NULL
                """).run()
        }
    }
}
