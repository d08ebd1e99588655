import Foundation
import HuiwuCore
import SQLKit

/// The organisation's meeting types (R2.1), and loading the seed templates (R3.5, R5.1, R5.5).
public struct MeetingTypes: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    /// Every type, active first, then by code.
    public func all() async throws -> [MeetingType] {
        try await store.reader.raw("SELECT * FROM meeting_types ORDER BY active DESC, code").all().map(MeetingType.init(row:))
    }

    public func type(_ id: UUID) async throws -> MeetingType? {
        try await store.reader.raw("SELECT * FROM meeting_types WHERE id = \(bind: id)").first().map(MeetingType.init(row:))
    }

    /// Adds a type; its code must be new (`StoreError.duplicate`).
    public func create(_ template: MeetingTemplate, defaultRoomId: UUID?, now: Date) async throws -> MeetingType {
        let id = UUID()
        try await store.write { db in
            if try await db.raw("SELECT id FROM meeting_types WHERE code = \(bind: template.code)").first() != nil {
                throw StoreError.duplicate(field: "code")
            }
            try await Self.checkRoom(defaultRoomId, db)
            try await Self.insert(id: id, template, defaultRoomId: defaultRoomId, now: now, db)
        }
        return MeetingType(id: id, template: template, defaultRoomId: defaultRoomId, active: true, version: 1)
    }

    /// Replaces a type's fields, guarded by its version (If-Match).
    public func update(
        _ id: UUID, _ template: MeetingTemplate, defaultRoomId: UUID?, active: Bool, expectedVersion: Int?,
        now: Date
    ) async throws -> MeetingType {
        try await store.write { db in
            guard
                let current = try await db.raw("SELECT * FROM meeting_types WHERE id = \(bind: id)").first()
                    .map(MeetingType.init(row:))
            else { throw StoreError.notFound }
            if let expectedVersion, expectedVersion != current.version { throw StoreError.staleVersion(current: current.version) }
            if template.code != current.template.code,
                try await db.raw("SELECT id FROM meeting_types WHERE code = \(bind: template.code)").first() != nil
            {
                throw StoreError.duplicate(field: "code")
            }
            try await Self.checkRoom(defaultRoomId, db)
            let f = Self.columns(template)
            try await db.raw(
                """
                UPDATE meeting_types SET code = \(bind: template.code), clause = \(bind: template.clause), name = \(bind: f.name),
                  host = \(bind: f.host), host_role = \(bind: template.hostRole?.rawValue), participants = \(bind: f.participants),
                  rule = \(bind: template.rule), per_period = \(bind: template.perPeriod),
                  period_kind = \(bind: template.periodKind?.rawValue), start_minute = \(bind: f.startMinute),
                  duration_minutes = \(bind: template.durationMinutes), ad_hoc = \(bind: template.adHoc),
                  cadence = \(bind: f.cadence), reporters_in_order = \(bind: template.reportersInOrder),
                  agenda = \(bind: f.agenda), content_access = \(bind: template.contentAccess?.rawValue),
                  default_room_id = \(bind: defaultRoomId), active = \(bind: active),
                  version = \(bind: current.version + 1), updated_at = \(bind: now)
                WHERE id = \(bind: id)
                """
            ).run()
            return MeetingType(
                id: id, template: template, defaultRoomId: defaultRoomId, active: active,
                version: current.version + 1)
        }
    }

    /// Adds the templates whose codes are not yet types; returns how many were added. Types
    /// already loaded (and perhaps edited by the organisation) are left as they are.
    public func load(_ templates: [MeetingTemplate], now: Date) async throws -> Int {
        try await store.write { db in
            let existing = Set(
                try await db.raw("SELECT code FROM meeting_types").all()
                    .map { try $0.decode(column: "code", as: String.self) })
            var added = 0
            for template in templates where !existing.contains(template.code) {
                try await Self.insert(id: UUID(), template, defaultRoomId: nil, now: now, db)
                added += 1
            }
            return added
        }
    }

    /// A default room must exist (a 422, not a foreign-key failure).
    static func checkRoom(_ id: UUID?, _ db: any SQLDatabase) async throws {
        guard let id else { return }
        if try await db.raw("SELECT id FROM rooms WHERE id = \(bind: id)").first() == nil {
            throw StoreError.invalid(field: "defaultRoomId", code: "booking.room_not_found")
        }
    }

    static func columns(
        _ t: MeetingTemplate
    ) -> (
        name: String, host: String, participants: String, cadence: String,
        agenda: String, startMinute: Int
    ) {
        (
            MeetingJSON.encode(t.name), MeetingJSON.encode(t.host), MeetingJSON.encode(t.participants),
            MeetingJSON.encode(t.cadence), MeetingJSON.encode(t.agenda), ClockTime(t.time)?.minutes ?? 540
        )
    }

    static func insert(id: UUID, _ t: MeetingTemplate, defaultRoomId: UUID?, now: Date, _ db: any SQLDatabase) async throws {
        let f = columns(t)
        try await db.raw(
            """
            INSERT INTO meeting_types (id, code, clause, name, host, host_role, participants, rule, per_period, period_kind,
              start_minute, duration_minutes, ad_hoc, cadence, reporters_in_order, agenda, content_access, default_room_id, active,
              version, created_at, updated_at)
            VALUES (\(bind: id), \(bind: t.code), \(bind: t.clause), \(bind: f.name), \(bind: f.host), \(bind: t.hostRole?.rawValue),
              \(bind: f.participants), \(bind: t.rule), \(bind: t.perPeriod), \(bind: t.periodKind?.rawValue), \(bind: f.startMinute),
              \(bind: t.durationMinutes), \(bind: t.adHoc), \(bind: f.cadence), \(bind: t.reportersInOrder), \(bind: f.agenda),
              \(bind: t.contentAccess?.rawValue), \(bind: defaultRoomId), \(bind: true), \(bind: 1), \(bind: now), \(bind: now))
            """
        ).run()
    }
}
