import HuiwuCore
import HuiwuStore
import Vapor

/// JSON shapes of the API (documented in Resources/openapi.json). Instants are RFC 3339
/// in the organisation's time zone.
struct BookingDTO: Content, Equatable {
    var id: UUID
    var roomId: UUID
    var roomName: String?
    var startsAt: String
    var endsAt: String
    var status: String
    var version: Int
    var title: String?
    var purpose: String?
    var headcount: Int?
    var bookerId: UUID?
    var bookerName: String?
    var departmentId: UUID?
    var departmentName: String?
    var priority: Bool?
    var decisionReason: String?
    var checkedInAt: String?
    var checkedOutAt: String?
    var actualHeadcount: Int?
    var conditionNote: String?
    var createdAt: String?

    /// `redacted` shows only when and where (for conflicts seen by someone else).
    init(_ b: BookingRecord, time: OrgTime, redacted: Bool = false, view: BookingView? = nil) {
        id = b.id
        roomId = b.roomId
        roomName = view?.roomName
        startsAt = time.format(b.startsAt)
        endsAt = time.format(b.endsAt)
        status = b.status
        version = b.version
        guard !redacted else { return }
        title = b.title
        purpose = b.purpose
        headcount = b.headcount
        bookerId = b.bookerId
        bookerName = view?.bookerName
        departmentId = b.departmentId
        departmentName = view?.departmentName
        priority = b.priority
        decisionReason = b.decisionReason
        checkedInAt = b.checkedInAt.map(time.format)
        checkedOutAt = b.checkedOutAt.map(time.format)
        actualHeadcount = b.actualHeadcount
        conditionNote = b.conditionNote
        createdAt = time.format(b.createdAt)
    }

    init(_ v: BookingView, time: OrgTime) {
        self.init(v.booking, time: time, view: v)
    }
}

struct SlotDTO: Content, Equatable {
    var roomId: UUID
    var roomName: String
    var startsAt: String
    var endsAt: String
}

struct AlternativesDTO: Content, Equatable {
    var otherRooms: [SlotDTO]
    var sameRoom: [SlotDTO]

    init(_ a: BookingAlternatives, time: OrgTime) {
        func slot(_ s: AlternativeSlot) -> SlotDTO {
            SlotDTO(roomId: s.roomId, roomName: s.roomName, startsAt: time.format(s.startsAt), endsAt: time.format(s.endsAt))
        }
        otherRooms = a.otherRooms.map(slot)
        sameRoom = a.sameRoom.map(slot)
    }
}

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

struct DepartmentDTO: Content, Equatable {
    var id: UUID
    var name: String
    var parentId: UUID?

    init(_ d: DepartmentRecord) {
        id = d.id
        name = d.name
        parentId = d.parentId
    }
}

struct PersonDTO: Content, Equatable {
    var id: UUID
    var username: String
    var displayName: String
    var role: String
    var departmentId: UUID?
    var position: String?
    var email: String?
    var active: Bool

    init(_ p: PersonRecord) {
        id = p.id
        username = p.username
        displayName = p.displayName
        role = p.role
        departmentId = p.departmentId
        position = p.position
        email = p.email
        active = p.active
    }
}

struct NotificationDTO: Content, Equatable {
    var id: UUID
    var kind: String
    var bookingId: UUID?
    /// The meeting a meeting notice is about.
    var meetingId: UUID?
    var message: String
    var createdAt: String
    var read: Bool
}

struct PurposeDTO: Content, Equatable {
    var code: String
    var name: String
}
