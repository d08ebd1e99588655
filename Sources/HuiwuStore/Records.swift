import Foundation
import HuiwuCore
import SQLKit

/// Rows as stored. Column names are the snake_case of the property names.
public struct DepartmentRecord: Codable, Sendable, Equatable {
    public var id: UUID
    public var name: String
    public var parentId: UUID?
    public var createdAt: Date
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
}

public struct EquipmentItem: Codable, Sendable, Equatable {
    public var item: String
    public var quantity: Int
    public init(item: String, quantity: Int) {
        self.item = item
        self.quantity = quantity
    }
}

struct EquipmentRecord: Codable, Sendable {
    var id: UUID
    var item: String
    var quantity: Int
    var sortOrder: Int
    var roomId: UUID
}

public struct PurposeRecord: Codable, Sendable, Equatable {
    public var code: String
    public var nameZhHans: String
    public var nameZhHant: String
    public var nameEn: String
    public var active: Bool
    public var sortOrder: Int
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
}

public struct BookingEventRecord: Codable, Sendable, Equatable {
    public var id: UUID
    public var bookingId: UUID
    public var actorId: UUID?
    public var action: String
    public var detail: String
    public var at: Date
}

public struct NotificationRecord: Codable, Sendable, Equatable {
    public var id: UUID
    public var personId: UUID
    public var kind: String
    public var bookingId: UUID?
    public var params: String
    public var createdAt: Date
    public var readAt: Date?
}

extension SQLRow {
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try decode(model: type, keyDecodingStrategy: .convertFromSnakeCase)
    }
}

extension SQLInsertBuilder {
    @discardableResult
    func row(_ value: some Encodable) throws -> Self {
        try model(value, keyEncodingStrategy: .convertToSnakeCase, nilEncodingStrategy: .asNil)
    }
}
