import HuiwuCore
import HuiwuStore
import Vapor

/// `/api/v1/rooms` (R1.1): the room office and admins manage rooms; everyone may look.
struct RoomsAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.rooms, use: list)
        routes.post(APIURL.rooms, use: create)
        routes.get(APIURL.room(.key), use: show)
        routes.put(APIURL.room(.key), use: update)
        routes.delete(APIURL.room(.key), use: delete)
        routes.get(APIURL.roomKioskKey(.key), use: kioskKey)
        routes.post(APIURL.roomKioskKey(.key), use: rotateKioskKey)
    }

    struct RoomBody: Decodable {
        var name: String
        var building: String?
        var floor: String?
        var capacity: Int
        var roomClass: String?
        var description: String?
        var opensAt: String?
        var closesAt: String?
        var minLeadMinutes: Int?
        var maxAdvanceDays: Int?
        var maxDurationMinutes: Int?
        var autoApprove: Bool?
        var status: String?
        var maintenanceStartsAt: String?
        var maintenanceEndsAt: String?
        var managingDepartmentId: String?
        var equipment: [EquipmentDTO]?

        func spec() throws -> RoomSpec {
            var errors: [FieldError] = []
            let roomClass = RoomClass(rawValue: self.roomClass ?? "ordinary")
            if roomClass == nil { errors.append(FieldError("roomClass", "field.enum")) }
            let status = RoomStatus(rawValue: self.status ?? "available")
            if status == nil { errors.append(FieldError("status", "field.enum")) }
            let opens = ClockTime(opensAt ?? "08:00")
            if opens == nil { errors.append(FieldError("opensAt", "field.clock_time")) }
            let closes = ClockTime(closesAt ?? "22:00")
            if closes == nil { errors.append(FieldError("closesAt", "field.clock_time")) }
            let mStart = Input.optionalInstant(maintenanceStartsAt, field: "maintenanceStartsAt", errors: &errors)
            let mEnd = Input.optionalInstant(maintenanceEndsAt, field: "maintenanceEndsAt", errors: &errors)
            let dept = managingDepartmentId.flatMap { Input.uuid($0, field: "managingDepartmentId", errors: &errors) }
            for (field, value, max) in [("building", building, 100), ("floor", floor, 50), ("description", description, 2000)] {
                _ = Input.text(value, field: field, max: max, required: false, errors: &errors)
            }
            try Input.check(errors)
            let spec = RoomSpec(
                name: name, building: building ?? "", floor: floor ?? "", capacity: capacity, roomClass: roomClass!,
                description: description ?? "", opensAt: opens!, closesAt: closes!, minLeadMinutes: minLeadMinutes ?? 0,
                maxAdvanceDays: maxAdvanceDays ?? 90, maxDurationMinutes: maxDurationMinutes ?? 480,
                autoApprove: autoApprove ?? false, status: status!, maintenanceStartsAt: mStart, maintenanceEndsAt: mEnd,
                managingDepartmentId: dept, equipment: (equipment ?? []).map { ($0.item, $0.quantity) })
            try Input.check(spec.validate())
            return spec
        }
    }

    func list(req: Request) async throws -> [RoomDTO] {
        _ = try req.require(.viewRooms)
        var errors: [FieldError] = []
        var filter = Rooms.Filter()
        filter.building = req.query[String.self, at: "building"]
        if let c = try? req.query.get(String.self, at: "roomClass") {
            filter.roomClass = RoomClass(rawValue: c)
            if filter.roomClass == nil { errors.append(FieldError("roomClass", "field.enum")) }
        }
        if req.query[String.self, at: "minCapacity"] != nil {
            filter.minCapacity = req.query[Int.self, at: "minCapacity"]
            if filter.minCapacity == nil { errors.append(FieldError("minCapacity", "field.integer")) }
        }
        try Input.check(errors)
        // No stored building name holds a control character (stored text is checked), so such a
        // filter matches nothing — and PostgreSQL could not even compare a NUL.
        if let b = filter.building, TextRules.hasForbiddenControl(b) { return [] }
        let time = req.huiwu.time
        return try await req.huiwu.rooms.rooms(filter).map { RoomDTO(RoomDetail(room: $0, equipment: []), time: time) }
    }

    func show(req: Request) async throws -> Response {
        _ = try req.require(.viewRooms)
        guard let detail = try await req.huiwu.rooms.room(try req.idParameter()) else { throw StoreError.notFound }
        return try await RoomDTO(detail, time: req.huiwu.time).encodeResponse(for: req).tag(version: detail.room.version)
    }

    func create(req: Request) async throws -> Response {
        _ = try req.require(.manageRooms)
        let spec = try req.decodeJSON(RoomBody.self).spec()
        let detail = try await req.huiwu.rooms.create(spec, now: req.now)
        let response = Response(status: .created)
        try response.content.encode(RoomDTO(detail, time: req.huiwu.time))
        response.headers.replaceOrAdd(name: .location, value: APIURL.room(.value(detail.room.id)).path)
        return response.tag(version: detail.room.version)
    }

    func update(req: Request) async throws -> Response {
        _ = try req.require(.manageRooms)
        let id = try req.idParameter()
        let spec = try req.decodeJSON(RoomBody.self).spec()
        let detail = try await req.huiwu.rooms.update(id, spec, expectedVersion: try req.expectedVersion(), now: req.now)
        return try await RoomDTO(detail, time: req.huiwu.time).encodeResponse(for: req).tag(version: detail.room.version)
    }

    func delete(req: Request) async throws -> HTTPStatus {
        _ = try req.require(.manageRooms)
        try await req.huiwu.rooms.delete(try req.idParameter())
        return .noContent
    }
}
