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
            SELECT p.id, p.meeting_id, m.series_id, m.type_id, p.person_id, p.guest_email, pe.email, pe.department_id
            FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id LEFT JOIN people pe ON pe.id = p.person_id
            WHERE \(audience.filter) ORDER BY m.starts_at, m.id, p.added_at, p.id
            """
        ).all()
        let participants = try rows.map { row in
            let meetingId = try row.decode(column: "meeting_id", as: UUID.self)
            let guest = try row.decode(column: "guest_email", as: String?.self)
            return QueuedParticipant(
                id: try row.decode(column: "id", as: UUID.self), meetingId: meetingId,
                object: try audience.object ?? row.decode(column: "series_id", as: UUID?.self) ?? meetingId,
                typeId: try row.decode(column: "type_id", as: UUID?.self),
                departmentId: try row.decode(column: "department_id", as: UUID?.self),
                recipient: NoticeRouting.Recipient(
                    personId: try row.decode(column: "person_id", as: UUID?.self),
                    email: try row.decode(column: "email", as: String?.self) ?? guest))
        }
        var batch = NoticeBatch(participants: 0, queued: 0)
        var notices: [[any SQLExpression]] = []
        var inApp: [[any SQLExpression]] = []
        var params: [UUID: String] = [:]
        let recipients = NoticeRouting.distinct(participants, by: \.recipient)
        for p in recipients {
            batch.participants += 1
            let person = p.recipient.personId
            for route in NoticeRouting.routes(to: p.recipient, calendarOnly: audience.emailOnly) {
                let address: String? =
                    switch route.needs {
                    case .person: nil
                    case .emailAddress: p.recipient.email
                    }
                let state = route.initialState
                notices.append([
                    SQLBind(OrderedID.next()), SQLBind(p.meetingId), SQLBind(p.id), SQLBind(person),
                    SQLBind(route.channel.rawValue), SQLBind(kind.rawValue), SQLBind(address), SQLBind(String?.none),
                    SQLBind(state.rawValue), SQLBind(0), SQLBind(String?.none), SQLBind(now),
                    SQLBind(state == .sent ? now : nil), SQLBind(Date?.none), SQLBind(now), SQLBind(p.object),
                    SQLBind(UUID?.none),
                ])
                if state == .queued { batch.queued += 1 }
                guard route.channel == .inApp, let person else { continue }
                if params[p.meetingId] == nil {
                    params[p.meetingId] = try await Self.params(of: p.meetingId, db)
                }
                inApp.append([
                    SQLBind(OrderedID.next()), SQLBind(person), SQLBind("meeting." + kind.rawValue),
                    SQLBind(UUID?.none), SQLBind(p.meetingId), SQLBind(params[p.meetingId] ?? "{}"), SQLBind(now),
                    SQLBind(Date?.none),
                ])
            }
        }
        if NoticeRouting.robotsPost(calendarOnly: audience.emailOnly) {
            let posted = try await Self.robotPostNotices(recipients, kind: kind, now: now, db)
            batch.queued += posted.count
            notices += posted
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
        "object_id", "post_id",
    ]

    /// The participant column a need is read from, in `queueInPostgres`'s recipient rows.
    static func column(_ need: NoticeRouting.Need) -> String {
        switch need {
        case .person: "person_id::text"
        case .emailAddress: "email"
        }
    }

    /// SQL: the recipient row has what a need asks for (as `Recipient.has`).
    static func presence(_ need: NoticeRouting.Need) -> String {
        switch need {
        case .person: "person_id IS NOT NULL"
        case .emailAddress: "email <> ''"
        }
    }

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
                   COALESCE(pe.email, p.guest_email) AS email, pe.department_id, m.type_id
            FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id LEFT JOIN people pe ON pe.id = p.person_id
            WHERE \(audience.filter)
            ORDER BY COALESCE('person:' || p.person_id::text, 'guest:' || lower(p.guest_email)), m.starts_at, m.id, p.added_at, p.id
            """
        let routes = NoticeRouting.routes(calendarOnly: audience.emailOnly)
        let queuedCounts = routes.filter { $0.initialState == .queued }.map { "COUNT(NULLIF(\(Self.column($0.needs)), ''))" }
        let counts = try await db.raw(
            """
            SELECT COUNT(*) AS n, \(unsafeRaw: queuedCounts.isEmpty ? "0" : queuedCounts.joined(separator: " + ")) AS q
            FROM (\(participants)) x
            """
        ).first()
        let kindText = kind.rawValue
        let object = audience.object
        // One SELECT per route of the rule, each taking the recipients that have what it needs.
        let selects = routes.map { route -> SQLQueryString in
            let address: SQLQueryString =
                switch route.needs {
                case .person: "NULL::text"
                case .emailAddress: "email"
                }
            let sentAt: SQLQueryString = route.initialState == .sent ? "\(bind: now)" : "NULL::timestamptz"
            return """
                SELECT gen_random_uuid(), meeting_id, id, person_id, \(bind: route.channel.rawValue), \(bind: kindText), \(address),
                       NULL::text, \(bind: route.initialState.rawValue), 0, NULL::text, \(bind: now), \(sentAt), NULL::timestamptz,
                       \(bind: now), COALESCE(\(bind: object)::uuid, object_id)
                FROM p WHERE \(unsafeRaw: Self.presence(route.needs))
                """
        }
        try await db.raw(
            """
            WITH p AS (\(participants))
            INSERT INTO notices (id, meeting_id, participant_id, person_id, channel, kind, address, format, state, attempts,
                                 last_error, next_attempt_at, sent_at, read_at, created_at, object_id)
            \(SQLList(selects, separator: SQLRaw(" UNION ALL ")))
            """
        ).run()
        let posted =
            NoticeRouting.robotsPost(calendarOnly: audience.emailOnly)
            ? try await queueRobotPostsInPostgres(participants, kind: kind, object: object, now: now, db) : 0
        let others = routes.contains { $0.channel == .inApp }
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
            queued: try (counts?.decode(column: "q", as: Int.self) ?? 0) + posted)
    }
}
