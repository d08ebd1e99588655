import Foundation
import HuiwuCore
import SQLKit

/// A room with its equipment list.
public struct RoomDetail: Sendable, Equatable {
    public var room: RoomRecord
    public var equipment: [EquipmentItem]

    public init(room: RoomRecord, equipment: [EquipmentItem]) {
        self.room = room
        self.equipment = equipment
    }
}

/// Rooms and their equipment (R1.1, R4.1 groundwork).
public struct Rooms: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    public struct Filter: Sendable {
        public var building: String?
        public var roomClass: RoomClass?
        public var minCapacity: Int?
        public init(building: String? = nil, roomClass: RoomClass? = nil, minCapacity: Int? = nil) {
            self.building = building
            self.roomClass = roomClass
            self.minCapacity = minCapacity
        }
    }

    public func rooms(_ filter: Filter = Filter()) async throws -> [RoomRecord] {
        try await store.rows(RoomRecord.columns, Self.matching(filter), RoomRecord.init)
    }

    /// What the day grid's API shows of each room (fewer columns than `rooms`).
    public func gridRooms(_ filter: Filter = Filter()) async throws -> [GridRoom] {
        try await store.rows(GridRoom.columns, Self.matching(filter), GridRoom.init)
    }

    /// `FROM rooms WHERE …` for a filter, in display order.
    private static func matching(_ filter: Filter) -> SQLQueryString {
        var query = SQLQueryString("FROM rooms WHERE 1 = 1")
        if let b = filter.building, !b.isEmpty {
            query.appendInterpolation(unsafeRaw: " AND building = ")
            query.appendInterpolation(bind: b)
        }
        if let c = filter.roomClass {
            query.appendInterpolation(unsafeRaw: " AND room_class = ")
            query.appendInterpolation(bind: c.rawValue)
        }
        if let m = filter.minCapacity {
            query.appendInterpolation(unsafeRaw: " AND capacity >= ")
            query.appendInterpolation(bind: m)
        }
        query.appendInterpolation(unsafeRaw: " ORDER BY building, floor, name")
        return query
    }

    public func buildings() async throws -> [String] {
        try await store.reader.raw("SELECT DISTINCT building FROM rooms ORDER BY building").all()
            .map { try $0.decode(column: "building", as: String.self) }
    }

    public func room(_ id: UUID) async throws -> RoomDetail? {
        let reader = store.reader
        guard let room = try await reader.raw("SELECT * FROM rooms WHERE id = \(bind: id)").first()?.decode(RoomRecord.self)
        else {
            return nil
        }
        let items = try await reader.raw("SELECT * FROM room_equipment WHERE room_id = \(bind: id) ORDER BY sort_order").all()
            .map { try $0.decode(EquipmentRecord.self) }
        return RoomDetail(room: room, equipment: items.map { EquipmentItem(item: $0.item, quantity: $0.quantity) })
    }

    public func create(_ spec: RoomSpec, now: Date) async throws -> RoomDetail {
        let errors = spec.validate()
        guard errors.isEmpty else { throw ValidationFailure(errors) }
        let record = Self.record(spec, id: UUID(), version: 1, createdAt: now, now: now)
        try await store.write { db in
            try await Self.checkReferences(spec, id: record.id, db)
            try await db.insert(into: "rooms").row(record).run()
            try await Self.replaceEquipment(record.id, spec.equipment, db)
        }
        return RoomDetail(room: record, equipment: spec.equipment.map { EquipmentItem(item: $0.item, quantity: $0.quantity) })
    }

    /// Replaces a room's description; `expectedVersion` guards against lost updates.
    public func update(_ id: UUID, _ spec: RoomSpec, expectedVersion: Int?, now: Date) async throws -> RoomDetail {
        let errors = spec.validate()
        guard errors.isEmpty else { throw ValidationFailure(errors) }
        let record: RoomRecord = try await store.write { db in
            guard let old = try await db.raw("SELECT * FROM rooms WHERE id = \(bind: id)").first()?.decode(RoomRecord.self) else {
                throw StoreError.notFound
            }
            if let expectedVersion, expectedVersion != old.version { throw StoreError.staleVersion(current: old.version) }
            try await Self.checkReferences(spec, id: id, db)
            let record = Self.record(spec, id: id, version: old.version + 1, createdAt: old.createdAt, now: now)
            try await db.raw("DELETE FROM room_equipment WHERE room_id = \(bind: id)").run()
            try await db.update("rooms").set(model: record)
                .where("id", .equal, SQLBind(id)).where("version", .equal, SQLBind(old.version)).run()
            try await Self.replaceEquipment(id, spec.equipment, db)
            return record
        }
        return RoomDetail(room: record, equipment: spec.equipment.map { EquipmentItem(item: $0.item, quantity: $0.quantity) })
    }

    /// Deletes a room that has never been booked; booked rooms are closed instead (history stays).
    public func delete(_ id: UUID) async throws {
        try await store.write { db in
            guard try await db.raw("SELECT id FROM rooms WHERE id = \(bind: id)").first() != nil else {
                throw StoreError.notFound
            }
            guard try await db.raw("SELECT id FROM bookings WHERE room_id = \(bind: id) LIMIT 1").first() == nil else {
                throw StoreError.inUse
            }
            try await db.raw("DELETE FROM room_equipment WHERE room_id = \(bind: id)").run()
            try await db.raw("DELETE FROM rooms WHERE id = \(bind: id)").run()
        }
    }

    /// Every room's name by id (feeds and invitations name the room of each meeting).
    static func names(_ db: any SQLDatabase) async throws -> [UUID: String] {
        Dictionary(
            try await db.raw("SELECT id, name FROM rooms").all().map {
                (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "name", as: String.self))
            }, uniquingKeysWith: { a, _ in a })
    }

    static func checkReferences(_ spec: RoomSpec, id: UUID, _ db: any SQLDatabase) async throws {
        let name = spec.name.trimmingCharacters(in: .whitespacesAndNewlines)
        if try await db.raw("SELECT id FROM rooms WHERE name = \(bind: name) AND id <> \(bind: id)").first() != nil {
            throw StoreError.duplicate(field: "name")
        }
        if let dept = spec.managingDepartmentId,
            try await db.raw("SELECT id FROM departments WHERE id = \(bind: dept)").first() == nil
        {
            throw StoreError.invalid(field: "managingDepartmentId", code: "room.department_not_found")
        }
    }

    static func replaceEquipment(_ roomId: UUID, _ items: [(item: String, quantity: Int)], _ db: any SQLDatabase) async throws {
        for (index, item) in items.enumerated() {
            try await db.insert(into: "room_equipment").row(
                EquipmentRecord(
                    id: UUID(), item: item.item.trimmingCharacters(in: .whitespacesAndNewlines),
                    quantity: item.quantity, sortOrder: index, roomId: roomId)
            ).run()
        }
    }

    static func record(_ spec: RoomSpec, id: UUID, version: Int, createdAt: Date, now: Date) -> RoomRecord {
        RoomRecord(
            id: id, name: spec.name.trimmingCharacters(in: .whitespacesAndNewlines), building: spec.building,
            floor: spec.floor, capacity: spec.capacity, roomClass: spec.roomClass.rawValue,
            description: spec.description, opensAt: spec.opensAt.minutes, closesAt: spec.closesAt.minutes,
            minLeadMinutes: spec.minLeadMinutes, maxAdvanceDays: spec.maxAdvanceDays,
            maxDurationMinutes: spec.maxDurationMinutes, autoApprove: spec.autoApprove, status: spec.status.rawValue,
            maintenanceStartsAt: spec.status == .maintenance ? spec.maintenanceStartsAt : nil,
            maintenanceEndsAt: spec.status == .maintenance ? spec.maintenanceEndsAt : nil,
            version: version, createdAt: createdAt, updatedAt: now, managingDepartmentId: spec.managingDepartmentId)
    }
}
