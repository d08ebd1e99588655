import Foundation
import HuiwuCore
import SQLKit

/// A meeting with the names a page shows.
public struct MeetingView: Sendable, Equatable {
    public var meeting: MeetingRecord
    public var roomName: String?
    public var organiserName: String
    public var bookingStatus: String?
}

/// A participant row with the person's name.
public struct ParticipantView: Sendable, Equatable {
    public var record: ParticipantRecord
    public var name: String
    public var email: String?
    public var departmentName: String?
}

/// Reads of meetings, series and participant lists.
public struct Meetings: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    static let viewColumns = """
        m.*, r.name AS room_name, o.display_name AS organiser_name, b.status AS booking_status
        FROM meetings m LEFT JOIN rooms r ON r.id = m.room_id JOIN people o ON o.id = m.organiser_id
        LEFT JOIN bookings b ON b.id = m.booking_id
        """

    static func view(_ row: any SQLRow) throws -> MeetingView {
        MeetingView(
            meeting: try MeetingRecord(row: row), roomName: try row.decode(column: "room_name", as: String?.self),
            organiserName: try row.decode(column: "organiser_name", as: String.self),
            bookingStatus: try row.decode(column: "booking_status", as: String?.self))
    }

    /// Meetings starting in `window` that `person` organises or takes part in (not removed);
    /// with `everyone`, all meetings (the room office's view).
    public func meetings(for person: UUID, in window: Interval, everyone: Bool = false) async throws -> [MeetingView] {
        var sql = Self.starting(in: window, for: person, everyone: everyone)
        sql.appendInterpolation(unsafeRaw: " ORDER BY m.starts_at, m.title, m.id")
        return try await store.reader.raw(sql).all().map(Self.view)
    }

    /// One page of the same meetings, in write order (neither skipped nor repeated when
    /// meetings are added or moved between page reads).
    public func meetings(
        for person: UUID, in window: Interval, everyone: Bool = false,
        _ request: PageRequest
    ) async throws -> Page<MeetingView> {
        var sql = Self.starting(in: window, for: person, everyone: everyone)
        Paging.append(request, seq: "m.seq", to: &sql)
        return try Paging.page(try await store.reader.raw(sql).all(), request, Self.view)
    }

    static func starting(in window: Interval, for person: UUID, everyone: Bool) -> SQLQueryString {
        let mine: SQLQueryString =
            everyone
            ? ""
            : """
             AND (m.organiser_id = \(bind: person) OR EXISTS (SELECT 1 FROM meeting_participants p
                 WHERE p.meeting_id = m.id AND p.person_id = \(bind: person) AND p.removed = \(bind: false)))
            """
        return """
            SELECT \(unsafeRaw: Self.viewColumns)
            WHERE m.starts_at >= \(bind: window.start) AND m.starts_at < \(bind: window.end)\(mine)
            """
    }

    /// The meetings held in one room starting in `window`, by start (a room's kiosk, R5.6).
    public func meetings(in window: Interval, room: UUID) async throws -> [MeetingView] {
        try await store.reader.raw(
            """
            SELECT \(unsafeRaw: Self.viewColumns)
            WHERE m.room_id = \(bind: room) AND m.starts_at >= \(bind: window.start) AND m.starts_at < \(bind: window.end)
            ORDER BY m.starts_at, m.id
            """
        ).all().map(Self.view)
    }

    public func meeting(_ id: UUID) async throws -> MeetingView? {
        try await store.reader.raw("SELECT \(unsafeRaw: Self.viewColumns) WHERE m.id = \(bind: id)").first().map(Self.view)
    }

    public func series(_ id: UUID) async throws -> SeriesRecord? {
        try await store.reader.raw("SELECT * FROM meeting_series WHERE id = \(bind: id)").first().map(SeriesRecord.init(row:))
    }

    /// A series' meetings, by start (a series split by an edit continues in its own row, whose
    /// `split_from_id` names this one).
    public func meetings(ofSeries id: UUID) async throws -> [MeetingView] {
        try await store.reader.raw(
            """
            SELECT \(unsafeRaw: Self.viewColumns) WHERE m.series_id = \(bind: id) ORDER BY m.starts_at
            """
        ).all().map(Self.view)
    }

    /// The participant list, organiser first, then by name; removed rows last.
    public func participants(of meeting: UUID, only participant: UUID? = nil) async throws -> [ParticipantView] {
        try await Self.participants(of: meeting, only: participant, store.reader)
    }

    static func participants(
        of meeting: UUID, only participant: UUID?, _ db: any SQLDatabase
    ) async throws
        -> [ParticipantView]
    {
        // One participant (a check-in's answer) without reading a large meeting's whole list.
        let one: SQLQueryString = participant.map { " AND p.id = \(bind: $0)" } ?? ""
        return try await db.raw(
            """
            SELECT p.*, pe.display_name, pe.email, d.name AS department_name FROM meeting_participants p
            LEFT JOIN people pe ON pe.id = p.person_id LEFT JOIN departments d ON d.id = pe.department_id
            WHERE p.meeting_id = \(bind: meeting)\(one)
            ORDER BY p.removed, CASE p.role WHEN 'organiser' THEN 0 WHEN 'host' THEN 1 ELSE 2 END, p.added_at, p.id
            """
        ).all().map(participantView)
    }

    /// A participant row joined with its person (`display_name`, `email`, `department_name`).
    static func participantView(_ row: any SQLRow) throws -> ParticipantView {
        let record = try ParticipantRecord(row: row)
        return ParticipantView(
            record: record,
            name: try row.decode(column: "display_name", as: String?.self) ?? record.guestName ?? "",
            email: try row.decode(column: "email", as: String?.self) ?? record.guestEmail,
            departmentName: try row.decode(column: "department_name", as: String?.self))
    }

    /// Whether the actor may see a series: its organiser, whoever reads all meetings (room office,
    /// admins), or whoever may see one of its meetings — a participant of any of them, not only
    /// of the first (X1).
    public func maySee(_ series: SeriesRecord, meetings: [MeetingView], actor: Actor) async throws -> Bool {
        if series.organiserId == actor.id || AccessPolicy.allows(actor.role, .readAllMeetings) { return true }
        guard let first = meetings.first else { return false }
        if try await maySee(first.meeting, actor: actor) { return true }
        let ids = SQLList(meetings.map { SQLBind($0.meeting.id) })
        return try await store.reader.raw(
            """
            SELECT 1 AS one FROM meeting_participants WHERE meeting_id IN (\(ids)) AND person_id = \(bind: actor.id)
              AND removed = \(bind: false)
            """
        ).first() != nil
    }

    /// Whether `person` may see the meeting and its content: its organiser, a participant, or
    /// whoever reads all meetings — or anyone, when the meeting's type opens its content to
    /// everyone. Seeing every booking on the grid (cleaning, the information centre) does not
    /// open a meeting's minutes (X1, R5.8).
    public func maySee(_ meeting: MeetingRecord, actor: Actor) async throws -> Bool {
        if meeting.organiserId == actor.id || AccessPolicy.allows(actor.role, .readAllMeetings) { return true }
        return try await store.reader.raw(
            """
            SELECT 1 AS one FROM meeting_participants WHERE meeting_id = \(bind: meeting.id) AND person_id = \(bind: actor.id)
              AND removed = \(bind: false)
            UNION ALL
            SELECT 1 AS one FROM meeting_types WHERE id = \(bind: meeting.typeId)
              AND content_access = \(bind: MeetingTemplate.ContentAccess.everyone.rawValue)
            """
        ).first() != nil
    }

    /// Adds participants to a meeting's list (people from groups as they are now, or guests); a
    /// previously removed person comes back. Returns how many rows were added or restored.
    public func addParticipants(
        _ selectors: [ParticipantSelector], to meetingId: UUID, by actor: Actor,
        now: Date
    ) async throws -> Int {
        try await store.write { db in
            let meeting = try await Self.changeable(meetingId, by: actor, db)
            let existing = try await db.raw("SELECT * FROM meeting_participants WHERE meeting_id = \(bind: meetingId)").all()
                .map(ParticipantRecord.init(row:))
            let hostRole = try await ParticipantResolver.hostRole(ofMeeting: meetingId, db)
            let resolved = try await ParticipantResolver.resolve(
                selectors, organiser: meeting.organiserId, hostRole: hostRole, db
            )
            .filter { $0.source != "organiser" }
            var fresh: [ResolvedParticipant] = []
            var restored: [UUID] = []
            for p in resolved {
                if let row = existing.first(where: {
                    ($0.personId != nil && $0.personId == p.personId)
                        || ($0.personId == nil && p.personId == nil && $0.guestEmail?.lowercased() == p.guestEmail?.lowercased())
                }) {
                    if row.removed {
                        try await db.raw("UPDATE meeting_participants SET removed = \(bind: false) WHERE id = \(bind: row.id)")
                            .run()
                        restored.append(row.id)
                    }
                } else {
                    fresh.append(p)
                }
            }
            let added = try await ParticipantResolver.snapshot(fresh, meetings: [meetingId], now: now, db) + restored
            // Newcomers to a meeting already announced are invited at once (R2.5, X2).
            try await Self.announce(to: added, of: meeting, kind: .invitation, now: now, db)
            return added.count
        }
    }

    /// Queues `kind` for some participants of a meeting that was notified (its series, for a
    /// series meeting); a meeting nobody has heard of yet is announced by its organiser.
    static func announce(
        to participants: [UUID], of meeting: MeetingRecord, kind: NoticeKind, now: Date,
        _ db: any SQLDatabase
    ) async throws {
        guard !participants.isEmpty, meeting.status == .scheduled, try await Notices.wasNotified(meeting.id, db) else { return }
        _ = try await Notices.queue(.init(meetings: [meeting.id], participants: participants), kind: kind, now: now, db)
    }

    /// Marks a participant removed (kept, so taking the list again does not re-add them). The
    /// organiser's own row cannot be removed.
    public func removeParticipant(_ participantId: UUID, from meetingId: UUID, by actor: Actor, now: Date) async throws {
        try await store.write { db in
            let meeting = try await Self.changeable(meetingId, by: actor, db)
            guard
                let row = try await db.raw(
                    """
                    SELECT * FROM meeting_participants WHERE id = \(bind: participantId) AND meeting_id = \(bind: meetingId)
                    """
                ).first().map(ParticipantRecord.init(row:))
            else { throw MeetingError.notFound }
            guard row.role != .organiser else { throw StoreError.invalid(field: "participant", code: "meeting.organiser_stays") }
            guard !row.removed else { return }
            try await db.raw("UPDATE meeting_participants SET removed = \(bind: true) WHERE id = \(bind: participantId)").run()
            // Someone told of the meeting is told they are off it, and it leaves their calendar.
            try await Self.announce(to: [participantId], of: meeting, kind: .removal, now: now, db)
        }
    }

    static func changeable(_ id: UUID, by actor: Actor, _ db: any SQLDatabase) async throws -> MeetingRecord {
        guard
            let meeting = try await db.raw("SELECT * FROM meetings WHERE id = \(bind: id)").first().map(MeetingRecord.init(row:))
        else { throw MeetingError.notFound }
        guard AccessPolicy.mayManageMeeting(role: actor.role, actorID: actor.id, organiserID: meeting.organiserId) else {
            throw MeetingError.forbidden
        }
        return meeting
    }
}
