import HuiwuCore
import HuiwuStore
import Vapor

struct EquipmentDTO: Content, Equatable {
    var item: String
    var quantity: Int
}

struct RoomDTO: Content, Equatable {
    var id: UUID
    var name: String
    var building: String
    var floor: String
    var capacity: Int
    var roomClass: String
    var description: String
    var opensAt: String
    var closesAt: String
    var minLeadMinutes: Int
    var maxAdvanceDays: Int
    var maxDurationMinutes: Int
    var autoApprove: Bool
    var status: String
    var maintenanceStartsAt: String?
    var maintenanceEndsAt: String?
    var managingDepartmentId: UUID?
    var equipment: [EquipmentDTO]
    var version: Int

    init(_ d: RoomDetail, time: OrgTime) {
        let r = d.room
        id = r.id
        name = r.name
        building = r.building
        floor = r.floor
        capacity = r.capacity
        roomClass = r.roomClass
        description = r.description
        opensAt = r.policy.opensAt.description
        closesAt = r.policy.closesAt.description
        minLeadMinutes = r.minLeadMinutes
        maxAdvanceDays = r.maxAdvanceDays
        maxDurationMinutes = r.maxDurationMinutes
        autoApprove = r.autoApprove
        status = r.status
        maintenanceStartsAt = r.maintenanceStartsAt.map(time.format)
        maintenanceEndsAt = r.maintenanceEndsAt.map(time.format)
        managingDepartmentId = r.managingDepartmentId
        equipment = d.equipment.map { EquipmentDTO(item: $0.item, quantity: $0.quantity) }
        version = r.version
    }
}
