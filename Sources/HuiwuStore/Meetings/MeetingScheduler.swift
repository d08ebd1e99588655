import Foundation
import HuiwuCore
import SQLKit

/// A series as created: the stored series and its meetings.
public struct CreatedSeries: Sendable {
    public var series: SeriesRecord
    public var meetings: [MeetingRecord]
    /// Occurrences the organiser chose to skip.
    public var skipped: [LocalDateTime]
}

/// What an organiser asks for when calling a single meeting (R2.3: 必要时临时召开).
public struct MeetingDraft: Sendable, Equatable {
    public var typeId: UUID?
    public var title: String
    public var roomId: UUID?
    public var interval: Interval
    public var headcount: Int
    public var participants: [ParticipantSelector]

    public init(
        typeId: UUID?, title: String, roomId: UUID?, interval: Interval, headcount: Int,
        participants: [ParticipantSelector]
    ) {
        self.typeId = typeId
        self.title = title
        self.roomId = roomId
        self.interval = interval
        self.headcount = headcount
        self.participants = participants
    }
}

/// Creates meetings (R2.2, R2.3). Every meeting with a room holds it through a booking made by
/// the booking path's own checks in the same write transaction, so a series can never
/// double-book — and PostgreSQL's exclusion constraint backs that up across processes.
public struct MeetingScheduler: Sendable {
    public let store: Store
    public let time: OrgTime

    public init(store: Store, time: OrgTime) {
        self.store = store
        self.time = time
    }

    /// The organisation calendar a series consults.
    func calendar(for schedule: SeriesSchedule, _ db: any SQLDatabase) async throws -> (WorkCalendar, [CalendarPeriod]) {
        let entries = try await OrganisationCalendar.entries(
            from: schedule.start.date, through: schedule.through.adding(days: 14), db)
        var periods = schedule.periodKind == nil ? [] : try await OrganisationCalendar.periods(db).map(\.period)
        if let kind = schedule.periodKind, !periods.contains(where: { $0.kind == kind }) {
            // Quarters are the calendar's unless the organisation defines its own; semesters
            // and other periods must be defined (R2.2).
            guard kind == .quarter else { throw StoreError.invalid(field: "periodKind", code: "meeting.no_periods") }
            periods += (schedule.start.date.year...schedule.through.year).flatMap(CalendarPeriod.quarters(of:))
        }
        return (WorkCalendar(entries), periods)
    }

    /// The series' occurrences, checked against the rooms as they are now (read only): what the
    /// series editor shows before the organiser commits.
    public func preview(
        _ draft: SeriesDraft, resolutions: [LocalDateTime: OccurrenceResolution], by actor: Actor,
        now: Date
    ) async throws -> [PlannedOccurrence] {
        let reader = store.reader
        let plan = try await plan(
            draft, resolutions: resolutions, calendar: try await calendar(for: draft.schedule, reader),
            by: actor, now: now, reader)
        return try await OccurrencePlanner.withAlternatives(plan, headcount: draft.headcount, time: time, now: now, reader)
    }

    /// The draft's occurrences against the rooms, under the organisation calendar it was read with.
    func plan(
        _ draft: SeriesDraft, resolutions: [LocalDateTime: OccurrenceResolution],
        calendar: (WorkCalendar, [CalendarPeriod]), by actor: Actor, now: Date,
        _ db: any SQLDatabase
    ) async throws -> [PlannedOccurrence] {
        let (calendar, periods) = calendar
        let occurrences = draft.schedule.occurrences(calendar: calendar, periods: periods, zone: time)
        guard !occurrences.isEmpty else { throw MeetingError.noOccurrences }
        guard occurrences.count <= SeriesSchedule.maxOccurrences else {
            throw MeetingError.tooManyOccurrences(max: SeriesSchedule.maxOccurrences)
        }
        return try await OccurrencePlanner.plan(
            occurrences.map { ($0.key, $0.start, draft.roomId, resolutions[$0.key]) },
            durationMinutes: draft.schedule.durationMinutes, headcount: draft.headcount, by: actor, time: time, now: now, db)
    }

    /// Creates the series and every occurrence, all or nothing. Any occurrence still in conflict
    /// or breaking a rule (and not resolved) fails the whole request with the report.
    public func createSeries(
        _ draft: SeriesDraft, resolutions: [LocalDateTime: OccurrenceResolution], by actor: Actor,
        now: Date
    ) async throws -> CreatedSeries {
        guard AccessPolicy.allows(actor.role, .bookRoom) else { throw MeetingError.forbidden }
        do {
            return try await store.write { db in
                let calendar = try await self.calendar(for: draft.schedule, db)
                let plan = try await self.plan(draft, resolutions: resolutions, calendar: calendar, by: actor, now: now, db)
                guard plan.allSatisfy(\.isClear) else { throw MeetingError.unresolved(plan) }
                let hostRole = try await Self.hostRole(draft.typeId, db)
                var schedule = draft.schedule.settled(calendar: calendar.0, periods: calendar.1, zone: self.time)
                schedule.exdates.formUnion(plan.filter(\.isSkipped).map(\.key))
                let series = SeriesRecord(
                    id: OrderedID.next(), typeId: draft.typeId, title: draft.title, organiserId: actor.id, roomId: draft.roomId,
                    schedule: schedule, participants: draft.participants, headcount: draft.headcount, status: "active",
                    splitFromId: nil, version: 1, createdAt: now, updatedAt: now)
                try await Self.insert(series, db)
                let meetings = try await Self.placeMeetings(
                    plan.filter { !$0.isSkipped }, series: series.id, typeId: draft.typeId,
                    title: draft.title, headcount: draft.headcount, by: actor, now: now, db)
                let list = try await ParticipantResolver.resolve(draft.participants, organiser: actor.id, hostRole: hostRole, db)
                try await ParticipantResolver.snapshot(list, meetings: meetings.map(\.id), now: now, db)
                try await MeetingPreparation.prepare(meetings, typeId: draft.typeId, now: now, db)
                return CreatedSeries(series: series, meetings: meetings, skipped: plan.filter(\.isSkipped).map(\.key))
            }
        } catch {
            throw try await explain(error, draft: draft, resolutions: resolutions, by: actor, now: now)
        }
    }

    /// Calls one meeting outside any cadence (R2.3). A taken room is a booking conflict with
    /// the holders and the alternatives, as for any booking.
    public func createMeeting(_ draft: MeetingDraft, by actor: Actor, now: Date) async throws -> MeetingRecord {
        guard AccessPolicy.allows(actor.role, .bookRoom) else { throw MeetingError.forbidden }
        let time = self.time
        do {
            return try await store.write { db in
                let hostRole = try await Self.hostRole(draft.typeId, db)
                if draft.roomId == nil && draft.interval.start < now.addingTimeInterval(-60) {
                    throw BookingError.rules([.inPast])
                }
                if draft.interval.isEmpty { throw BookingError.rules([.startNotBeforeEnd]) }
                let meeting = try await Self.placeMeeting(
                    series: nil, typeId: draft.typeId, title: draft.title, roomId: draft.roomId, interval: draft.interval,
                    key: nil, overridden: false, headcount: draft.headcount, by: actor, time: time, now: now, db, strict: true)
                let list = try await ParticipantResolver.resolve(draft.participants, organiser: actor.id, hostRole: hostRole, db)
                try await ParticipantResolver.snapshot(list, meetings: [meeting.id], now: now, db)
                try await MeetingPreparation.prepare([meeting], typeId: draft.typeId, now: now, db)
                return meeting
            }
        } catch {
            guard let roomId = draft.roomId else { throw error }
            throw try await BookingLedger(store: store, time: time).explain(
                error, roomId: roomId, interval: draft.interval, headcount: draft.headcount, excluding: nil, now: now)
        }
    }

    /// Books and stores a checked plan's occurrences in a few multi-row statements (the plan was
    /// checked in this same transaction; PostgreSQL's exclusion constraint still guards the insert).
    static func placeMeetings(
        _ plan: [PlannedOccurrence], series: UUID, typeId: UUID?, title: String, headcount: Int,
        by actor: Actor, now: Date, _ db: any SQLDatabase
    ) async throws -> [MeetingRecord] {
        var rooms: [UUID: RoomRecord] = [:]
        for id in Set(plan.compactMap(\.roomId)) {
            guard let room = try await BookingLedger.room(id, db) else { throw BookingError.roomNotFound }
            rooms[id] = room
        }
        var bookings: [[any SQLExpression]] = [], events: [[any SQLExpression]] = [], meetings: [MeetingRecord] = []
        for p in plan {
            var bookingId: UUID?
            if let roomId = p.roomId, let room = rooms[roomId] {
                let draft = BookingDraft(
                    roomId: roomId, interval: p.interval, title: title, purpose: OccurrencePlanner.purpose,
                    headcount: headcount)
                let b = BookingLedger.newBooking(
                    id: OrderedID.next(), draft, room: room, by: actor, priorityReason: nil, now: now)
                bookings.append([
                    SQLBind(b.id), SQLBind(b.roomId), SQLBind(b.startsAt), SQLBind(b.endsAt), SQLBind(b.title),
                    SQLBind(b.purpose), SQLBind(b.headcount), SQLBind(b.bookerId), SQLBind(b.departmentId),
                    SQLBind(b.status), SQLBind(b.priority), SQLBind(b.decisionReason), SQLBind(b.decidedById),
                    SQLBind(b.decidedAt), SQLBind(b.displacedById), SQLBind(b.checkedInAt), SQLBind(b.checkedOutAt),
                    SQLBind(b.actualHeadcount), SQLBind(b.conditionNote), SQLBind(b.version), SQLBind(b.createdAt),
                    SQLBind(b.updatedAt),
                ])
                var detail = BookingLedger.describe(b)
                detail["meetingSeries"] = series.uuidString
                events.append([
                    SQLBind(OrderedID.next()), SQLBind(b.id), SQLBind(actor.id), SQLBind("created"),
                    SQLBind(JSONText.object(detail)), SQLBind(now),
                ])
                bookingId = b.id
            }
            meetings.append(
                MeetingRecord(
                    id: OrderedID.next(), seriesId: series, typeId: typeId, title: title, organiserId: actor.id, roomId: p.roomId,
                    bookingId: bookingId, startsAt: p.interval.start, endsAt: p.interval.end, headcount: headcount,
                    recurrenceKey: p.key,
                    status: .scheduled, overridden: p.resolution != nil, sequence: 0, version: 1, createdAt: now, updatedAt: now))
        }
        try await db.insertRows(into: "bookings", BookingLedger.insertColumns, bookings)
        try await db.insertRows(into: "booking_events", ["id", "booking_id", "actor_id", "action", "detail", "at"], events)
        try await db.insertRows(into: "meetings", MeetingRecord.insertColumns, meetings.map(\.insertValues))
        return meetings
    }

    /// Books the room (if any) and stores the meeting.
    static func placeMeeting(
        series: UUID?, typeId: UUID?, title: String, roomId: UUID?, interval: Interval,
        key: LocalDateTime?, overridden: Bool, headcount: Int, by actor: Actor, time: OrgTime,
        now: Date, _ db: any SQLDatabase, strict: Bool = false
    ) async throws -> MeetingRecord {
        var bookingId: UUID?
        if let roomId {
            bookingId = try await book(
                roomId, interval: interval, title: title, headcount: headcount, series: series,
                strict: strict, by: actor, time: time, now: now, db)
        }
        let meeting = MeetingRecord(
            id: OrderedID.next(), seriesId: series, typeId: typeId, title: title, organiserId: actor.id, roomId: roomId,
            bookingId: bookingId, startsAt: interval.start, endsAt: interval.end, headcount: headcount, recurrenceKey: key,
            status: .scheduled, overridden: overridden, sequence: 0, version: 1, createdAt: now, updatedAt: now)
        try await MeetingRecord.insert(meeting, db)
        return meeting
    }

    /// Books a meeting's room. With `strict`, the booking path's checks run here and throw (a
    /// single meeting, a re-roomed occurrence); a series has checked its whole plan in the same
    /// transaction already, and PostgreSQL's exclusion constraint still guards the insert.
    static func book(
        _ roomId: UUID, interval: Interval, title: String, headcount: Int, series: UUID?, strict: Bool,
        by actor: Actor, time: OrgTime, now: Date, _ db: any SQLDatabase
    ) async throws -> UUID {
        let draft = BookingDraft(
            roomId: roomId, interval: interval, title: title, purpose: OccurrencePlanner.purpose,
            headcount: headcount)
        let room: RoomRecord
        if strict {
            let (found, conflicts) = try await BookingLedger.checkSlot(draft, by: actor, time: time, now: now, db)
            if !conflicts.isEmpty { throw BookingError.conflict(conflicts, .none) }
            room = found
        } else {
            guard let found = try await BookingLedger.room(roomId, db) else { throw BookingError.roomNotFound }
            room = found
        }
        let booking = BookingLedger.newBooking(id: OrderedID.next(), draft, room: room, by: actor, priorityReason: nil, now: now)
        try await BookingLedger.insert(booking, db)
        var detail = BookingLedger.describe(booking)
        detail["meetingSeries"] = series?.uuidString
        try await Outbox.audit(db, booking: booking.id, actor: actor.id, action: "created", detail: detail, at: now)
        return booking.id
    }

    static func hostRole(_ typeId: UUID?, _ db: any SQLDatabase) async throws -> Role? {
        guard let typeId else { return nil }
        guard let row = try await db.raw("SELECT host_role FROM meeting_types WHERE id = \(bind: typeId)").first() else {
            throw StoreError.invalid(field: "typeId", code: "meeting.type_not_found")
        }
        return try row.decode(column: "host_role", as: String?.self).flatMap(Role.init(rawValue:))
    }

    static func insert(_ s: SeriesRecord, _ db: any SQLDatabase) async throws {
        try await db.raw(
            """
            INSERT INTO meeting_series (id, type_id, title, organiser_id, room_id, rule, starts_local, duration_minutes, through,
              holiday_policy, period_kind, per_period, rdates, exdates, participants, headcount, status, split_from_id, version,
              created_at, updated_at)
            VALUES (\(bind: s.id), \(bind: s.typeId), \(bind: s.title), \(bind: s.organiserId), \(bind: s.roomId),
              \(bind: s.schedule.rule.text), \(bind: s.schedule.start.description), \(bind: s.schedule.durationMinutes),
              \(bind: s.schedule.through.description), \(bind: s.schedule.holidayPolicy.rawValue),
              \(bind: s.schedule.periodKind?.rawValue), \(bind: s.schedule.perPeriod),
              \(bind: MeetingJSON.encode(s.schedule.rdates.map(\.description).sorted())),
              \(bind: MeetingJSON.encode(s.schedule.exdates.map(\.description).sorted())),
              \(bind: MeetingJSON.encode(s.participants)), \(bind: s.headcount), \(bind: s.status), \(bind: s.splitFromId),
              \(bind: s.version), \(bind: s.createdAt), \(bind: s.updatedAt))
            """
        ).run()
    }

    /// A race lost to another writer (PostgreSQL's exclusion constraint) becomes the report, and
    /// a report gains its alternatives — both read after the transaction.
    func explain(
        _ error: any Error, draft: SeriesDraft, resolutions: [LocalDateTime: OccurrenceResolution], by actor: Actor,
        now: Date
    ) async throws -> any Error {
        let reader = store.reader
        if case MeetingError.unresolved(let plan) = error {
            return MeetingError.unresolved(
                try await OccurrencePlanner.withAlternatives(
                    plan, headcount: draft.headcount, time: time, now: now, reader))
        }
        if store.dialect == .postgres, BookingLedger.isExclusionViolation(error) {
            return MeetingError.unresolved(try await preview(draft, resolutions: resolutions, by: actor, now: now))
        }
        return error
    }
}
