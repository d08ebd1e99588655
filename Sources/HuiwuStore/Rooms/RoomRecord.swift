import Foundation
import HuiwuCore
import SQLKit

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
        RoomPolicy(
            capacity: capacity,
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

extension RoomRecord {
    static let columns = SelectList([
        "id", "name", "building", "floor", "capacity", "room_class", "description", "opens_at", "closes_at",
        "min_lead_minutes", "max_advance_days", "max_duration_minutes", "auto_approve", "status",
        "maintenance_starts_at", "maintenance_ends_at", "version", "created_at", "updated_at", "managing_department_id",
    ])

    init(_ r: any ColumnReader) throws {
        self.init(
            id: try r.uuid(0), name: try r.text(1), building: try r.text(2), floor: try r.text(3),
            capacity: try r.int(4), roomClass: try r.text(5), description: try r.text(6), opensAt: try r.int(7),
            closesAt: try r.int(8), minLeadMinutes: try r.int(9), maxAdvanceDays: try r.int(10),
            maxDurationMinutes: try r.int(11), autoApprove: try r.bool(12), status: try r.text(13),
            maintenanceStartsAt: try r.optionalDate(14), maintenanceEndsAt: try r.optionalDate(15),
            version: try r.int(16), createdAt: try r.date(17), updatedAt: try r.date(18),
            managingDepartmentId: try r.optionalUUID(19))
    }
}
