import Foundation
import HuiwuCore
import SQLKit

public struct MinutesRecord: Sendable, Equatable {
    public var body: String
    public var decisions: String
    public var publishedAt: Date?
    public var version: Int
    public var updatedAt: Date?
}

public enum ActionStatus: String, Sendable, Codable, CaseIterable {
    case open, done, cancelled
}

public struct ActionItem: Sendable, Equatable {
    public var id: UUID
    public var meetingId: UUID
    public var seriesId: UUID?
    public var title: String
    public var ownerId: UUID
    public var ownerName: String
    public var dueOn: CivilDate
    public var status: ActionStatus
    public var createdAt: Date
    public var closedAt: Date?
    public var version: Int
    /// When the meeting it came from was held.
    public var meetingStartsAt: Date
}

/// Minutes, decisions and action items (R5.8). Open action items of a series are followed up
/// at its next meetings; overdue ones are reminded to their owners.
public struct MeetingMinutes: Sendable {
    public let store: Store
    /// The organisation's clock: which rulebook was in force at a meeting (`presentByActing`).
    public let time: OrgTime
    public init(store: Store, time: OrgTime = .defaultZone) {
        self.store = store
        self.time = time
    }

    /// Whoever writes the record while the meeting runs is at it (R5.6, `MeetingActs`).
    func present(_ meetingId: UUID, _ actor: Actor, _ now: Date, _ db: any SQLDatabase) async throws {
        try await MeetingActs.acted(on: meetingId, by: actor.id, at: now, time: time, cache: store.inForce, db)
    }

    public func minutes(of meeting: UUID) async throws -> MinutesRecord {
        guard let row = try await store.reader.raw("SELECT * FROM minutes WHERE meeting_id = \(bind: meeting)").first() else {
            return MinutesRecord(body: "", decisions: "", publishedAt: nil, version: 0, updatedAt: nil)
        }
        return MinutesRecord(
            body: try row.decode(column: "body", as: String.self),
            decisions: try row.decode(column: "decisions", as: String.self),
            publishedAt: try row.decode(column: "published_at", as: Date?.self),
            version: try row.decode(column: "version", as: Int.self),
            updatedAt: try row.decode(column: "updated_at", as: Date?.self))
    }

    /// Saves the minutes (organiser or room office), guarded by the version the writer saw (0:
    /// none yet), so two secretaries never overwrite each other (X5).
    public func save(
        _ meetingId: UUID, body: String, decisions: String, expectedVersion: Int?, by actor: Actor,
        now: Date
    ) async throws -> MinutesRecord {
        try await store.write { db in
            try await present(meetingId, actor, now, db)
            _ = try await Meetings.changeable(meetingId, by: actor, db)
            let row = try await db.raw("SELECT version, published_at FROM minutes WHERE meeting_id = \(bind: meetingId)").first()
            let current = try row?.decode(column: "version", as: Int.self) ?? 0
            let published = try row?.decode(column: "published_at", as: Date?.self)
            if let expectedVersion, expectedVersion != current { throw StoreError.staleVersion(current: current) }
            if current == 0 {
                try await db.raw(
                    """
                    INSERT INTO minutes (meeting_id, body, decisions, published_at, version, updated_by_id, updated_at)
                    VALUES (\(bind: meetingId), \(bind: body), \(bind: decisions), NULL, 1, \(bind: actor.id), \(bind: now))
                    """
                ).run()
            } else {
                try await db.raw(
                    """
                    UPDATE minutes SET body = \(bind: body), decisions = \(bind: decisions), version = version + 1,
                      updated_by_id = \(bind: actor.id), updated_at = \(bind: now)
                    WHERE meeting_id = \(bind: meetingId)
                    """
                ).run()
            }
            return MinutesRecord(body: body, decisions: decisions, publishedAt: published, version: current + 1, updatedAt: now)
        }
    }

    /// Publishes the minutes to the participants (in-app and e-mail through the outbox).
    public func publish(_ meetingId: UUID, by actor: Actor, now: Date) async throws -> NoticeBatch {
        try await store.write { db in
            try await present(meetingId, actor, now, db)
            _ = try await Meetings.changeable(meetingId, by: actor, db)
            guard try await db.raw("SELECT meeting_id FROM minutes WHERE meeting_id = \(bind: meetingId)").first() != nil else {
                throw StoreError.invalid(field: "minutes", code: "minutes.empty")
            }
            try await db.raw("UPDATE minutes SET published_at = \(bind: now) WHERE meeting_id = \(bind: meetingId)").run()
            return try await Notices.queue([meetingId], kind: .minutes, onlyNotified: false, now: now, db)
        }
    }

    static let actionColumns = """
        a.*, p.display_name AS owner_name, m.starts_at AS meeting_starts_at
        FROM action_items a JOIN people p ON p.id = a.owner_id JOIN meetings m ON m.id = a.meeting_id
        """

    static func action(_ row: any SQLRow) throws -> ActionItem {
        ActionItem(
            id: try row.decode(column: "id", as: UUID.self), meetingId: try row.decode(column: "meeting_id", as: UUID.self),
            seriesId: try row.decode(column: "series_id", as: UUID?.self),
            title: try row.decode(column: "title", as: String.self),
            ownerId: try row.decode(column: "owner_id", as: UUID.self),
            ownerName: try row.decode(column: "owner_name", as: String.self),
            dueOn: CivilDate(try row.decode(column: "due_on", as: String.self)) ?? CivilDate(year: 2000, month: 1, day: 1)!,
            status: try row.decode(enum: ActionStatus.self, column: "status"),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            closedAt: try row.decode(column: "closed_at", as: Date?.self),
            version: try row.decode(column: "version", as: Int.self),
            meetingStartsAt: try row.decode(column: "meeting_starts_at", as: Date.self))
    }

    /// The action items decided at this meeting.
    public func actions(of meeting: UUID) async throws -> [ActionItem] {
        try await store.reader.raw(
            """
            SELECT \(unsafeRaw: Self.actionColumns) WHERE a.meeting_id = \(bind: meeting) ORDER BY a.created_at, a.id
            """
        ).all().map(Self.action)
    }

    /// Open action items from this series' earlier meetings: the follow-up part of this meeting's
    /// agenda (R5.8). A series split by an edit counts as one series.
    public func carriedOver(to meeting: MeetingRecord) async throws -> [ActionItem] {
        guard let series = meeting.seriesId else { return [] }
        var ids = [series]
        var cursor = try await Meetings(store: store).series(series)?.splitFromId
        while let id = cursor, ids.count < 50 {
            ids.append(id)
            cursor = try await Meetings(store: store).series(id)?.splitFromId
        }
        let list = SQLList(ids.map { SQLBind($0) })
        return try await store.reader.raw(
            """
            SELECT \(unsafeRaw: Self.actionColumns) WHERE a.series_id IN (\(list)) AND a.status = 'open'
              AND m.starts_at < (SELECT starts_at FROM meetings WHERE id = \(bind: meeting.id)) ORDER BY a.due_on, a.created_at
            """
        ).all().map(Self.action)
    }

    /// Records an action item at a meeting (organiser or room office).
    public func addAction(
        _ meetingId: UUID, title: String, owner: UUID, dueOn: CivilDate, by actor: Actor,
        now: Date
    ) async throws -> UUID {
        let id = OrderedID.next()
        try await store.write { db in
            try await present(meetingId, actor, now, db)
            let meeting = try await Meetings.changeable(meetingId, by: actor, db)
            if try await db.raw("SELECT id FROM people WHERE id = \(bind: owner) AND active = \(bind: true)").first() == nil {
                throw StoreError.invalid(field: "ownerId", code: "meeting.person_not_found")
            }
            try await db.raw(
                """
                INSERT INTO action_items (id, meeting_id, series_id, title, owner_id, due_on, status, created_at, closed_at,
                  reminded_on, version)
                VALUES (\(bind: id), \(bind: meetingId), \(bind: meeting.seriesId), \(bind: title), \(bind: owner),
                        \(bind: dueOn.description), 'open', \(bind: now), NULL, NULL, 1)
                """
            ).run()
        }
        return id
    }

    /// Who may change an action item's status: its owner, the organiser or the room office;
    /// who may not see the meeting is not told it exists. Asked before the body is read
    /// (X1: permission before validation) and again in the write.
    public func requireMayChangeStatus(of actionId: UUID, by actor: Actor) async throws {
        _ = try await checkedAction(actionId, by: actor, store.reader)
    }

    func checkedAction(_ actionId: UUID, by actor: Actor, _ db: any SQLDatabase) async throws -> ActionItem {
        guard let row = try await db.raw("SELECT \(unsafeRaw: Self.actionColumns) WHERE a.id = \(bind: actionId)").first()
        else {
            throw MeetingError.notFound
        }
        let item = try Self.action(row)
        let organiser = try await db.raw("SELECT organiser_id FROM meetings WHERE id = \(bind: item.meetingId)").first()!
            .decode(column: "organiser_id", as: UUID.self)
        guard
            actor.id == item.ownerId
                || AccessPolicy.mayManageMeeting(role: actor.role, actorID: actor.id, organiserID: organiser)
        else {
            // Who may not see the meeting is not told its action items exist (X1).
            let book = Meetings(store: store)
            if let meeting = try await book.meeting(item.meetingId), try await book.maySee(meeting.meeting, actor: actor) {
                throw MeetingError.forbidden
            }
            throw MeetingError.notFound
        }
        return item
    }

    /// Closes or reopens an action item: its owner, the meeting's organiser, or the room office.
    public func setStatus(
        _ actionId: UUID, _ status: ActionStatus, by actor: Actor, expectedVersion: Int?,
        now: Date
    ) async throws -> ActionItem {
        try await store.write { db in
            let item = try await checkedAction(actionId, by: actor, db)
            try await present(item.meetingId, actor, now, db)
            if let expectedVersion, expectedVersion != item.version { throw StoreError.staleVersion(current: item.version) }
            try await db.raw(
                """
                UPDATE action_items SET status = \(bind: status.rawValue), closed_at = \(bind: status == .open ? nil : now),
                  version = version + 1 WHERE id = \(bind: actionId)
                """
            ).run()
            var next = item
            next.status = status
            next.closedAt = status == .open ? nil : now
            next.version += 1
            return next
        }
    }

    /// In-app reminders to owners of open items past their due date, at most once a day.
    public func remindOverdue(today: CivilDate, now: Date) async throws -> Int {
        let dueSQL: SQLQueryString = """
            WHERE a.status = 'open' AND a.due_on < \(bind: today.description)
              AND (a.reminded_on IS NULL OR a.reminded_on < \(bind: today.description))
            """
        // Checked on the reader first: this runs every second and is almost always empty.
        guard try await store.reader.raw("SELECT 1 AS one FROM action_items a \(dueSQL)").first() != nil else { return 0 }
        return try await store.write { db in
            var reminded = 0
            for item in try await db.raw("SELECT \(unsafeRaw: Self.actionColumns) \(dueSQL)").all().map(Self.action) {
                // Conditional, so two servers on one database never remind twice the same day.
                guard
                    !(try await db.raw(
                        """
                        UPDATE action_items SET reminded_on = \(bind: today.description)
                        WHERE id = \(bind: item.id) AND (reminded_on IS NULL OR reminded_on < \(bind: today.description)) RETURNING id
                        """
                    ).all()).isEmpty
                else { continue }
                reminded += 1
                let params = NotificationParams(title: item.title, reason: item.dueOn.description).json
                try await db.raw(
                    """
                    INSERT INTO notifications (id, person_id, kind, booking_id, meeting_id, params, created_at, read_at)
                    VALUES (\(bind: OrderedID.next()), \(bind: item.ownerId), 'action.overdue', NULL, \(bind: item.meetingId),
                            \(bind: params), \(bind: now), NULL)
                    """
                ).run()
            }
            return reminded
        }
    }
}
