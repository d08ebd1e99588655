import Foundation
import HuiwuCore
import SQLKit

/// A change to one meeting, or to it and the rest of its series (R2.2).
public struct MeetingChange: Sendable, Equatable {
    public var title: String?
    public var roomId: UUID?
    /// Scope `this`: the new local start.
    public var start: LocalDateTime?
    /// Scopes `following` and `all`: the new local start time, minutes after midnight.
    public var startMinute: Int?
    public var durationMinutes: Int?

    public init(
        title: String? = nil, roomId: UUID? = nil, start: LocalDateTime? = nil, startMinute: Int? = nil,
        durationMinutes: Int? = nil
    ) {
        self.title = title
        self.roomId = roomId
        self.start = start
        self.startMinute = startMinute
        self.durationMinutes = durationMinutes
    }
}

extension MeetingScheduler {
    /// A meeting with what is needed to change it, read in the write transaction.
    struct Loaded {
        var meeting: MeetingRecord
        var series: SeriesRecord?
        /// The meetings of its series the scope covers (just the meeting for `this`).
        var scope: [MeetingRecord]
    }

    func load(
        _ id: UUID, scope: EditScope, by actor: Actor, expectedVersion: Int?, now: Date,
        _ db: any SQLDatabase
    ) async throws -> Loaded {
        let meeting = try await Meetings.changeable(id, by: actor, db)
        if let expectedVersion, expectedVersion != meeting.version { throw StoreError.staleVersion(current: meeting.version) }
        guard meeting.status == .scheduled, meeting.endsAt > now else { throw MeetingError.notChangeable }
        guard let seriesId = meeting.seriesId, scope != .this else {
            return Loaded(meeting: meeting, series: nil, scope: [meeting])
        }
        guard
            let series = try await db.raw("SELECT * FROM meeting_series WHERE id = \(bind: seriesId)").first()
                .map(SeriesRecord.init(row:))
        else { throw MeetingError.notFound }
        let from = scope == .following ? meeting.startsAt : now
        // The series and its continuations after earlier "this and following" edits.
        var lines = [seriesId]
        var frontier = [seriesId]
        while !frontier.isEmpty && lines.count < 100 {
            let next = try await db.raw(
                """
                SELECT id FROM meeting_series WHERE split_from_id IN (\(SQLList(frontier.map { SQLBind($0) })))
                """
            ).all().map { try $0.decode(column: "id", as: UUID.self) }
            lines += next
            frontier = next
        }
        let rows = try await db.raw(
            """
            SELECT * FROM meetings WHERE series_id IN (\(SQLList(lines.map { SQLBind($0) }))) AND status = 'scheduled'
              AND ends_at > \(bind: now) AND starts_at >= \(bind: min(from, meeting.startsAt)) ORDER BY starts_at
            """
        ).all().map(MeetingRecord.init(row:))
        return Loaded(meeting: meeting, series: series, scope: rows)
    }

    /// Edits a meeting (`this`), or it and the later ones (`following`), or every one not yet
    /// over (`all`). Rooms move through the booking path's checks; any occurrence that would
    /// conflict fails the whole edit with the report. Changing `following` (or `all` after some
    /// occurrences were held) splits the series there, so the past keeps its old rule.
    public func edit(
        _ id: UUID, scope: EditScope, _ change: MeetingChange, by actor: Actor, expectedVersion: Int?,
        now: Date
    ) async throws -> [MeetingRecord] {
        let time = self.time
        do {
            return try await store.write { db in
                let loaded = try await self.load(id, scope: scope, by: actor, expectedVersion: expectedVersion, now: now, db)
                // A meeting keeps its own length unless the change gives one.
                let durations = loaded.scope.map { change.durationMinutes ?? Int($0.interval.duration / 60) }
                // Where each meeting goes.
                var wanted: [(key: LocalDateTime, start: LocalDateTime, roomId: UUID?, resolution: OccurrenceResolution?)] = []
                for m in loaded.scope {
                    let local = Self.local(m.startsAt, time)
                    var start = local
                    if scope == .this, let s = change.start { start = s }
                    if scope != .this, let minute = change.startMinute {
                        start = LocalDateTime(date: local.date, secondOfDay: minute * 60)
                    }
                    wanted.append((m.recurrenceKey ?? local, start, change.roomId ?? m.roomId, nil))
                }
                let mine = Set(loaded.scope.compactMap(\.bookingId))
                let plan = try await OccurrencePlanner.plan(
                    wanted, durationMinutes: durations.first ?? 60, durations: durations,
                    headcount: loaded.meeting.headcount, by: actor,
                    excluding: mine, time: time, now: now, db)
                // A meeting keeps its booking's headcount; rules are re-checked by the booking moves.
                guard plan.allSatisfy({ $0.conflicts.isEmpty && $0.clashesWith == nil }) else {
                    throw MeetingError.unresolved(plan.filter { !$0.conflicts.isEmpty || $0.clashesWith != nil })
                }
                var saved: [MeetingRecord] = []
                var series = loaded.series
                if scope != .this, var s = series {
                    let timeChanged = change.startMinute != nil || change.durationMinutes != nil
                    let firstKey = loaded.scope.first?.recurrenceKey ?? s.schedule.start
                    let heldBefore =
                        try await db.raw(
                            """
                            SELECT COUNT(*) AS n FROM meetings WHERE series_id = \(bind: s.id) AND starts_at < \(bind: loaded.scope.first?.startsAt ?? now)
                            """
                        ).first()!.decode(column: "n", as: Int.self) > 0
                    if heldBefore && (timeChanged || scope == .following) {
                        s = try await self.split(s, at: firstKey, change: change, by: actor, now: now, db)
                    } else {
                        s = try await self.reshape(s, change: change, now: now, db)
                    }
                    series = s
                }
                for (m, p) in zip(loaded.scope, plan) {
                    var next = m
                    next.title = change.title ?? m.title
                    next.roomId = p.roomId
                    next.startsAt = p.interval.start
                    next.endsAt = p.interval.end
                    next.sequence += 1
                    if scope == .this {
                        next.overridden = true
                    } else if let s = series {
                        next.seriesId = s.id
                        if let key = m.recurrenceKey, change.startMinute != nil {
                            next.recurrenceKey = LocalDateTime(date: key.date, secondOfDay: s.schedule.start.secondOfDay)
                        }
                    }
                    next.bookingId = try await Self.rebook(m, to: next, by: actor, time: time, now: now, db)
                    if next.startsAt != m.startsAt { try await Self.retime(m, to: next.startsAt, db) }
                    saved.append(try await MeetingRecord.save(next, was: m, now: now, db))
                }
                // After a split the old series ends earlier: its own object (same UID, new end)
                // is brought up to date too, for those whose meetings left it.
                try await Self.announce(loaded.scope, now: saved, kind: .update, now: now, db)
                return saved
            }
        } catch {
            if case MeetingError.unresolved(let plan) = error {
                throw MeetingError.unresolved(
                    try await OccurrencePlanner.withAlternatives(
                        plan, headcount: 1, time: time, now: now, store.reader))
            }
            // A race lost on PostgreSQL's exclusion constraint: a conflict like any other.
            if BookingLedger.isExclusionViolation(error) { throw BookingError.conflict([], .none) }
            throw error
        }
    }

    /// A meeting moved in time is reminded again before its new start, and its preparation
    /// items keep their distance from it (R5.3).
    static func retime(_ m: MeetingRecord, to start: Date, _ db: any SQLDatabase) async throws {
        try await db.raw("DELETE FROM meeting_reminders WHERE meeting_id = \(bind: m.id)").run()
        let shift = start.timeIntervalSince(m.startsAt)
        let items = try await db.raw(
            "SELECT id, due_at FROM checklist_items WHERE meeting_id = \(bind: m.id) AND done_at IS NULL"
        )
        .all().map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "due_at", as: Date.self)) }
        for (id, due) in items {
            try await db.raw(
                """
                UPDATE checklist_items SET due_at = \(bind: due.addingTimeInterval(shift)), reminded_at = NULL WHERE id = \(bind: id)
                """
            ).run()
        }
    }

    /// Moves a meeting's booking to its new slot (or books a room it did not have).
    static func rebook(
        _ old: MeetingRecord, to new: MeetingRecord, by actor: Actor, time: OrgTime, now: Date,
        _ db: any SQLDatabase
    ) async throws -> UUID? {
        guard let roomId = new.roomId else { return old.bookingId }
        if let bookingId = old.bookingId, let booking = try await BookingLedger.booking(bookingId, db),
            booking.statusValue.isActive
        {
            if booking.roomId == roomId && booking.interval == new.interval && booking.title == new.title { return bookingId }
            return try await BookingLedger.moved(
                booking, BookingChange(roomId: roomId, interval: new.interval, title: new.title),
                by: actor, time: time, now: now, db
            ).id
        }
        return try await book(
            roomId, interval: new.interval, title: new.title, headcount: new.headcount, series: new.seriesId,
            strict: true, by: actor, time: time, now: now, db)
    }

    /// The series changed in place (nothing held yet, or only title and room changed).
    func reshape(_ s: SeriesRecord, change: MeetingChange, now: Date, _ db: any SQLDatabase) async throws -> SeriesRecord {
        var next = s
        next.title = change.title ?? s.title
        next.roomId = change.roomId ?? s.roomId
        if let minute = change.startMinute {
            next.schedule.start = LocalDateTime(date: s.schedule.start.date, secondOfDay: minute * 60)
        }
        if let d = change.durationMinutes { next.schedule.durationMinutes = d }
        next.version += 1
        next.updatedAt = now
        try await Self.update(next, db)
        return next
    }

    /// Ends `s` before `key` and continues it as a new series from `key` with the change (RFC 5545
    /// "this and following": the old rule keeps the past, the new one the future).
    func split(
        _ s: SeriesRecord, at key: LocalDateTime, change: MeetingChange, by actor: Actor, now: Date,
        _ db: any SQLDatabase
    ) async throws -> SeriesRecord {
        let (calendar, periods) = try await calendar(for: s.schedule, db)
        let keys = s.schedule.occurrences(calendar: calendar, periods: periods, zone: time).map(\.key)
        let parts = s.schedule.split(
            at: key, lastKey: keys.last, startMinute: change.startMinute, durationMinutes: change.durationMinutes)
        var old = s
        old.schedule = parts.ended
        old.version += 1
        old.updatedAt = now
        try await Self.update(old, db)
        var next = s
        next.id = OrderedID.next()
        next.splitFromId = s.id
        next.title = change.title ?? s.title
        next.roomId = change.roomId ?? s.roomId
        next.schedule = parts.continued
        next.version = 1
        next.createdAt = now
        next.updatedAt = now
        try await Self.insert(next, db)
        return next
    }

    /// Writes a changed series (whose `version` the caller has bumped), guarded by the version it
    /// was read at: two changes at once never lose one another's exceptions.
    static func update(_ s: SeriesRecord, _ db: any SQLDatabase) async throws {
        let rows = try await db.raw(
            """
            UPDATE meeting_series SET title = \(bind: s.title), room_id = \(bind: s.roomId), rule = \(bind: s.schedule.rule.text),
              starts_local = \(bind: s.schedule.start.description), duration_minutes = \(bind: s.schedule.durationMinutes),
              through = \(bind: s.schedule.through.description),
              rdates = \(bind: MeetingJSON.encode(s.schedule.rdates.map(\.description).sorted())),
              exdates = \(bind: MeetingJSON.encode(s.schedule.exdates.map(\.description).sorted())),
              status = \(bind: s.status), version = \(bind: s.version), updated_at = \(bind: s.updatedAt)
            WHERE id = \(bind: s.id) AND version = \(bind: s.version - 1)
            RETURNING id
            """
        ).all()
        guard !rows.isEmpty else { throw StoreError.staleVersion(current: s.version) }
    }

    func seriesOf(_ m: MeetingRecord, _ db: any SQLDatabase) async throws -> SeriesRecord? {
        guard let id = m.seriesId else { return nil }
        return try await db.raw("SELECT * FROM meeting_series WHERE id = \(bind: id)").first().map(SeriesRecord.init(row:))
    }

    /// An instant as local wall-clock time in the organisation's zone (whole minutes).
    public static func local(_ instant: Date, _ time: OrgTime) -> LocalDateTime {
        LocalDateTime(date: time.date(of: instant), secondOfDay: time.minuteOfDay(instant) * 60)
    }
}
