import Foundation
import HuiwuCore
import SQLKit

/// A calendar subscription: a person's meetings, or everything held in a room.
public struct FeedRecord: Sendable, Equatable {
    public var id: UUID
    public var ownerId: UUID
    public var personId: UUID?
    public var roomId: UUID?
    public var createdAt: Date
    public var revokedAt: Date?
}

/// Calendar feeds (X2, R2.2): secret-token URLs serving iCalendar that calendar clients
/// subscribe to. Series are exported as RRULE with EXDATE and overridden occurrences.
public struct CalendarFeeds: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    /// How far back a feed reaches (meetings ahead are all included).
    public static let pastDays = 92

    /// A new feed for the actor's own meetings (`room` nil) or for a room; the token is shown once.
    public func create(room: UUID?, by actor: Actor, now: Date) async throws -> (FeedRecord, String) {
        let token = Sessions.randomToken()
        let feed = FeedRecord(
            id: OrderedID.next(), ownerId: actor.id, personId: room == nil ? actor.id : nil, roomId: room,
            createdAt: now, revokedAt: nil)
        try await store.write { db in
            if let room, try await db.raw("SELECT id FROM rooms WHERE id = \(bind: room)").first() == nil {
                throw StoreError.invalid(field: "roomId", code: "booking.room_not_found")
            }
            try await db.raw(
                """
                INSERT INTO calendar_feeds (id, token_digest, owner_id, person_id, room_id, created_at, revoked_at)
                VALUES (\(bind: feed.id), \(bind: Sessions.digest(token)), \(bind: feed.ownerId), \(bind: feed.personId),
                        \(bind: feed.roomId), \(bind: now), NULL)
                """
            ).run()
        }
        return (feed, token)
    }

    static func record(_ row: any SQLRow) throws -> FeedRecord {
        FeedRecord(
            id: try row.decode(column: "id", as: UUID.self), ownerId: try row.decode(column: "owner_id", as: UUID.self),
            personId: try row.decode(column: "person_id", as: UUID?.self),
            roomId: try row.decode(column: "room_id", as: UUID?.self),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            revokedAt: try row.decode(column: "revoked_at", as: Date?.self))
    }

    /// The owner's feeds, newest first.
    public func feeds(of owner: UUID) async throws -> [FeedRecord] {
        try await store.reader.raw(
            """
            SELECT * FROM calendar_feeds WHERE owner_id = \(bind: owner) ORDER BY created_at DESC, id
            """
        ).all().map(Self.record)
    }

    /// Revokes a feed of the owner's; false if there is none such (or it is someone else's).
    public func revoke(_ id: UUID, by actor: Actor, now: Date) async throws -> Bool {
        try await store.write { db in
            guard let row = try await db.raw("SELECT * FROM calendar_feeds WHERE id = \(bind: id)").first(),
                try Self.record(row).ownerId == actor.id
            else { return false }
            try await db.raw(
                """
                UPDATE calendar_feeds SET revoked_at = \(bind: now) WHERE id = \(bind: id) AND revoked_at IS NULL
                """
            ).run()
            return true
        }
    }

    /// The live feed a token opens, nil for unknown or revoked tokens.
    public func feed(token: String) async throws -> FeedRecord? {
        guard !token.isEmpty, token.count < 200 else { return nil }
        // A deactivated owner's feeds stop with them.
        return try await store.reader.raw(
            """
            SELECT f.* FROM calendar_feeds f JOIN people p ON p.id = f.owner_id
            WHERE f.token_digest = \(bind: Sessions.digest(token)) AND f.revoked_at IS NULL AND p.active = \(bind: true)
            """
        ).first().map(Self.record)
    }

    /// The feed's events: series as RRULE masters with their exceptions, single meetings, and
    /// (for a room) bookings that are not meetings.
    /// A room's feed shows titles only where its owner may see them (like the day grid); the
    /// rest read `hiddenTitle`.
    public func events(of feed: FeedRecord, time: OrgTime, now: Date, hiddenTitle: String = "—") async throws -> [ICalEvent] {
        let db = store.reader
        guard let ownerRow = try await db.raw("SELECT role, department_id FROM people WHERE id = \(bind: feed.ownerId)").first()
        else {
            return []
        }
        let ownerRole = try StoredValue.decode(
            Role.self, try ownerRow.decode(column: "role", as: String.self), column: "role",
            rowId: feed.ownerId.uuidString)
        let ownerDepartment = try ownerRow.decode(column: "department_id", as: UUID?.self)
        let seesAll = AccessPolicy.allows(ownerRole, .viewAllBookings)
        let since = now.addingTimeInterval(-Double(Self.pastDays) * 86_400)
        // Single meetings in full; of series meetings only which ones are in the feed (the series
        // are read whole below, so reading their meetings twice was half the feed's time).
        let which: SQLQueryString
        if let person = feed.personId {
            which = """
                m.ends_at > \(bind: since) AND m.status = 'scheduled'
                  AND (m.organiser_id = \(bind: person) OR EXISTS (SELECT 1 FROM meeting_participants p
                       WHERE p.meeting_id = m.id AND p.person_id = \(bind: person) AND p.removed = \(bind: false)))
                """
        } else {
            which = "m.ends_at > \(bind: since) AND m.status = 'scheduled' AND m.room_id = \(bind: feed.roomId ?? UUID())"
        }
        let singles = try await store.rows(
            MeetingRecord.columns, "FROM meetings m WHERE \(which) AND m.series_id IS NULL ORDER BY m.starts_at",
            MeetingRecord.init)
        let inSeries = try await store.rows(
            SelectList(["m.id", "m.series_id", "m.organiser_id"]),
            "FROM meetings m WHERE \(which) AND m.series_id IS NOT NULL"
        ) {
            (id: try $0.uuid(0), series: try $0.uuid(1), organiser: try $0.uuid(2))
        }
        let rooms = try await Rooms.names(db)
        func local(_ d: Date) -> LocalDateTime { MeetingScheduler.local(d, time) }
        let chosen = Set(singles.map(\.id)).union(inSeries.map(\.id))
        // In a room feed, the meetings whose titles the owner may see: their own and those they attend.
        var seen = Set<UUID>()
        if feed.roomId != nil && !seesAll {
            seen = Set(singles.filter { $0.organiserId == feed.ownerId }.map(\.id))
                .union(inSeries.filter { $0.organiser == feed.ownerId }.map(\.id))
            seen.formUnion(
                try await db.raw(
                    """
                    SELECT p.meeting_id FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id
                    WHERE p.person_id = \(bind: feed.ownerId) AND p.removed = \(bind: false) AND m.room_id = \(bind: feed.roomId ?? UUID())
                    """
                ).all().map { try $0.decode(column: "meeting_id", as: UUID.self) })
        }
        func title(_ m: MeetingRecord) -> String { feed.roomId == nil || seesAll || seen.contains(m.id) ? m.title : hiddenTitle }
        var events: [ICalEvent] = []
        for m in singles {
            var e = ICalEvent(
                uid: m.id.uuidString.lowercased() + "@huiwu", sequence: m.sequence, start: local(m.startsAt),
                end: local(m.endsAt), summary: title(m))
            e.location = m.roomId.flatMap { rooms[$0] }
            events.append(e)
        }
        let seriesIds = Array(Set(inSeries.map(\.series))).sorted { $0.uuidString < $1.uuidString }
        if !seriesIds.isEmpty {
            let list = SQLList(seriesIds.map { SQLBind($0) })
            let series = try await db.raw("SELECT * FROM meeting_series WHERE id IN (\(list))").all().map(SeriesRecord.init(row:))
            let all = Dictionary(
                grouping: try await store.rows(
                    MeetingRecord.columns,
                    """
                    FROM meetings m WHERE m.series_id IN (\(list)) ORDER BY m.starts_at
                    """, MeetingRecord.init)
            ) { $0.seriesId! }
            for s in series.sorted(by: { $0.schedule.start < $1.schedule.start }) {
                // A series' title is shown when any of its meetings in the feed may be.
                let visible = feed.roomId == nil || seesAll || (all[s.id] ?? []).contains { seen.contains($0.id) }
                let meetings = (all[s.id] ?? []).map { m in
                    ExportedMeeting(
                        key: m.recurrenceKey, start: local(m.startsAt), end: local(m.endsAt),
                        title: visible ? m.title : hiddenTitle,
                        location: m.roomId.flatMap { rooms[$0] }, sequence: m.sequence,
                        scheduled: m.status == .scheduled, included: chosen.contains(m.id))
                }
                events += SeriesExport.events(
                    uid: s.id.uuidString.lowercased() + "@huiwu", title: visible ? s.title : hiddenTitle,
                    location: s.roomId.flatMap { rooms[$0] }, schedule: s.schedule, version: s.version,
                    meetings: meetings, zone: time)
            }
        }
        if let room = feed.roomId {
            let bookings = try await db.raw(
                """
                SELECT b.* FROM bookings b WHERE b.room_id = \(bind: room) AND b.status IN ('pending', 'approved')
                  AND b.ends_at > \(bind: since) AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.booking_id = b.id)
                ORDER BY b.starts_at
                """
            ).all().map { try $0.decode(BookingRecord.self) }
            for b in bookings {
                let shown = AccessPolicy.maySeeBooking(
                    role: ownerRole, actorID: feed.ownerId, actorDepartment: ownerDepartment,
                    bookerID: b.bookerId, bookingDepartment: b.departmentId)
                var e = ICalEvent(
                    uid: b.id.uuidString.lowercased() + "@huiwu", sequence: b.version, start: local(b.startsAt),
                    end: local(b.endsAt), summary: shown ? b.title : hiddenTitle)
                e.location = rooms[room]
                events.append(e)
            }
        }
        return events
    }
}
