import Foundation
import HuiwuCore
import SQLKit

/// Rows as stored. Column names are the snake_case of the property names.
public struct DepartmentRecord: Codable, Sendable, Equatable {
    public var id: UUID
    public var name: String
    public var parentId: UUID?
    public var createdAt: Date

    /// Column names, spelled out: decoding rows is a hot path, and key-conversion strategies cost
    /// a Unicode case check per field per row.
    enum CodingKeys: String, CodingKey {
        case id
        case name
        case parentId = "parent_id"
        case createdAt = "created_at"
    }
}

public struct PersonRecord: Codable, Sendable, Equatable {
    public var id: UUID
    public var username: String
    public var displayName: String
    public var passwordHash: String
    public var role: String
    public var position: String?
    public var email: String?
    public var active: Bool
    public var createdAt: Date
    public var departmentId: UUID?

    public init(id: UUID, username: String, displayName: String, passwordHash: String, role: String, position: String?,
                email: String?, active: Bool, createdAt: Date, departmentId: UUID?) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.role = role
        self.position = position
        self.email = email
        self.active = active
        self.createdAt = createdAt
        self.departmentId = departmentId
    }

    public var roleValue: Role { Role(rawValue: role) ?? .staff }

    /// Column names, spelled out: decoding rows is a hot path, and key-conversion strategies cost
    /// a Unicode case check per field per row.
    enum CodingKeys: String, CodingKey {
        case id
        case username
        case displayName = "display_name"
        case passwordHash = "password_hash"
        case role
        case position
        case email
        case active
        case createdAt = "created_at"
        case departmentId = "department_id"
    }
}

public struct RoomRecord: Codable, Sendable, Equatable {
    public var id: UUID
    public var name: String
    public var building: String
    public var floor: String
    public var capacity: Int
    public var roomClass: String
    public var description: String
    public var opensAt: Int
    public var closesAt: Int
    public var minLeadMinutes: Int
    public var maxAdvanceDays: Int
    public var maxDurationMinutes: Int
    public var autoApprove: Bool
    public var status: String
    public var maintenanceStartsAt: Date?
    public var maintenanceEndsAt: Date?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date
    public var managingDepartmentId: UUID?

    public var policy: RoomPolicy {
        RoomPolicy(capacity: capacity,
                   opensAt: ClockTime(minutes: opensAt) ?? ClockTime(minutes: 0)!,
                   closesAt: ClockTime(minutes: closesAt) ?? ClockTime(minutes: 1440)!,
                   minLeadMinutes: minLeadMinutes, maxAdvanceDays: maxAdvanceDays,
                   maxDurationMinutes: maxDurationMinutes,
                   status: RoomStatus(rawValue: status) ?? .closed,
                   maintenance: (maintenanceStartsAt, maintenanceEndsAt))
    }

    /// Column names, spelled out: decoding rows is a hot path, and key-conversion strategies cost
    /// a Unicode case check per field per row.
    enum CodingKeys: String, CodingKey {
        case id
        case name
        case building
        case floor
        case capacity
        case roomClass = "room_class"
        case description
        case opensAt = "opens_at"
        case closesAt = "closes_at"
        case minLeadMinutes = "min_lead_minutes"
        case maxAdvanceDays = "max_advance_days"
        case maxDurationMinutes = "max_duration_minutes"
        case autoApprove = "auto_approve"
        case status
        case maintenanceStartsAt = "maintenance_starts_at"
        case maintenanceEndsAt = "maintenance_ends_at"
        case version
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case managingDepartmentId = "managing_department_id"
    }
}

public struct EquipmentItem: Codable, Sendable, Equatable {
    public var item: String
    public var quantity: Int
    public init(item: String, quantity: Int) {
        self.item = item
        self.quantity = quantity
    }

    /// Column names, spelled out: decoding rows is a hot path, and key-conversion strategies cost
    /// a Unicode case check per field per row.
    enum CodingKeys: String, CodingKey {
        case item
        case quantity
    }
}

struct EquipmentRecord: Codable, Sendable {
    var id: UUID
    var item: String
    var quantity: Int
    var sortOrder: Int
    var roomId: UUID

    /// Column names, spelled out: decoding rows is a hot path, and key-conversion strategies cost
    /// a Unicode case check per field per row.
    enum CodingKeys: String, CodingKey {
        case id
        case item
        case quantity
        case sortOrder = "sort_order"
        case roomId = "room_id"
    }
}

public struct PurposeRecord: Codable, Sendable, Equatable {
    public var code: String
    public var nameZhHans: String
    public var nameZhHant: String
    public var nameEn: String
    public var active: Bool
    public var sortOrder: Int

    /// Column names, spelled out: decoding rows is a hot path, and key-conversion strategies cost
    /// a Unicode case check per field per row.
    enum CodingKeys: String, CodingKey {
        case code
        case nameZhHans = "name_zh_hans"
        case nameZhHant = "name_zh_hant"
        case nameEn = "name_en"
        case active
        case sortOrder = "sort_order"
    }
}

public struct BookingRecord: Codable, Sendable, Equatable {
    public var id: UUID
    public var roomId: UUID
    public var startsAt: Date
    public var endsAt: Date
    public var title: String
    public var purpose: String
    public var headcount: Int
    public var bookerId: UUID
    public var departmentId: UUID?
    public var status: String
    public var priority: Bool
    public var decisionReason: String?
    public var decidedById: UUID?
    public var decidedAt: Date?
    public var displacedById: UUID?
    public var checkedInAt: Date?
    public var checkedOutAt: Date?
    public var actualHeadcount: Int?
    public var conditionNote: String?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    public var interval: Interval { Interval(start: startsAt, end: endsAt) }
    public var statusValue: BookingStatus { BookingStatus(rawValue: status) ?? .cancelled }

    /// Column names, spelled out: decoding rows is a hot path, and key-conversion strategies cost
    /// a Unicode case check per field per row.
    enum CodingKeys: String, CodingKey {
        case id
        case roomId = "room_id"
        case startsAt = "starts_at"
        case endsAt = "ends_at"
        case title
        case purpose
        case headcount
        case bookerId = "booker_id"
        case departmentId = "department_id"
        case status
        case priority
        case decisionReason = "decision_reason"
        case decidedById = "decided_by_id"
        case decidedAt = "decided_at"
        case displacedById = "displaced_by_id"
        case checkedInAt = "checked_in_at"
        case checkedOutAt = "checked_out_at"
        case actualHeadcount = "actual_headcount"
        case conditionNote = "condition_note"
        case version
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

public struct BookingEventRecord: Codable, Sendable, Equatable {
    public var id: UUID
    public var bookingId: UUID
    public var actorId: UUID?
    public var action: String
    public var detail: String
    public var at: Date

    /// Column names, spelled out: decoding rows is a hot path, and key-conversion strategies cost
    /// a Unicode case check per field per row.
    enum CodingKeys: String, CodingKey {
        case id
        case bookingId = "booking_id"
        case actorId = "actor_id"
        case action
        case detail
        case at
    }
}

public struct NotificationRecord: Codable, Sendable, Equatable {
    public var id: UUID
    public var personId: UUID
    public var kind: String
    public var bookingId: UUID?
    /// The meeting a meeting notice is about.
    public var meetingId: UUID?
    public var params: String
    public var createdAt: Date
    public var readAt: Date?

    /// Column names, spelled out: decoding rows is a hot path, and key-conversion strategies cost
    /// a Unicode case check per field per row.
    enum CodingKeys: String, CodingKey {
        case id
        case personId = "person_id"
        case kind
        case bookingId = "booking_id"
        case meetingId = "meeting_id"
        case params
        case createdAt = "created_at"
        case readAt = "read_at"
    }
}

extension SQLRow {
    /// Decodes a record whose `CodingKeys` name its columns.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try decode(model: type)
    }
}

extension SQLInsertBuilder {
    /// Inserts a record whose `CodingKeys` name its columns (nil values as NULL).
    @discardableResult
    func row(_ value: some Encodable) throws -> Self {
        try model(value, nilEncodingStrategy: .asNil)
    }
}
