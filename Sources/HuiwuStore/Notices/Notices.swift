import Foundation
import HuiwuCore
import SQLKit

/// What a notice announces.
public enum NoticeKind: String, Sendable, Codable, CaseIterable {
    case invitation, update, cancellation, reminder
    /// The minutes, published to the participants (R5.8).
    case minutes
    /// The participant was taken off the meeting's list: the meeting leaves their calendar.
    case removal
    /// E-mail only: a series a split ended early, brought up to date in the calendars holding it.
    case calendar
}

public struct NoticeRecord: Sendable, Equatable {
    public var id: UUID
    public var meetingId: UUID
    public var participantId: UUID
    public var personId: UUID?
    public var channel: NoticeChannel
    public var kind: NoticeKind
    public var address: String?
    /// The robot's platform, for a notice a robot carries.
    public var format: RobotPlatform?
    public var state: NoticeState
    public var attempts: Int
    public var lastError: String?
    public var nextAttemptAt: Date
    public var sentAt: Date?
    public var readAt: Date?
    public var createdAt: Date
    /// The calendar object the e-mail keeps right; nil: the meeting's own (X2).
    public var objectId: UUID?
    /// The SEQUENCE its invitation carried, once written.
    public var calendarSequence: Int?
    /// The robot post that carries it (a webhook notice to a group robot): its state follows the post's.
    public var postId: UUID?

    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: UUID.self)
        meetingId = try row.decode(column: "meeting_id", as: UUID.self)
        participantId = try row.decode(column: "participant_id", as: UUID.self)
        personId = try row.decode(column: "person_id", as: UUID?.self)
        channel = try row.decode(enum: NoticeChannel.self, column: "channel")
        kind = try row.decode(enum: NoticeKind.self, column: "kind")
        address = try row.decode(column: "address", as: String?.self)
        format = try row.decode(column: "format", as: String?.self).flatMap(RobotPlatform.init(rawValue:))
        state = try row.decode(enum: NoticeState.self, column: "state")
        attempts = try row.decode(column: "attempts", as: Int.self)
        lastError = try row.decode(column: "last_error", as: String?.self)
        nextAttemptAt = try row.decode(column: "next_attempt_at", as: Date.self)
        sentAt = try row.decode(column: "sent_at", as: Date?.self)
        readAt = try row.decode(column: "read_at", as: Date?.self)
        createdAt = try row.decode(column: "created_at", as: Date.self)
        objectId = try row.decode(column: "object_id", as: UUID?.self)
        calendarSequence = try row.decode(column: "calendar_sequence", as: Int?.self)
        postId = try row.decode(column: "post_id", as: UUID?.self)
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
public struct Notices: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    /// Notifies every participant of the meeting (organiser or room office only).
    public func send(_ meetingId: UUID, kind: NoticeKind, by actor: Actor, now: Date) async throws -> NoticeBatch {
        try await store.write { db in
            let meeting = try await Meetings.changeable(meetingId, by: actor, db)
            // Announcing needs a meeting still ahead (the minutes are published separately).
            guard meeting.status == .scheduled, meeting.endsAt > now else { throw MeetingError.notChangeable }
            try await ParticipantResolver.refresh(meetingId, now: now, db)
            return try await Self.queue([meetingId], kind: kind, onlyNotified: false, now: now, db)
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
    /// (matched by person, or by address for guests); upkeep of another series' calendar does not.
    public func deliveries(of meetingId: UUID) async throws -> [Delivery] {
        let people = try await Meetings(store: store).participants(of: meetingId).filter { !$0.record.removed }
        let notices = try await store.reader.raw(
            """
            SELECT n.* FROM notices n WHERE n.kind <> 'calendar' AND (n.meeting_id = \(bind: meetingId)
               OR (n.kind IN ('invitation', 'update') AND n.meeting_id IN (SELECT s.id FROM meetings s JOIN meetings m
                   ON m.series_id = s.series_id WHERE m.id = \(bind: meetingId))))
            ORDER BY n.created_at DESC, n.id DESC
            """
        ).all().map(NoticeRecord.init(row:))
        return people.map { p in
            let mine = notices.filter { n in
                n.participantId == p.record.id
                    || (n.meetingId != meetingId
                        && (p.record.personId != nil
                            ? n.personId == p.record.personId
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
            try await db.raw(
                """
                UPDATE notifications SET read_at = \(bind: now)
                WHERE meeting_id = \(bind: meetingId) AND person_id = \(bind: person) AND read_at IS NULL
                """
            ).run()
        }
    }
}
