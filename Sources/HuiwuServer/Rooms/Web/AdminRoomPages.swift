import HuiwuCore
import HuiwuStore
import Vapor

/// Rooms administration for the room office (R1.1, R4.1 groundwork).
struct AdminRoomPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.adminRooms, use: list)
        routes.get(SiteURL.adminRoomNew, use: newForm)
        routes.post(SiteURL.adminRooms, use: create)
        routes.get(SiteURL.adminRoomEdit(.key), use: editForm)
        routes.post(SiteURL.adminRoom(.key), use: update)
    }

    struct RoomRow: Encodable {
        var id: String
        var name: String
        var place: String
        var capacity: Int
        var roomClass: String
        var status: String
        var statusLabel: String
        var hours: String
        var approval: String
        var editHref: String
    }

    struct ListView: Encodable {
        var rooms: [RoomRow]
        var newHref = SiteURL.adminRoomNew.path
    }

    func list(req: Request) async throws -> Response {
        _ = try req.webRequire(.manageRooms)
        let rooms = try await req.huiwu.rooms.rooms().map { r in
            RoomRow(
                id: r.id.uuidString, name: r.name, place: "\(r.building) \(r.floor)", capacity: r.capacity,
                roomClass: req.t("ui_class_" + r.roomClass), status: r.status, statusLabel: req.t("ui_room_status_" + r.status),
                hours: "\(r.policy.opensAt)–\(r.policy.closesAt)",
                approval: req.t(r.autoApprove ? "ui_auto_approve" : "ui_needs_approval"),
                editHref: SiteURL.adminRoomEdit(.value(r.id)).path)
        }
        return try await req.page("admin-rooms", title: req.t("ui_rooms_title"), section: "rooms", ListView(rooms: rooms))
    }

    struct RoomForm: Content {
        var name: String?
        var building: String?
        var floor: String?
        var capacity: String?
        var roomClass: String?
        var description: String?
        var opensAt: String?
        var closesAt: String?
        var minLeadMinutes: String?
        var maxAdvanceDays: String?
        var maxDurationMinutes: String?
        var autoApprove: String?
        var status: String?
        var maintenanceFrom: String?
        var maintenanceUntil: String?
        var managingDepartmentId: String?
        var equipment: String?
        var version: String?
    }

    struct FormView: Encodable {
        var values: RoomForm
        var id: String?
        /// Where the form posts: the room when editing, the list (create) when new.
        var action: String
        var classes: [SelectOption]
        var statuses: [SelectOption]
        var departments: [SelectOption]
        var errors: FormErrors
    }

    func render(
        _ req: Request, values: RoomForm, id: UUID?, errors: FormErrors, status: HTTPResponseStatus
    ) async throws -> Response {
        let departments = try await req.huiwu.people.departments()
        let view = FormView(
            values: values, id: id?.uuidString,
            action: id.map { SiteURL.adminRoom(.value($0)).path } ?? SiteURL.adminRooms.path,
            classes: RoomClass.allCases.map {
                .init(
                    value: $0.rawValue, label: req.t("ui_class_" + $0.rawValue),
                    selected: $0.rawValue == (values.roomClass ?? "ordinary"))
            },
            statuses: RoomStatus.allCases.map {
                .init(
                    value: $0.rawValue, label: req.t("ui_room_status_" + $0.rawValue),
                    selected: $0.rawValue == (values.status ?? "available"))
            },
            departments: [.init(value: "", label: "—", selected: (values.managingDepartmentId ?? "").isEmpty)]
                + departments.map {
                    .init(value: $0.id.uuidString, label: $0.name, selected: $0.id.uuidString == values.managingDepartmentId)
                },
            errors: errors)
        return try await req.page(
            "admin-room-form", title: req.t(id == nil ? "ui_room_new" : "ui_room_edit"), section: "rooms",
            view, status: status)
    }

    func newForm(req: Request) async throws -> Response {
        _ = try req.webRequire(.manageRooms)
        let values = RoomForm(
            capacity: "10", roomClass: "ordinary", opensAt: "08:00", closesAt: "22:00", minLeadMinutes: "0",
            maxAdvanceDays: "90", maxDurationMinutes: "480", status: "available")
        return try await render(req, values: values, id: nil, errors: FormErrors(), status: .ok)
    }

    func editForm(req: Request) async throws -> Response {
        _ = try req.webRequire(.manageRooms)
        guard let d = try await req.huiwu.rooms.room(try req.idParameter()) else { throw ProblemError(.notFound, "not_found") }
        let r = d.room
        let time = req.huiwu.time
        func local(_ date: Date?) -> String? {
            date.map { time.date(of: $0).description + "T" + time.clock($0) }
        }
        let values = RoomForm(
            name: r.name, building: r.building, floor: r.floor, capacity: String(r.capacity), roomClass: r.roomClass,
            description: r.description, opensAt: r.policy.opensAt.description, closesAt: r.policy.closesAt.description,
            minLeadMinutes: String(r.minLeadMinutes), maxAdvanceDays: String(r.maxAdvanceDays),
            maxDurationMinutes: String(r.maxDurationMinutes), autoApprove: r.autoApprove ? "1" : nil, status: r.status,
            maintenanceFrom: local(r.maintenanceStartsAt), maintenanceUntil: local(r.maintenanceEndsAt),
            managingDepartmentId: r.managingDepartmentId?.uuidString,
            equipment: d.equipment.map { "\($0.item) × \($0.quantity)" }.joined(separator: "\n"), version: String(r.version))
        return try await render(req, values: values, id: r.id, errors: FormErrors(), status: .ok)
    }

    /// Parses the form; equipment is one item per line, `name × quantity` (quantity optional).
    static func spec(_ f: RoomForm, time: OrgTime) -> (RoomSpec?, [FieldError]) {
        var errors: [FieldError] = []
        func int(_ s: String?, _ field: String) -> Int? {
            guard let v = Int((s ?? "").trimmingCharacters(in: .whitespaces)) else {
                errors.append(FieldError(field, "field.integer"))
                return nil
            }
            return v
        }
        func local(_ s: String?, _ field: String) -> Date? {
            guard let s, !s.isEmpty else { return nil }
            let parts = s.split(separator: "T")
            guard parts.count == 2, let d = CivilDate(String(parts[0])), let t = ClockTime(String(parts[1]).prefix(5).description)
            else {
                errors.append(FieldError(field, "field.timestamp"))
                return nil
            }
            return time.instant(d, minutes: t.minutes)
        }
        let capacity = int(f.capacity, "capacity")
        let lead = int(f.minLeadMinutes, "minLeadMinutes")
        let advance = int(f.maxAdvanceDays, "maxAdvanceDays")
        let duration = int(f.maxDurationMinutes, "maxDurationMinutes")
        let opens = ClockTime(f.opensAt ?? "")
        if opens == nil { errors.append(FieldError("opensAt", "field.clock_time")) }
        let closes = ClockTime(f.closesAt ?? "")
        if closes == nil { errors.append(FieldError("closesAt", "field.clock_time")) }
        let roomClass = RoomClass(rawValue: f.roomClass ?? "")
        if roomClass == nil { errors.append(FieldError("roomClass", "field.enum")) }
        let status = RoomStatus(rawValue: f.status ?? "")
        if status == nil { errors.append(FieldError("status", "field.enum")) }
        let mFrom = local(f.maintenanceFrom, "maintenanceFrom")
        let mUntil = local(f.maintenanceUntil, "maintenanceUntil")
        var dept: UUID?
        if let d = f.managingDepartmentId, !d.isEmpty { dept = Input.uuid(d, field: "managingDepartmentId", errors: &errors) }
        var equipment: [(item: String, quantity: Int)] = []
        for line in TextLines.split(f.equipment ?? "") {
            let parts = line.split(whereSeparator: { $0 == "×" || $0 == "x" || $0 == "*" }).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard let name = parts.first, !name.isEmpty else { continue }
            let qty = parts.count > 1 ? Int(parts[1]) : 1
            if qty == nil { errors.append(FieldError("equipment", "field.integer")) }
            equipment.append((name, qty ?? 1))
        }
        guard errors.isEmpty, let capacity, let lead, let advance, let duration, let opens, let closes, let roomClass, let status
        else {
            return (nil, errors)
        }
        let spec = RoomSpec(
            name: f.name ?? "", building: (f.building ?? "").trimmingCharacters(in: .whitespaces),
            floor: (f.floor ?? "").trimmingCharacters(in: .whitespaces), capacity: capacity, roomClass: roomClass,
            description: f.description ?? "", opensAt: opens, closesAt: closes, minLeadMinutes: lead,
            maxAdvanceDays: advance, maxDurationMinutes: duration, autoApprove: f.autoApprove == "1",
            status: status, maintenanceStartsAt: mFrom, maintenanceEndsAt: mUntil,
            managingDepartmentId: dept, equipment: equipment)
        let more = spec.validate().map { e -> FieldError in
            var e = e
            if e.field.hasPrefix("equipment") { e.field = "equipment" }
            if e.field == "maintenanceEndsAt" { e.field = "maintenanceUntil" }
            return e
        }
        return more.isEmpty ? (spec, []) : (nil, more)
    }

    func save(_ req: Request, id: UUID?) async throws -> Response {
        _ = try req.webRequire(.manageRooms)
        let form = try req.content.decode(RoomForm.self)
        let (spec, errors) = Self.spec(form, time: req.huiwu.time)
        guard let spec else {
            return try await render(req, values: form, id: id, errors: FormErrors(errors, on: req), status: .unprocessableEntity)
        }
        do {
            if let id {
                _ = try await req.huiwu.rooms.update(id, spec, expectedVersion: form.version.flatMap { Int($0) }, now: req.now)
            } else {
                _ = try await req.huiwu.rooms.create(spec, now: req.now)
            }
        } catch let e as StoreError {
            let fieldError: FieldError
            switch e {
            case .duplicate(let field): fieldError = FieldError(field, "field.duplicate")
            case .invalid(let field, let code): fieldError = FieldError(field, code)
            case .staleVersion:
                var errs = FormErrors()
                errs.general = [req.t("problem.stale_version")]
                return try await render(req, values: form, id: id, errors: errs, status: .preconditionFailed)
            default: throw e
            }
            return try await render(
                req, values: form, id: id, errors: FormErrors([fieldError], on: req), status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.adminRooms, ["done": "saved"])
    }

    func create(req: Request) async throws -> Response { try await save(req, id: nil) }
    func update(req: Request) async throws -> Response { try await save(req, id: try req.idParameter()) }
}
