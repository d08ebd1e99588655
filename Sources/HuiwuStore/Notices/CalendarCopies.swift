import Foundation
import HuiwuCore
import SQLKit

/// The organiser's side of RFC 5546 (X2): for each recipient and each calendar object
/// (a series, or a single meeting — its UID), the copy they hold as the last invitation sent
/// them described it. An e-mail notice's calendar part is worked out when it is delivered, from
/// that copy and what the recipient should hold now (only their own live meetings of the
/// object), so whatever happened in between — invitations, removals, moves, splits,
/// cancellations, in any order — the recipient's calendar ends up exactly right: the same UID,
/// a SEQUENCE that rises with every change of what was sent, RECURRENCE-ID for one instance.
public struct CalendarCopies: Sendable {
    public let store: Store
    public let time: OrgTime

    public init(store: Store, time: OrgTime) {
        self.store = store
        self.time = time
    }

    /// `person:<id>` or `guest:<e-mail>`: a recipient across the meetings and objects they are on.
    static func recipient(person: UUID?, email: String?) -> String {
        NoticeRouting.Recipient.key(person: person, email: email)
    }

    /// The iTIP message for an e-mail notice (nil: nothing to say to the recipient's calendar),
    /// with the copy it leaves them recorded in the same transaction and the SEQUENCE it carries
    /// noted on the notice. Run when the notice is delivered (again on a redelivery: the same
    /// object is the same message).
    public func message(for notice: NoticeRecord, now: Date) async throws -> ITIPMessage? {
        let time = self.time
        return try await store.write { db in
            guard
                let participant = try await db.raw(
                    """
                    SELECT person_id, guest_email FROM meeting_participants WHERE id = \(bind: notice.participantId)
                    """
                ).first(),
                let meeting = try await db.raw("SELECT * FROM meetings WHERE id = \(bind: notice.meetingId)").first()
                    .map(MeetingRecord.init(row:))
            else { return nil }
            let person = try participant.decode(column: "person_id", as: UUID?.self)
            let guest = try participant.decode(column: "guest_email", as: String?.self)
            // Notices name their object when queued (those from before that, by their meeting).
            let object = notice.objectId ?? meeting.seriesId ?? meeting.id
            let recipient = Self.recipient(person: person, email: guest)
            let (truth, firstSequence) = try await Self.truth(of: object, person: person, guest: guest, time: time, db)
            // Two deliveries to one recipient at once: the copy is written under its revision,
            // and the loser works the message out again from the winner's copy.
            for _ in 0..<8 {
                let row = try await db.raw(
                    """
                    SELECT sequence, events, held, confirmed, revision FROM calendar_copies
                    WHERE object_id = \(bind: object) AND recipient = \(bind: recipient)
                    """
                ).first()
                let copy = try row.map { r in
                    CalendarCopy(
                        sequence: try r.decode(column: "sequence", as: Int.self),
                        events: try JSONDecoder().decode(
                            [ICalEvent].self, from: Data(try r.decode(column: "events", as: String.self).utf8)),
                        held: try r.decode(column: "held", as: Bool.self),
                        confirmed: try r.decode(column: "confirmed", as: Bool.self))
                }
                let revision = try row?.decode(column: "revision", as: Int.self)
                let (message, next) = ITIPOrganizer.next(copy: copy, truth: truth, firstSequence: firstSequence)
                if let next, next != copy {
                    let events = String(decoding: try Self.encoder.encode(next.events), as: UTF8.self)
                    let written: [any SQLRow]
                    if let revision {
                        written = try await db.raw(
                            """
                            UPDATE calendar_copies SET sequence = \(bind: next.sequence), events = \(bind: events),
                              held = \(bind: next.held), confirmed = \(bind: next.confirmed), revision = \(bind: revision + 1),
                              updated_at = \(bind: now)
                            WHERE object_id = \(bind: object) AND recipient = \(bind: recipient) AND revision = \(bind: revision)
                            RETURNING revision
                            """
                        ).all()
                    } else {
                        written = try await db.raw(
                            """
                            INSERT INTO calendar_copies (object_id, recipient, sequence, events, held, confirmed, revision, updated_at)
                            VALUES (\(bind: object), \(bind: recipient), \(bind: next.sequence), \(bind: events), \(bind: next.held),
                                    \(bind: next.confirmed), \(bind: 1), \(bind: now))
                            ON CONFLICT DO NOTHING RETURNING revision
                            """
                        ).all()
                    }
                    if written.isEmpty { continue }
                }
                try await db.raw(
                    """
                    UPDATE notices SET object_id = COALESCE(object_id, \(bind: object)), calendar_sequence = \(bind: message?.sequence)
                    WHERE id = \(bind: notice.id)
                    """
                ).run()
                return message
            }
            throw StoreError.staleVersion(current: 0)
        }
    }

    /// The notice was delivered: the copy it carried is the one the recipient holds, unless a
    /// later message has been worked out since (that one confirms itself).
    static func confirm(_ notice: NoticeRecord, _ db: any SQLDatabase) async throws {
        guard notice.channel == .email else { return }
        let recipient = recipient(person: notice.personId, email: notice.address)
        try await db.raw(
            """
            UPDATE calendar_copies SET confirmed = \(bind: true)
            WHERE recipient = \(bind: recipient)
              AND object_id = (SELECT n.object_id FROM notices n WHERE n.id = \(bind: notice.id))
              AND sequence = (SELECT n.calendar_sequence FROM notices n WHERE n.id = \(bind: notice.id))
            """
        ).run()
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }()

    /// What the recipient should hold of the object now: their own live meetings of the series
    /// (or the single meeting), written as the feeds write them; and the SEQUENCE a first
    /// message starts from — above any an earlier version of Huiwu sent for it.
    static func truth(
        of object: UUID, person: UUID?, guest: String?, time: OrgTime,
        _ db: any SQLDatabase
    ) async throws -> (events: [ICalEvent], firstSequence: Int) {
        let who: SQLQueryString =
            person.map { "p.person_id = \(bind: $0)" }
            ?? "p.person_id IS NULL AND lower(p.guest_email) = \(bind: (guest ?? "").lowercased())"
        let uid = object.uuidString.lowercased() + "@huiwu"
        func local(_ d: Date) -> LocalDateTime { MeetingScheduler.local(d, time) }
        if let series = try await db.raw("SELECT * FROM meeting_series WHERE id = \(bind: object)").first().map(
            SeriesRecord.init(row:))
        {
            let meetings = try await db.raw("SELECT * FROM meetings WHERE series_id = \(bind: object) ORDER BY starts_at").all()
                .map(MeetingRecord.init(row:))
            let mine = Set(
                try await db.raw(
                    """
                    SELECT p.meeting_id FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id
                    WHERE m.series_id = \(bind: object) AND p.removed = \(bind: false) AND \(who)
                    """
                ).all().map { try $0.decode(column: "meeting_id", as: UUID.self) })
            let rooms = try await Rooms.names(db)
            let exported = meetings.map { m in
                ExportedMeeting(
                    key: m.recurrenceKey, start: local(m.startsAt), end: local(m.endsAt), title: m.title,
                    location: m.roomId.flatMap { rooms[$0] }, sequence: 0, scheduled: m.status == .scheduled,
                    included: mine.contains(m.id))
            }
            let events = SeriesExport.events(
                uid: uid, title: series.title, location: series.roomId.flatMap { rooms[$0] },
                schedule: series.schedule, version: 0, meetings: exported, zone: time)
            return (events, series.version + (meetings.map(\.sequence).max() ?? 0))
        }
        guard let m = try await db.raw("SELECT * FROM meetings WHERE id = \(bind: object)").first().map(MeetingRecord.init(row:))
        else { return ([], 0) }
        let takesPart =
            try await db.raw(
                """
                SELECT 1 AS one FROM meeting_participants p WHERE p.meeting_id = \(bind: object) AND p.removed = \(bind: false) AND \(who)
                """
            ).first() != nil
        guard m.status == .scheduled && takesPart else { return ([], m.sequence) }
        var e = ICalEvent(uid: uid, sequence: 0, start: local(m.startsAt), end: local(m.endsAt), summary: m.title)
        if let room = m.roomId { e.location = try await Rooms.names(db)[room] }
        return ([e], m.sequence)
    }
}
