import Foundation
import HuiwuCore
import SQLKit

/// A stored meeting type (R2.1): the template's fields plus what the organisation adds.
public struct MeetingType: Sendable, Equatable {
    public var id: UUID
    public var template: MeetingTemplate
    public var defaultRoomId: UUID?
    public var active: Bool
    public var version: Int
}

/// A stored recurring series (R2.2).
public struct SeriesRecord: Sendable, Equatable {
    public var id: UUID
    public var typeId: UUID?
    public var title: String
    public var organiserId: UUID
    public var roomId: UUID?
    public var schedule: SeriesSchedule
    public var participants: [ParticipantSelector]
    public var headcount: Int
    public var status: String
    /// The series this one continues after a "this and following" edit.
    public var splitFromId: UUID?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date
}

/// Lifecycle of one meeting.
public enum MeetingStatus: String, Sendable, Codable, CaseIterable {
    case scheduled, cancelled
}

/// One meeting: an occurrence of a series, or an ad-hoc meeting (R2.3).
public struct MeetingRecord: Sendable, Equatable {
    public var id: UUID
    public var seriesId: UUID?
    public var typeId: UUID?
    public var title: String
    public var organiserId: UUID
    public var roomId: UUID?
    public var bookingId: UUID?
    public var startsAt: Date
    public var endsAt: Date
    public var headcount: Int
    /// The occurrence's identity in its series (RFC 5545 RECURRENCE-ID, local time).
    public var recurrenceKey: LocalDateTime?
    public var status: MeetingStatus
    /// Changed on its own ("this occurrence"), so it no longer follows the series' rule.
    public var overridden: Bool
    /// Bumped on every change attendees must hear of (iCalendar SEQUENCE).
    public var sequence: Int
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    public var interval: Interval { Interval(start: startsAt, end: endsAt) }
}

/// One row of a meeting's participant list (R2.5).
public struct ParticipantRecord: Sendable, Equatable {
    public enum Role: String, Sendable, Codable, CaseIterable {
        case organiser, host, attendee
    }
    public var id: UUID
    public var meetingId: UUID
    public var personId: UUID?
    public var guestName: String?
    public var guestEmail: String?
    /// Where the row came from (`ParticipantSelector.source`, or `organiser`).
    public var source: String
    public var role: Role
    public var removed: Bool
    public var addedAt: Date
    /// A host by a chair's authorisation (R5.4): who authorised them.
    public var authorisedById: UUID?
}

/// JSON for the list and text columns of the meeting tables (not a hot path).
enum MeetingJSON {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String, column: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw StoreError.invalid(field: column, code: "stored.json")
        }
    }
}

extension MeetingType {
    init(row: any SQLRow) throws {
        func text(_ c: String) throws -> String { try row.decode(column: c, as: String.self) }
        let template = MeetingTemplate(
            code: try text("code"), clause: try text("clause"),
            name: try MeetingJSON.decode(LocalizedText.self, try text("name"), column: "name"),
            host: try MeetingJSON.decode(LocalizedText.self, try text("host"), column: "host"),
            hostRole: try row.decode(column: "host_role", as: String?.self).flatMap(HuiwuCore.Role.init(rawValue:)),
            participants: try MeetingJSON.decode([ParticipantSelector].self, try text("participants"), column: "participants"),
            rule: try row.decode(column: "rule", as: String?.self),
            perPeriod: try row.decode(column: "per_period", as: Int?.self),
            periodKind: try row.decode(column: "period_kind", as: String?.self).flatMap(CalendarPeriod.Kind.init(rawValue:)),
            time: ClockTime(minutes: try row.decode(column: "start_minute", as: Int.self))?.description ?? "09:00",
            durationMinutes: try row.decode(column: "duration_minutes", as: Int.self),
            adHoc: try row.decode(column: "ad_hoc", as: Bool.self),
            cadence: try MeetingJSON.decode(LocalizedText.self, try text("cadence"), column: "cadence"),
            reportersInOrder: try row.decode(column: "reporters_in_order", as: Bool.self),
            agenda: try MeetingJSON.decode([MeetingTemplate.AgendaItem].self, try text("agenda"), column: "agenda"),
            contentAccess: try row.decode(column: "content_access", as: String?.self)
                .flatMap(MeetingTemplate.ContentAccess.init(rawValue:)))
        self.init(
            id: try row.decode(column: "id", as: UUID.self), template: template,
            defaultRoomId: try row.decode(column: "default_room_id", as: UUID?.self),
            active: try row.decode(column: "active", as: Bool.self), version: try row.decode(column: "version", as: Int.self))
    }
}

extension SeriesRecord {
    init(row: any SQLRow) throws {
        func text(_ c: String) throws -> String { try row.decode(column: c, as: String.self) }
        guard let start = LocalDateTime(try text("starts_local")), let through = CivilDate(try text("through")),
            let policy = HolidayPolicy(rawValue: try text("holiday_policy"))
        else {
            throw StoreError.invalid(field: "series", code: "stored.series")
        }
        let rule = try RecurrenceRule(parsing: try text("rule"))
        let rdates = try MeetingJSON.decode([String].self, try text("rdates"), column: "rdates").compactMap(LocalDateTime.init)
        let exdates = try MeetingJSON.decode([String].self, try text("exdates"), column: "exdates").compactMap(LocalDateTime.init)
        let schedule = SeriesSchedule(
            rule: rule, start: start, durationMinutes: try row.decode(column: "duration_minutes", as: Int.self), through: through,
            holidayPolicy: policy,
            periodKind: try row.decode(column: "period_kind", as: String?.self).flatMap(CalendarPeriod.Kind.init(rawValue:)),
            perPeriod: try row.decode(column: "per_period", as: Int?.self), rdates: rdates, exdates: Set(exdates))
        self.init(
            id: try row.decode(column: "id", as: UUID.self), typeId: try row.decode(column: "type_id", as: UUID?.self),
            title: try text("title"), organiserId: try row.decode(column: "organiser_id", as: UUID.self),
            roomId: try row.decode(column: "room_id", as: UUID?.self), schedule: schedule,
            participants: try MeetingJSON.decode([ParticipantSelector].self, try text("participants"), column: "participants"),
            headcount: try row.decode(column: "headcount", as: Int.self), status: try text("status"),
            splitFromId: try row.decode(column: "split_from_id", as: UUID?.self),
            version: try row.decode(column: "version", as: Int.self),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            updatedAt: try row.decode(column: "updated_at", as: Date.self))
    }
}

extension MeetingRecord {
    init(row: any SQLRow) throws {
        self.init(
            id: try row.decode(column: "id", as: UUID.self), seriesId: try row.decode(column: "series_id", as: UUID?.self),
            typeId: try row.decode(column: "type_id", as: UUID?.self), title: try row.decode(column: "title", as: String.self),
            organiserId: try row.decode(column: "organiser_id", as: UUID.self),
            roomId: try row.decode(column: "room_id", as: UUID?.self),
            bookingId: try row.decode(column: "booking_id", as: UUID?.self),
            startsAt: try row.decode(column: "starts_at", as: Date.self),
            endsAt: try row.decode(column: "ends_at", as: Date.self),
            headcount: try row.decode(column: "headcount", as: Int.self),
            recurrenceKey: try row.decode(column: "recurrence_key", as: String?.self).flatMap(LocalDateTime.init),
            status: try row.decode(enum: MeetingStatus.self, column: "status"),
            overridden: try row.decode(column: "overridden", as: Bool.self),
            sequence: try row.decode(column: "sequence", as: Int.self),
            version: try row.decode(column: "version", as: Int.self),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            updatedAt: try row.decode(column: "updated_at", as: Date.self))
    }

    static let insertColumns = [
        "id", "series_id", "type_id", "title", "organiser_id", "room_id", "booking_id", "starts_at",
        "ends_at", "headcount", "recurrence_key", "status", "overridden", "sequence", "version",
        "created_at", "updated_at",
    ]

    /// The values of `insertColumns`, in order.
    var insertValues: [any SQLExpression] {
        [
            SQLBind(id), SQLBind(seriesId), SQLBind(typeId), SQLBind(title), SQLBind(organiserId), SQLBind(roomId),
            SQLBind(bookingId), SQLBind(startsAt), SQLBind(endsAt), SQLBind(headcount), SQLBind(recurrenceKey?.description),
            SQLBind(status.rawValue), SQLBind(overridden), SQLBind(sequence), SQLBind(version), SQLBind(createdAt),
            SQLBind(updatedAt),
        ]
    }

    /// Inserts one meeting.
    static func insert(_ m: MeetingRecord, _ db: any SQLDatabase) async throws {
        try await db.raw(
            """
            INSERT INTO meetings (id, series_id, type_id, title, organiser_id, room_id, booking_id, starts_at, ends_at, headcount,
              recurrence_key, status, overridden, sequence, version, created_at, updated_at)
            VALUES (\(bind: m.id), \(bind: m.seriesId), \(bind: m.typeId), \(bind: m.title), \(bind: m.organiserId),
              \(bind: m.roomId), \(bind: m.bookingId), \(bind: m.startsAt), \(bind: m.endsAt), \(bind: m.headcount),
              \(bind: m.recurrenceKey?.description),
              \(bind: m.status.rawValue), \(bind: m.overridden), \(bind: m.sequence), \(bind: m.version), \(bind: m.createdAt),
              \(bind: m.updatedAt))
            """
        ).run()
    }

    /// Writes a changed meeting guarded by its version.
    static func save(_ m: MeetingRecord, was old: MeetingRecord, now: Date, _ db: any SQLDatabase) async throws -> MeetingRecord {
        let rows = try await db.raw(
            """
            UPDATE meetings SET series_id = \(bind: m.seriesId), title = \(bind: m.title), room_id = \(bind: m.roomId),
              booking_id = \(bind: m.bookingId), starts_at = \(bind: m.startsAt), ends_at = \(bind: m.endsAt),
              recurrence_key = \(bind: m.recurrenceKey?.description), status = \(bind: m.status.rawValue),
              overridden = \(bind: m.overridden), sequence = \(bind: m.sequence), version = \(bind: old.version + 1),
              updated_at = \(bind: now)
            WHERE id = \(bind: m.id) AND version = \(bind: old.version)
            RETURNING version
            """
        ).all()
        guard !rows.isEmpty else { throw StoreError.staleVersion(current: old.version + 1) }
        var saved = m
        saved.version = old.version + 1
        saved.updatedAt = now
        return saved
    }
}

extension ParticipantRecord {
    init(row: any SQLRow) throws {
        self.init(
            id: try row.decode(column: "id", as: UUID.self), meetingId: try row.decode(column: "meeting_id", as: UUID.self),
            personId: try row.decode(column: "person_id", as: UUID?.self),
            guestName: try row.decode(column: "guest_name", as: String?.self),
            guestEmail: try row.decode(column: "guest_email", as: String?.self),
            source: try row.decode(column: "source", as: String.self),
            role: try row.decode(enum: Role.self, column: "role"),
            removed: try row.decode(column: "removed", as: Bool.self),
            addedAt: try row.decode(column: "added_at", as: Date.self),
            authorisedById: try row.decode(column: "authorised_by_id", as: UUID?.self))
    }
}
