import HuiwuCore
import HuiwuStore
import Vapor

/// The living demo: the A1 company (行政部 and four departments), ten rooms including a large
/// room and a VIP room, people in every role, and two weeks of bookings made through the
/// real booking path (the clock is set back to when each booking would have been made).
public enum DemoData {
    public static let password = "huiwu-demo"

    struct DemoPerson {
        var username: String
        var name: String
        var role: Role
        var department: String?
        var position: String
    }

    static let people: [DemoPerson] = [
        DemoPerson(username: "admin", name: "系统管理员", role: .admin, department: "行政部", position: "系统管理员"),
        DemoPerson(username: "wangfang", name: "王芳", role: .roomOffice, department: "行政部", position: "行政主管"),
        DemoPerson(username: "liqiang", name: "李强", role: .infoCentre, department: "信息中心", position: "信息中心工程师"),
        DemoPerson(username: "zhangwei", name: "张伟", role: .departmentHead, department: "销售部", position: "销售部经理"),
        DemoPerson(username: "liuyang", name: "刘洋", role: .staff, department: "销售部", position: "销售代表"),
        DemoPerson(username: "chenjing", name: "陈静", role: .staff, department: "财务部", position: "会计"),
        DemoPerson(username: "zhaolei", name: "赵磊", role: .departmentHead, department: "技术部", position: "技术部经理"),
        DemoPerson(username: "huangmin", name: "黄敏", role: .staff, department: "人力资源部", position: "招聘专员"),
        DemoPerson(username: "sunli", name: "孙丽", role: .cleaning, department: "清洁服务部", position: "保洁员"),
    ]

    struct DemoRoom {
        var name: String
        var building: String
        var floor: String
        var capacity: Int
        var roomClass: RoomClass
        var autoApprove: Bool
        var minLead: Int
        var equipment: [(String, Int)]
    }

    static let rooms: [DemoRoom] = [
        DemoRoom(
            name: "第一会议室", building: "A座", floor: "3F", capacity: 12, roomClass: .ordinary, autoApprove: false, minLead: 0,
            equipment: [("投影仪", 1), ("白板", 1)]),
        DemoRoom(
            name: "第二会议室", building: "A座", floor: "3F", capacity: 12, roomClass: .ordinary, autoApprove: false, minLead: 0,
            equipment: [("电视屏", 1), ("白板", 1)]),
        DemoRoom(
            name: "第三会议室", building: "A座", floor: "4F", capacity: 20, roomClass: .ordinary, autoApprove: false, minLead: 0,
            equipment: [("投影仪", 1), ("音响", 1), ("话筒", 2)]),
        DemoRoom(
            name: "小会议室301", building: "A座", floor: "3F", capacity: 6, roomClass: .ordinary, autoApprove: true, minLead: 0,
            equipment: [("电视屏", 1)]),
        DemoRoom(
            name: "大会议室", building: "A座", floor: "5F", capacity: 120, roomClass: .large, autoApprove: false, minLead: 120,
            equipment: [("投影仪", 2), ("幕布", 2), ("无线话筒", 6), ("摄像头", 2), ("调音台", 1)]),
        DemoRoom(
            name: "贵宾接待室", building: "A座", floor: "6F", capacity: 16, roomClass: .vip, autoApprove: false, minLead: 1440,
            equipment: [("电视屏", 1), ("视频会议终端", 1), ("茶具", 20)]),
        DemoRoom(
            name: "培训室", building: "B座", floor: "2F", capacity: 40, roomClass: .ordinary, autoApprove: false, minLead: 60,
            equipment: [("投影仪", 1), ("电脑", 20), ("话筒", 2)]),
        DemoRoom(
            name: "视频会议室", building: "B座", floor: "3F", capacity: 20, roomClass: .ordinary, autoApprove: false, minLead: 0,
            equipment: [("视频会议终端", 1), ("摄像头", 1), ("全向麦克风", 2)]),
        DemoRoom(
            name: "洽谈室A", building: "B座", floor: "1F", capacity: 4, roomClass: .ordinary, autoApprove: true, minLead: 0,
            equipment: []),
        DemoRoom(
            name: "洽谈室B", building: "B座", floor: "1F", capacity: 4, roomClass: .ordinary, autoApprove: true, minLead: 0,
            equipment: []),
    ]

    public struct Result: Sendable {
        public var loaded: Bool
        public var logins: [String]
        /// The rulebook adopted with the demo (nil: the demo was loaded earlier).
        public var adopted: RulebookVersion?
    }

    static func logins(_ profile: DemoProfile) -> [String] {
        (people + profile.extra).map {
            "\($0.username.padding(toLength: 10, withPad: " ", startingAt: 0)) \($0.role.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)) \($0.name)"
        }
    }

    /// Loads the demo into an empty database (one with no people) as the organisation `rulebook`
    /// describes (`DemoProfile`), adopting that rulebook; otherwise does nothing.
    public static func load(_ app: Application, rulebook: String = "A1") async throws -> Result {
        let services = app.huiwu
        let profile = DemoProfile.named(rulebook)
        guard try await services.people.people().isEmpty else { return Result(loaded: false, logins: logins(profile)) }
        let adopted = try await DemoRulebook.adopt(app, name: rulebook)
        let now = services.clock.now()
        let directory = services.people
        let admin = try await directory.createDepartment(name: "行政部", parentId: nil, now: now)
        var departments: [String: UUID] = ["行政部": admin.id]
        for name in ["信息中心", "清洁服务部"] {
            departments[name] = try await directory.createDepartment(name: name, parentId: admin.id, now: now).id
        }
        for name in profile.departments {
            departments[name] = try await directory.createDepartment(name: name, parentId: nil, now: now).id
        }
        let hash = try await app.password.async.hash(password)
        var actors: [String: Actor] = [:]
        for p in people + profile.extra {
            let place = profile.placed[p.username]
            let department = place?.department ?? profile.department(p.department)
            let record = try await directory.createPerson(
                PersonRecord(
                    id: UUID(), username: p.username, displayName: p.name, passwordHash: hash, role: p.role.rawValue,
                    position: place?.position ?? p.position, email: "\(p.username)@\(rulebook.lowercased()).example",
                    active: true, createdAt: now, departmentId: department.flatMap { departments[$0] }))
            actors[p.username] = Actor(id: record.id, role: p.role, departmentId: record.departmentId, displayName: p.name)
        }
        var roomIds: [UUID] = []
        for r in rooms {
            let detail = try await services.rooms.create(
                RoomSpec(
                    name: r.name, building: r.building, floor: r.floor, capacity: r.capacity, roomClass: r.roomClass,
                    description: "", minLeadMinutes: r.minLead, maxAdvanceDays: 90, maxDurationMinutes: 600,
                    autoApprove: r.autoApprove, managingDepartmentId: admin.id,
                    equipment: r.equipment.map { (item: $0.0, quantity: $0.1) }), now: now)
            roomIds.append(detail.room.id)
        }
        try await DemoBookings(services: services, actors: actors, roomIds: roomIds, now: now).make()
        try await DemoMeetings(services: services, profile: profile, actors: actors, roomIds: roomIds, now: now).make()
        try await DemoHistory(services: services, profile: profile, actors: actors, room: roomIds[2], now: now).make()
        return Result(loaded: true, logins: logins(profile), adopted: adopted)
    }
}
