import Foundation
import HuiwuCore
import SQLKit

/// Group robot posts of a notice (R5.2, X2): one post per group chat a robot of the meeting's
/// participants posts to (`RobotRouting`), and for each participant it names a webhook notice
/// pointing at the post, so the delivery table still shows who has heard.
extension Notices {
    /// One participant of a notice being queued.
    struct QueuedParticipant {
        var id: UUID
        var meetingId: UUID
        /// The calendar object its e-mail keeps right.
        var object: UUID
        var typeId: UUID?
        var departmentId: UUID?
        var recipient: NoticeRouting.Recipient
    }

    /// Writes the robot posts of each meeting's recipients; returns the notice rows (in
    /// `noticeColumns` order) for the participants they name.
    static func robotPostNotices(
        _ recipients: [QueuedParticipant], kind: NoticeKind, now: Date, _ db: any SQLDatabase
    ) async throws -> [[any SQLExpression]] {
        let robots = try await db.raw("SELECT * FROM robots ORDER BY created_at, id").all().map(RobotRecord.init(row:))
        guard !robots.isEmpty else { return [] }
        var meetings: [UUID] = []
        for p in recipients where !meetings.contains(p.meetingId) { meetings.append(p.meetingId) }
        var notices: [[any SQLExpression]] = []
        for meetingId in meetings {
            let mine = recipients.filter { $0.meetingId == meetingId }
            let byId = Dictionary(mine.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let posts = RobotRouting.posts(
                mine.map { .init(id: $0.id, personId: $0.recipient.personId, departmentId: $0.departmentId) },
                meetingType: mine.first?.typeId, robots: robots.map(\.rule))
            for post in posts {
                guard let robot = robots.first(where: { $0.id == post.robotId }) else { continue }
                let postId = OrderedID.next()
                try await db.raw(
                    """
                    INSERT INTO robot_posts (id, robot_id, meeting_id, kind, state, attempts, last_error, next_attempt_at,
                                             sent_at, created_at)
                    VALUES (\(bind: postId), \(bind: robot.id), \(bind: meetingId), \(bind: kind.rawValue), 'queued', 0, NULL,
                            \(bind: now), NULL, \(bind: now))
                    """
                ).run()
                for p in post.participants.compactMap({ byId[$0] }) {
                    notices.append([
                        SQLBind(OrderedID.next()), SQLBind(meetingId), SQLBind(p.id), SQLBind(p.recipient.personId),
                        SQLBind(NoticeChannel.webhook.rawValue), SQLBind(kind.rawValue), SQLBind(robot.name),
                        SQLBind(robot.platform.rawValue), SQLBind(NoticeState.queued.rawValue), SQLBind(0),
                        SQLBind(String?.none), SQLBind(now), SQLBind(Date?.none), SQLBind(Date?.none), SQLBind(now),
                        SQLBind(p.object), SQLBind(postId),
                    ])
                }
            }
        }
        return notices
    }

    /// SQL: robot `r` concerns recipient row `p` (as `RobotRouting.concerns`).
    static func condition(_ scope: RobotRouting.Scope) -> String {
        switch scope {
        case .department: "r.scope_kind = 'department' AND r.scope_id = p.department_id"
        case .meetingType: "r.scope_kind = 'meeting_type' AND r.scope_id = p.type_id"
        case .person: "r.scope_kind = 'person' AND r.scope_id = p.person_id"
        }
    }

    /// SQL: the order of robots `r` of one chat in which the first is its poster (as
    /// `RobotRouting.poster`): signing robots first, then group robots, then the one set up first.
    static var posterOrder: String {
        let signing = RobotPlatform.allCases.filter(\.takesSecret).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return """
            (r.secret_sealed IS NOT NULL AND r.platform IN (\(signing))) DESC, \
            (r.scope_kind <> '\(RobotRouting.Scope.person.rawValue)') DESC, r.created_at, r.id
            """
    }

    /// The same posts written by PostgreSQL from the recipient rows (`participants`, the query
    /// `queueInPostgres` made): per meeting and group chat one post by the chat's poster (chosen
    /// among all the chat's robots, as on SQLite), and a webhook notice per participant it names.
    /// Returns how many notices it queued.
    static func queueRobotPostsInPostgres(
        _ participants: SQLQueryString, kind: NoticeKind, object: UUID?, now: Date, _ db: any SQLDatabase
    ) async throws -> Int {
        let concerns = RobotRouting.Scope.allCases.map { "(\(condition($0)))" }.joined(separator: " OR ")
        let rows = try await db.raw(
            """
            WITH p AS (\(participants)),
            cover AS (SELECT p.id AS participant_id, p.meeting_id, p.person_id, p.object_id, r.address_key
                      FROM p JOIN robots r ON \(unsafeRaw: concerns)),
            poster AS (
                SELECT DISTINCT ON (r.address_key) r.address_key, r.id AS robot_id FROM robots r
                WHERE r.address_key IN (SELECT address_key FROM cover)
                ORDER BY r.address_key, \(unsafeRaw: posterOrder)),
            chats AS MATERIALIZED (
                SELECT c.meeting_id, c.address_key, po.robot_id, gen_random_uuid() AS post_id
                FROM (SELECT DISTINCT meeting_id, address_key FROM cover) c JOIN poster po ON po.address_key = c.address_key),
            posts AS (
                INSERT INTO robot_posts (id, robot_id, meeting_id, kind, state, attempts, last_error, next_attempt_at, sent_at,
                                         created_at)
                SELECT post_id, robot_id, meeting_id, \(bind: kind.rawValue), 'queued', 0, NULL, \(bind: now), NULL, \(bind: now)
                FROM chats)
            INSERT INTO notices (id, meeting_id, participant_id, person_id, channel, kind, address, format, state, attempts,
                                 last_error, next_attempt_at, sent_at, read_at, created_at, object_id, post_id)
            SELECT DISTINCT ON (c.post_id, v.participant_id)
                   gen_random_uuid(), v.meeting_id, v.participant_id, v.person_id, 'webhook', \(bind: kind.rawValue), r.name,
                   r.platform, 'queued', 0, NULL::text, \(bind: now), NULL::timestamptz, NULL::timestamptz, \(bind: now),
                   COALESCE(\(bind: object)::uuid, v.object_id), c.post_id
            FROM cover v JOIN chats c ON c.meeting_id = v.meeting_id AND c.address_key = v.address_key
                 JOIN robots r ON r.id = c.robot_id
            RETURNING id
            """
        ).all()
        return rows.count
    }
}
