import Foundation
import HuiwuCore
import SQLKit

/// Writing notices into the outbox (R5.2, X2): one per recipient and channel, in the
/// transaction of the send or of the change it announces.
extension Notices {
    /// Who a queued notice goes to: the participants on the meetings' lists (or the given
    /// participant rows, removed ones too: a removal is announced to the one removed), each
    /// person or guest once however many of the meetings they are on, by the first of them.
    struct Audience: Sendable {
        var meetings: [UUID]
        var participants: [UUID]?
        /// The calendar object whose copy the e-mail brings up to date (a series left behind by a
        /// split); nil: the meeting's own (its series, or itself), as it is when queued.
        var object: UUID?
        /// Only the e-mail, to keep a calendar right (the other channels hear of the change once).
        var emailOnly = false

        init(meetings: [UUID], participants: [UUID]? = nil, object: UUID? = nil, emailOnly: Bool = false) {
            self.meetings = meetings
            self.participants = participants
            self.object = object
            self.emailOnly = emailOnly
        }

        var filter: SQLQueryString {
            if let participants { return "p.id IN (\(SQLList(participants.map { SQLBind($0) })))" }
            return "p.meeting_id IN (\(SQLList(meetings.map { SQLBind($0) }))) AND p.removed = \(bind: false)"
        }
    }

    /// Queues `kind` for each meeting's participants, a notice per meeting.
    static func queue(
        _ meetings: [UUID], kind: NoticeKind, onlyNotified: Bool, now: Date,
        _ db: any SQLDatabase
    ) async throws -> NoticeBatch {
        var batch = NoticeBatch(participants: 0, queued: 0)
        for meetingId in meetings {
            if onlyNotified, try await !wasNotified(meetingId, db) { continue }
            let one = try await queue(Audience(meetings: [meetingId]), kind: kind, now: now, db)
            batch.participants += one.participants
            batch.queued += one.queued
        }
        return batch
    }

    /// Queues `kind` for an audience: one notice per recipient and channel — in-app delivered at
    /// once, e-mail and webhook into the outbox.
    static func queue(_ audience: Audience, kind: NoticeKind, now: Date, _ db: any SQLDatabase) async throws -> NoticeBatch {
        guard !audience.meetings.isEmpty || !(audience.participants ?? []).isEmpty else {
            return NoticeBatch(participants: 0, queued: 0)
        }
        if db.dialect.name == "postgresql" { return try await queueInPostgres(audience, kind: kind, now: now, db) }
        let rows = try await db.raw(
            """
            SELECT p.id, p.meeting_id, m.series_id, p.person_id, p.guest_email, pe.email, pe.webhook_url, pe.webhook_format
            FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id LEFT JOIN people pe ON pe.id = p.person_id
            WHERE \(audience.filter) ORDER BY m.starts_at, m.id, p.added_at, p.id
            """
        ).all()
        var batch = NoticeBatch(participants: 0, queued: 0)
        var notices: [[any SQLExpression]] = []
        var inApp: [[any SQLExpression]] = []
        var seen = Set<String>()
        var params: [UUID: String] = [:]
        for row in rows {
            let participant = try row.decode(column: "id", as: UUID.self)
            let meetingId = try row.decode(column: "meeting_id", as: UUID.self)
            let object = try audience.object ?? row.decode(column: "series_id", as: UUID?.self) ?? meetingId
            let person = try row.decode(column: "person_id", as: UUID?.self)
            let guest = try row.decode(column: "guest_email", as: String?.self)
            guard seen.insert(CalendarCopies.recipient(person: person, email: guest)).inserted else { continue }
            batch.participants += 1
            func add(_ channel: NoticeChannel, address: String?, format: String?, state: NoticeState) {
                notices.append([
                    SQLBind(OrderedID.next()), SQLBind(meetingId), SQLBind(participant), SQLBind(person),
                    SQLBind(channel.rawValue), SQLBind(kind.rawValue), SQLBind(address), SQLBind(format),
                    SQLBind(state.rawValue), SQLBind(0), SQLBind(String?.none), SQLBind(now),
                    SQLBind(state == .sent ? now : nil), SQLBind(Date?.none), SQLBind(now), SQLBind(object),
                ])
                if state == .queued { batch.queued += 1 }
            }
            if let person, !audience.emailOnly {
                add(.inApp, address: nil, format: nil, state: .sent)
                if params[meetingId] == nil {
                    params[meetingId] = try await Self.params(of: meetingId, db)
                }
                inApp.append([
                    SQLBind(OrderedID.next()), SQLBind(person), SQLBind("meeting." + kind.rawValue),
                    SQLBind(UUID?.none), SQLBind(meetingId), SQLBind(params[meetingId] ?? "{}"), SQLBind(now),
                    SQLBind(Date?.none),
                ])
            }
            let email = try row.decode(column: "email", as: String?.self) ?? guest
            if let email, !email.isEmpty { add(.email, address: email, format: nil, state: .queued) }
            if !audience.emailOnly, let hook = try row.decode(column: "webhook_url", as: String?.self), !hook.isEmpty {
                add(
                    .webhook, address: hook, format: try row.decode(column: "webhook_format", as: String?.self) ?? "generic",
                    state: .queued)
            }
        }
        try await db.insertRows(into: "notices", Self.noticeColumns, notices)
        try await db.insertRows(
            into: "notifications",
            [
                "id", "person_id", "kind", "booking_id", "meeting_id", "params",
                "created_at", "read_at",
            ], inApp)
        return batch
    }

    static let noticeColumns = [
        "id", "meeting_id", "participant_id", "person_id", "channel", "kind", "address", "format",
        "state", "attempts", "last_error", "next_attempt_at", "sent_at", "read_at", "created_at",
        "object_id",
    ]

    /// The in-app notification's parameters for a meeting (its title and time).
    static func params(of meetingId: UUID, _ db: any SQLDatabase) async throws -> String {
        guard
            let m = try await db.raw("SELECT * FROM meetings WHERE id = \(bind: meetingId)").first().map(MeetingRecord.init(row:))
        else { return "{}" }
        return NotificationParams(title: m.title, startsAt: m.startsAt, endsAt: m.endsAt).json
    }

    /// The meeting, or any meeting of its series, was notified.
    static func wasNotified(_ meetingId: UUID, _ db: any SQLDatabase) async throws -> Bool {
        try await db.raw("SELECT 1 AS one FROM meetings m WHERE m.id = \(bind: meetingId) AND \(notified("m"))").first() != nil
    }

    /// SQL: the meeting `alias` was notified — itself, or any meeting of its series (a series'
    /// invitation carries every date).
    static func notified(_ alias: String) -> SQLQueryString {
        SQLQueryString(
            """
            EXISTS (SELECT 1 FROM notices n WHERE n.meeting_id = \(unsafeRaw: alias).id OR (\(unsafeRaw: alias).series_id IS NOT NULL
                    AND n.meeting_id IN (SELECT s.id FROM meetings s WHERE s.series_id = \(unsafeRaw: alias).series_id)))
            """)
    }

    /// The same notices written by PostgreSQL itself from the participant rows: a notice to a
    /// thousand people is three set-based statements instead of thirty thousand bound values.
    static func queueInPostgres(
        _ audience: Audience, kind: NoticeKind, now: Date,
        _ db: any SQLDatabase
    ) async throws -> NoticeBatch {
        let participants: SQLQueryString = """
            SELECT DISTINCT ON (COALESCE('person:' || p.person_id::text, 'guest:' || lower(p.guest_email)))
                   p.id, p.meeting_id, COALESCE(m.series_id, m.id) AS object_id, p.person_id,
                   COALESCE(pe.email, p.guest_email) AS email, pe.webhook_url,
                   COALESCE(pe.webhook_format, 'generic') AS webhook_format
            FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id LEFT JOIN people pe ON pe.id = p.person_id
            WHERE \(audience.filter)
            ORDER BY COALESCE('person:' || p.person_id::text, 'guest:' || lower(p.guest_email)), m.starts_at, m.id, p.added_at, p.id
            """
        let others = !audience.emailOnly
        let counts = try await db.raw(
            """
            SELECT COUNT(*) AS n, COUNT(NULLIF(email, '')) + \(unsafeRaw: others ? "COUNT(NULLIF(webhook_url, ''))" : "0") AS q
            FROM (\(participants)) x
            """
        ).first()
        let kindText = kind.rawValue
        let object = audience.object
        try await db.raw(
            """
            WITH p AS (\(participants))
            INSERT INTO notices (id, meeting_id, participant_id, person_id, channel, kind, address, format, state, attempts,
                                 last_error, next_attempt_at, sent_at, read_at, created_at, object_id)
            SELECT gen_random_uuid(), meeting_id, id, person_id, 'in_app', \(bind: kindText), NULL::text, NULL::text, 'sent', 0,
                   NULL::text, \(bind: now), \(bind: now), NULL::timestamptz, \(bind: now), COALESCE(\(bind: object)::uuid, object_id)
            FROM p WHERE person_id IS NOT NULL AND \(bind: others)
            UNION ALL
            SELECT gen_random_uuid(), meeting_id, id, person_id, 'email', \(bind: kindText), email, NULL::text, 'queued', 0,
                   NULL::text, \(bind: now), NULL::timestamptz, NULL::timestamptz, \(bind: now), COALESCE(\(bind: object)::uuid, object_id)
            FROM p WHERE email <> ''
            UNION ALL
            SELECT gen_random_uuid(), meeting_id, id, person_id, 'webhook', \(bind: kindText), webhook_url,
                   webhook_format, 'queued', 0, NULL::text, \(bind: now), NULL::timestamptz, NULL::timestamptz, \(bind: now),
                   COALESCE(\(bind: object)::uuid, object_id)
            FROM p WHERE webhook_url <> '' AND \(bind: others)
            """
        ).run()
        if others {
            try await db.raw(
                """
                WITH p AS (\(participants))
                INSERT INTO notifications (id, person_id, kind, booking_id, meeting_id, params, created_at, read_at)
                SELECT gen_random_uuid(), p.person_id, \(bind: "meeting." + kindText), NULL, p.meeting_id,
                       json_build_object('endsAt', extract(epoch FROM m.ends_at), 'startsAt', extract(epoch FROM m.starts_at),
                                         'title', m.title)::text,
                       \(bind: now), NULL
                FROM p JOIN meetings m ON m.id = p.meeting_id WHERE p.person_id IS NOT NULL
                """
            ).run()
        }
        return NoticeBatch(
            participants: try counts?.decode(column: "n", as: Int.self) ?? 0,
            queued: try counts?.decode(column: "q", as: Int.self) ?? 0)
    }
}
