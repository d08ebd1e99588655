import Foundation
import HuiwuCore
import SQLKit

public struct AgendaItem: Sendable, Equatable {
    public var id: UUID
    public var position: Int
    public var title: String
    public var minutes: Int
    public var presenterId: UUID?
    public var presenterName: String?

    public init(
        id: UUID = OrderedID.next(), position: Int, title: String, minutes: Int, presenterId: UUID?,
        presenterName: String? = nil
    ) {
        self.id = id
        self.position = position
        self.title = title
        self.minutes = minutes
        self.presenterId = presenterId
        self.presenterName = presenterName
    }
}

public struct Reporter: Sendable, Equatable {
    public var personId: UUID
    public var name: String
    public var departmentName: String?
}

public struct ChecklistItem: Sendable, Equatable {
    public var id: UUID
    public var position: Int
    public var category: ChecklistCategory
    /// The person's words; empty when `titleCode` names the catalog entry to show instead.
    public var title: String
    /// A standard item's title as a catalog key (`PreparationChecklist`), shown in the reader's language.
    public var titleCode: String?
    public var dueAt: Date
    public var assigneeId: UUID?
    public var assigneeName: String?
    public var doneAt: Date?
    public var doneByName: String?
}

/// The agenda, speaking order and checklist of a meeting (R5.3, R5.4).
public struct MeetingPreparation: Sendable {
    public let store: Store
    /// The organisation's clock: which rulebook was in force at a meeting (`presentByActing`).
    public let time: OrgTime
    public init(store: Store, time: OrgTime = .defaultZone) {
        self.store = store
        self.time = time
    }

    // MARK: agenda and speaking order

    public func agenda(of meeting: UUID) async throws -> [AgendaItem] {
        try await store.reader.raw(
            """
            SELECT a.*, p.display_name FROM agenda_items a LEFT JOIN people p ON p.id = a.presenter_id
            WHERE a.meeting_id = \(bind: meeting) ORDER BY a.position
            """
        ).all().map { row in
            AgendaItem(
                id: try row.decode(column: "id", as: UUID.self), position: try row.decode(column: "position", as: Int.self),
                title: try row.decode(column: "title", as: String.self),
                minutes: try row.decode(column: "minutes", as: Int.self),
                presenterId: try row.decode(column: "presenter_id", as: UUID?.self),
                presenterName: try row.decode(column: "display_name", as: String?.self))
        }
    }

    public func reporters(of meeting: UUID) async throws -> [Reporter] {
        try await store.reader.raw(
            """
            SELECT r.person_id, p.display_name, d.name AS department_name FROM meeting_reporters r
            JOIN people p ON p.id = r.person_id LEFT JOIN departments d ON d.id = p.department_id
            WHERE r.meeting_id = \(bind: meeting) ORDER BY r.position
            """
        ).all().map { row in
            Reporter(
                personId: try row.decode(column: "person_id", as: UUID.self),
                name: try row.decode(column: "display_name", as: String.self),
                departmentName: try row.decode(column: "department_name", as: String?.self))
        }
    }

    /// Replaces the agenda and the speaking order (organiser or room office).
    public func setAgenda(_ items: [AgendaItem], reporters: [UUID], of meetingId: UUID, by actor: Actor) async throws {
        try await store.write { db in
            _ = try await Meetings.changeable(meetingId, by: actor, db)
            for person in Set(items.compactMap(\.presenterId)).union(reporters) {
                if try await db.raw("SELECT id FROM people WHERE id = \(bind: person)").first() == nil {
                    throw StoreError.invalid(field: "reporters", code: "meeting.person_not_found")
                }
            }
            try await db.raw("DELETE FROM agenda_items WHERE meeting_id = \(bind: meetingId)").run()
            try await db.raw("DELETE FROM meeting_reporters WHERE meeting_id = \(bind: meetingId)").run()
            try await Self.insertAgenda(
                items.enumerated().map { i, item in
                    var copy = item
                    copy.position = i + 1
                    return copy
                }, meetings: [meetingId], db)
            for (i, person) in reporters.enumerated() {
                try await db.raw(
                    """
                    INSERT INTO meeting_reporters (meeting_id, position, person_id) VALUES (\(bind: meetingId), \(bind: i + 1), \(bind: person))
                    """
                ).run()
            }
        }
    }

    static func insertAgenda(_ items: [AgendaItem], meetings: [UUID], _ db: any SQLDatabase) async throws {
        var rows: [[any SQLExpression]] = []
        for meeting in meetings {
            for item in items {
                rows.append([
                    SQLBind(OrderedID.next()), SQLBind(meeting), SQLBind(item.position), SQLBind(item.title),
                    SQLBind(item.minutes), SQLBind(item.presenterId),
                ])
            }
        }
        try await db.insertRows(
            into: "agenda_items", ["id", "meeting_id", "position", "title", "minutes", "presenter_id"], rows)
    }

    /// What every new meeting starts with (R5.3, R5.4): the type's standing agenda, the
    /// speaking order (department heads) where the type has one, and the preparation checklist.
    static func prepare(_ meetings: [MeetingRecord], typeId: UUID?, now: Date, _ db: any SQLDatabase) async throws {
        guard !meetings.isEmpty else { return }
        if let typeId, let row = try await db.raw("SELECT * FROM meeting_types WHERE id = \(bind: typeId)").first() {
            let type = try MeetingType(row: row)
            let items = type.template.agenda.enumerated().map { i, a in
                AgendaItem(position: i + 1, title: a.title.zhHans, minutes: a.minutes, presenterId: nil)
            }
            try await insertAgenda(items, meetings: meetings.map(\.id), db)
            if type.template.reportersInOrder {
                let heads = try await db.raw(
                    """
                    SELECT p.id FROM people p LEFT JOIN departments d ON d.id = p.department_id
                    WHERE p.role = 'department_head' AND p.active = \(bind: true) ORDER BY d.name, p.display_name
                    """
                ).all().map { try $0.decode(column: "id", as: UUID.self) }
                var rows: [[any SQLExpression]] = []
                for m in meetings {
                    for (i, person) in heads.enumerated() { rows.append([SQLBind(m.id), SQLBind(i + 1), SQLBind(person)]) }
                }
                try await db.insertRows(into: "meeting_reporters", ["meeting_id", "position", "person_id"], rows)
            }
        }
        var rows: [[any SQLExpression]] = []
        for m in meetings {
            for (i, d) in PreparationChecklist.items(startingAt: m.startsAt).enumerated() {
                rows.append([
                    SQLBind(OrderedID.next()), SQLBind(m.id), SQLBind(i + 1), SQLBind(d.item.category.rawValue), SQLBind(""),
                    SQLBind(d.item.titleCode), SQLBind(d.dueAt), SQLBind(m.organiserId),
                ])
            }
        }
        try await db.insertRows(
            into: "checklist_items",
            ["id", "meeting_id", "position", "category", "title", "title_code", "due_at", "assignee_id"], rows)
    }

    // MARK: checklist

    public func checklist(of meeting: UUID) async throws -> [ChecklistItem] {
        try await store.reader.raw(
            """
            SELECT c.*, a.display_name AS assignee_name, d.display_name AS done_by_name FROM checklist_items c
            LEFT JOIN people a ON a.id = c.assignee_id LEFT JOIN people d ON d.id = c.done_by_id
            WHERE c.meeting_id = \(bind: meeting) ORDER BY c.due_at, c.position
            """
        ).all().map { row in
            ChecklistItem(
                id: try row.decode(column: "id", as: UUID.self), position: try row.decode(column: "position", as: Int.self),
                category: try row.decode(enum: ChecklistCategory.self, column: "category"),
                title: try row.decode(column: "title", as: String.self),
                titleCode: try row.decode(column: "title_code", as: String?.self),
                dueAt: try row.decode(column: "due_at", as: Date.self),
                assigneeId: try row.decode(column: "assignee_id", as: UUID?.self),
                assigneeName: try row.decode(column: "assignee_name", as: String?.self),
                doneAt: try row.decode(column: "done_at", as: Date?.self),
                doneByName: try row.decode(column: "done_by_name", as: String?.self))
        }
    }

    public func addChecklistItem(
        _ meetingId: UUID, category: ChecklistCategory, title: String, dueAt: Date, assignee: UUID?,
        by actor: Actor
    ) async throws -> UUID {
        let id = OrderedID.next()
        try await store.write { db in
            _ = try await Meetings.changeable(meetingId, by: actor, db)
            if let assignee, try await db.raw("SELECT id FROM people WHERE id = \(bind: assignee)").first() == nil {
                throw StoreError.invalid(field: "assigneeId", code: "meeting.person_not_found")
            }
            let next =
                try await db.raw("SELECT COUNT(*) AS n FROM checklist_items WHERE meeting_id = \(bind: meetingId)").first()!
                .decode(column: "n", as: Int.self) + 1
            try await db.raw(
                """
                INSERT INTO checklist_items (id, meeting_id, position, category, title, due_at, assignee_id)
                VALUES (\(bind: id), \(bind: meetingId), \(bind: next), \(bind: category.rawValue), \(bind: title), \(bind: dueAt),
                        \(bind: assignee))
                """
            ).run()
        }
        return id
    }

    /// Signs an item off (or, `done` false, reopens it): its assignee, the organiser or the room office.
    public func signOff(_ itemId: UUID, of meetingId: UUID, done: Bool, by actor: Actor, now: Date) async throws {
        try await store.write { db in
            // Signing the checklist off while the meeting runs is being at it (R5.6).
            try await MeetingActs.acted(on: meetingId, by: actor.id, at: now, time: time, cache: store.inForce, db)
            guard
                let row = try await db.raw(
                    """
                    SELECT c.assignee_id, m.organiser_id FROM checklist_items c JOIN meetings m ON m.id = c.meeting_id
                    WHERE c.id = \(bind: itemId) AND c.meeting_id = \(bind: meetingId)
                    """
                ).first()
            else { throw MeetingError.notFound }
            let assignee = try row.decode(column: "assignee_id", as: UUID?.self)
            let organiser = try row.decode(column: "organiser_id", as: UUID.self)
            guard
                actor.id == assignee || AccessPolicy.mayManageMeeting(role: actor.role, actorID: actor.id, organiserID: organiser)
            else {
                throw MeetingError.forbidden
            }
            try await db.raw(
                """
                UPDATE checklist_items SET done_at = \(bind: done ? now : nil), done_by_id = \(bind: done ? actor.id : nil)
                WHERE id = \(bind: itemId)
                """
            ).run()
        }
    }

    /// In-app reminders of preparation items not signed off (R5.3): to the assignee, once,
    /// when the item is due within `within` seconds.
    public func remindDue(within: TimeInterval, now: Date) async throws -> Int {
        let dueSQL: SQLQueryString = """
            FROM checklist_items c JOIN meetings m ON m.id = c.meeting_id
            WHERE c.done_at IS NULL AND c.reminded_at IS NULL AND c.assignee_id IS NOT NULL AND m.status = 'scheduled'
              AND c.due_at <= \(bind: now.addingTimeInterval(within)) AND m.ends_at > \(bind: now)
            """
        // Checked on the reader first: this runs every second and is almost always empty.
        guard try await store.reader.raw("SELECT 1 AS one \(dueSQL)").first() != nil else { return 0 }
        return try await store.write { db in
            var reminded = 0
            for row in try await db.raw("SELECT c.id, c.title, c.title_code, c.due_at, c.meeting_id, c.assignee_id \(dueSQL)")
                .all()
            {
                let id = try row.decode(column: "id", as: UUID.self)
                // Conditional, so two servers on one database never remind twice.
                guard
                    !(try await db.raw(
                        """
                        UPDATE checklist_items SET reminded_at = \(bind: now) WHERE id = \(bind: id) AND reminded_at IS NULL RETURNING id
                        """
                    ).all()).isEmpty
                else { continue }
                reminded += 1
                let params = NotificationParams(
                    title: try row.decode(column: "title", as: String.self),
                    titleCode: try row.decode(column: "title_code", as: String?.self),
                    startsAt: try row.decode(column: "due_at", as: Date.self)
                ).json
                try await db.raw(
                    """
                    INSERT INTO notifications (id, person_id, kind, booking_id, meeting_id, params, created_at, read_at)
                    VALUES (\(bind: OrderedID.next()), \(bind: try row.decode(column: "assignee_id", as: UUID.self)), 'checklist.due',
                            NULL, \(bind: try row.decode(column: "meeting_id", as: UUID.self)), \(bind: params), \(bind: now), NULL)
                    """
                ).run()
            }
            return reminded
        }
    }
}
