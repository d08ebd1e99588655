import Foundation

/// A room as an administrator describes it (R1.1): validated before it is stored.
public struct RoomSpec: Sendable, Equatable {
    public var name: String
    public var building: String
    public var floor: String
    public var capacity: Int
    public var roomClass: RoomClass
    public var description: String
    public var opensAt: ClockTime
    public var closesAt: ClockTime
    public var minLeadMinutes: Int
    public var maxAdvanceDays: Int
    public var maxDurationMinutes: Int
    public var autoApprove: Bool
    public var status: RoomStatus
    public var maintenanceStartsAt: Date?
    public var maintenanceEndsAt: Date?
    public var managingDepartmentId: UUID?
    public var equipment: [(item: String, quantity: Int)]

    public init(
        name: String, building: String = "", floor: String = "", capacity: Int, roomClass: RoomClass = .ordinary,
        description: String = "", opensAt: ClockTime = ClockTime("08:00")!, closesAt: ClockTime = ClockTime("22:00")!,
        minLeadMinutes: Int = 0, maxAdvanceDays: Int = 90, maxDurationMinutes: Int = 480, autoApprove: Bool = false,
        status: RoomStatus = .available, maintenanceStartsAt: Date? = nil, maintenanceEndsAt: Date? = nil,
        managingDepartmentId: UUID? = nil, equipment: [(item: String, quantity: Int)] = []
    ) {
        self.name = name
        self.building = building
        self.floor = floor
        self.capacity = capacity
        self.roomClass = roomClass
        self.description = description
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.minLeadMinutes = minLeadMinutes
        self.maxAdvanceDays = maxAdvanceDays
        self.maxDurationMinutes = maxDurationMinutes
        self.autoApprove = autoApprove
        self.status = status
        self.maintenanceStartsAt = maintenanceStartsAt
        self.maintenanceEndsAt = maintenanceEndsAt
        self.managingDepartmentId = managingDepartmentId
        self.equipment = equipment
    }

    public static func == (a: RoomSpec, b: RoomSpec) -> Bool {
        a.name == b.name && a.building == b.building && a.floor == b.floor && a.capacity == b.capacity
            && a.roomClass == b.roomClass && a.description == b.description && a.opensAt == b.opensAt
            && a.closesAt == b.closesAt && a.minLeadMinutes == b.minLeadMinutes && a.maxAdvanceDays == b.maxAdvanceDays
            && a.maxDurationMinutes == b.maxDurationMinutes && a.autoApprove == b.autoApprove && a.status == b.status
            && a.maintenanceStartsAt == b.maintenanceStartsAt && a.maintenanceEndsAt == b.maintenanceEndsAt
            && a.managingDepartmentId == b.managingDepartmentId
            && a.equipment.map(\.item) == b.equipment.map(\.item) && a.equipment.map(\.quantity) == b.equipment.map(\.quantity)
    }

    public func validate() -> [FieldError] {
        var errors: [FieldError] = []
        if TextRules.isBlank(name) { errors.append(FieldError("name", "room.name_required")) }
        if TextRules.length(name) > 100 { errors.append(FieldError("name", "field.too_long", ["max": "100"])) }
        for (field, value) in [("name", name), ("building", building), ("floor", floor), ("description", description)]
        where TextRules.hasForbiddenControl(value) {
            errors.append(FieldError(field, "field.control_characters"))
        }
        if capacity < 1 || capacity > 10_000 { errors.append(FieldError("capacity", "room.capacity_range")) }
        if opensAt >= closesAt { errors.append(FieldError("closesAt", "room.hours_order")) }
        if minLeadMinutes < 0 || minLeadMinutes > 525_600 { errors.append(FieldError("minLeadMinutes", "field.out_of_range")) }
        if maxAdvanceDays < 0 || maxAdvanceDays > 3660 { errors.append(FieldError("maxAdvanceDays", "field.out_of_range")) }
        if maxDurationMinutes < 0 || maxDurationMinutes > 1440 {
            errors.append(FieldError("maxDurationMinutes", "field.out_of_range"))
        }
        if let s = maintenanceStartsAt, let e = maintenanceEndsAt, s >= e {
            errors.append(FieldError("maintenanceEndsAt", "room.maintenance_order"))
        }
        for (index, item) in equipment.enumerated() {
            if TextRules.isBlank(item.item) {
                errors.append(FieldError("equipment[\(index)].item", "room.equipment_item_required"))
            } else if let problem = TextRules.problem(item.item, max: 100) {
                errors.append(FieldError("equipment[\(index)].item", problem, ["max": "100"]))
            }
            if item.quantity < 1 || item.quantity > 10_000 {
                errors.append(FieldError("equipment[\(index)].quantity", "field.out_of_range"))
            }
        }
        return errors
    }
}
