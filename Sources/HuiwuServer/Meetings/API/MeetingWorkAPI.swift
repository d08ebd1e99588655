import HuiwuCore
import HuiwuStore
import Vapor

/// A meeting's working parts (R5.3, R5.4, R5.8): agenda with speaking order and the open action
/// items carried over, preparation checklist, materials, minutes and action items.
struct MeetingWorkAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("meetings", ":id", "agenda", use: agenda)
        routes.put("meetings", ":id", "agenda", use: setAgenda)
        routes.get("meetings", ":id", "checklist", use: checklist)
        routes.post("meetings", ":id", "checklist", use: addChecklistItem)
        routes.post("meetings", ":id", "checklist", ":item", "done", use: signOff)
        routes.delete("meetings", ":id", "checklist", ":item", "done", use: reopen)
        routes.get("meetings", ":id", "materials", use: materials)
        routes.on(.POST, "meetings", ":id", "materials", body: .collect(maxSize: "11mb"), use: upload)
        routes.get("meetings", ":id", "materials", ":material", use: download)
        routes.delete("meetings", ":id", "materials", ":material", use: detach)
        routes.get("meetings", ":id", "minutes", use: minutes)
        routes.put("meetings", ":id", "minutes", use: saveMinutes)
        routes.post("meetings", ":id", "minutes", "publish", use: publish)
        routes.get("meetings", ":id", "actions", use: actions)
        routes.post("meetings", ":id", "actions", use: addAction)
        routes.patch("actions", ":id", use: setActionStatus)
    }

    struct AgendaItemDTO: Content {
        var title: String
        var minutes: Int
        var presenterId: String?
        var presenterName: String?
    }

    struct ReporterDTO: Content {
        var personId: String
        var name: String
        var departmentName: String?
    }

    struct ActionDTO: Content {
        var id: String
        var meetingId: String
        var title: String
        var ownerId: String
        var ownerName: String
        var dueOn: String
        var status: String
        var overdue: Bool
        var version: Int
    }

    struct AgendaDTO: Content {
        var items: [AgendaItemDTO]
        var reporters: [ReporterDTO]
        /// Open action items from the series' earlier meetings, followed up here (R5.8).
        var carriedOver: [ActionDTO]
        var totalMinutes: Int
    }

    static func action(_ a: ActionItem, today: CivilDate) -> ActionDTO {
        ActionDTO(
            id: a.id.uuidString, meetingId: a.meetingId.uuidString, title: a.title, ownerId: a.ownerId.uuidString,
            ownerName: a.ownerName, dueOn: a.dueOn.description, status: a.status.rawValue,
            overdue: a.status == .open && a.dueOn < today, version: a.version)
    }

    /// `GET /api/v1/meetings/{id}/agenda`.
    func agenda(req: Request) async throws -> AgendaDTO {
        let view = try await MeetingsAPI.visible(req)
        let prep = req.huiwu.preparation
        let items = try await prep.agenda(of: view.meeting.id)
        let today = req.huiwu.time.date(of: req.now)
        return AgendaDTO(
            items: items.map {
                AgendaItemDTO(
                    title: $0.title, minutes: $0.minutes, presenterId: $0.presenterId?.uuidString,
                    presenterName: $0.presenterName)
            },
            reporters: try await prep.reporters(of: view.meeting.id).map {
                ReporterDTO(personId: $0.personId.uuidString, name: $0.name, departmentName: $0.departmentName)
            },
            carriedOver: try await req.huiwu.minutes.carriedOver(to: view.meeting)
                .map { Self.action($0, today: today) },
            totalMinutes: items.reduce(0) { $0 + $1.minutes })
    }

    struct AgendaBody: Decodable {
        struct Item: Decodable {
            var title: String
            var minutes: Int
            var presenterId: String?
        }
        var items: [Item]
        var reporters: [String]?
    }

    /// `PUT /api/v1/meetings/{id}/agenda` `{items: [{title, minutes, presenterId}], reporters: [personId]}`.
    func setAgenda(req: Request) async throws -> AgendaDTO {
        let actor = try req.actor()
        let view = try await MeetingsAPI.visible(req)
        let body = try req.decodeJSON(AgendaBody.self)
        var errors: [FieldError] = []
        if body.items.count > 50 { errors.append(FieldError("items", "field.out_of_range")) }
        var items: [AgendaItem] = []
        for (i, item) in body.items.enumerated() {
            let title = Input.text(item.title, field: "items[\(i)].title", max: 200, required: true, errors: &errors)
            if !(1...480).contains(item.minutes) { errors.append(FieldError("items[\(i)].minutes", "field.out_of_range")) }
            let presenter = SeriesInput.optionalUUID(item.presenterId, field: "items[\(i)].presenterId", errors: &errors)
            items.append(AgendaItem(position: i + 1, title: title ?? "", minutes: item.minutes, presenterId: presenter))
        }
        let reporters = (body.reporters ?? []).enumerated().compactMap { i, text in
            Input.uuid(text, field: "reporters[\(i)]", errors: &errors)
        }
        if Set(reporters).count != reporters.count { errors.append(FieldError("reporters", "field.duplicate")) }
        try Input.check(errors)
        try await req.huiwu.preparation.setAgenda(items, reporters: reporters, of: view.meeting.id, by: actor)
        return try await agenda(req: req)
    }

    struct ChecklistItemDTO: Content {
        var id: String
        var category: String
        var title: String
        var dueAt: String
        var assigneeId: String?
        var assigneeName: String?
        var doneAt: String?
        var doneByName: String?
        var overdue: Bool
    }

    /// `GET /api/v1/meetings/{id}/checklist`.
    func checklist(req: Request) async throws -> [ChecklistItemDTO] {
        let view = try await MeetingsAPI.visible(req)
        let time = req.huiwu.time, now = req.now
        return try await req.huiwu.preparation.checklist(of: view.meeting.id).map { c in
            ChecklistItemDTO(
                id: c.id.uuidString, category: c.category.rawValue, title: c.title, dueAt: time.format(c.dueAt),
                assigneeId: c.assigneeId?.uuidString, assigneeName: c.assigneeName, doneAt: c.doneAt.map(time.format),
                doneByName: c.doneByName, overdue: c.doneAt == nil && c.dueAt < now)
        }
    }

    struct ChecklistBody: Decodable {
        var category: String?
        var title: String?
        var dueAt: String?
        var assigneeId: String?
    }

    /// `POST /api/v1/meetings/{id}/checklist` `{category, title, dueAt, assigneeId}`.
    func addChecklistItem(req: Request) async throws -> Response {
        let actor = try req.actor()
        let view = try await MeetingsAPI.visible(req)
        let body = try req.decodeJSON(ChecklistBody.self)
        var errors: [FieldError] = []
        let category = ChecklistCategory(rawValue: body.category ?? "other")
        if category == nil { errors.append(FieldError("category", "field.enum")) }
        let title = Input.text(body.title, field: "title", max: 200, required: true, errors: &errors)
        let due = Input.instant(body.dueAt, field: "dueAt", errors: &errors)
        let assignee = SeriesInput.optionalUUID(body.assigneeId, field: "assigneeId", errors: &errors)
        try Input.check(errors)
        _ = try await req.huiwu.preparation.addChecklistItem(
            view.meeting.id, category: category!, title: title!, dueAt: due!, assignee: assignee, by: actor)
        return try await checklist(req: req).encodeResponse(status: .created, for: req)
    }

    /// `POST /api/v1/meetings/{id}/checklist/{item}/done`: signed off.
    func signOff(req: Request) async throws -> [ChecklistItemDTO] {
        try await mark(req, done: true)
    }

    /// `DELETE /api/v1/meetings/{id}/checklist/{item}/done`: reopened.
    func reopen(req: Request) async throws -> [ChecklistItemDTO] {
        try await mark(req, done: false)
    }

    func mark(_ req: Request, done: Bool) async throws -> [ChecklistItemDTO] {
        let actor = try req.actor()
        let view = try await MeetingsAPI.visible(req)
        try await req.huiwu.preparation.signOff(
            try req.idParameter("item"), of: view.meeting.id, done: done,
            by: actor, now: req.now)
        return try await checklist(req: req)
    }

    struct MaterialDTO: Content {
        var id: String
        var filename: String
        var contentType: String
        var size: Int
        var sha256: String
        var uploadedByName: String
        var uploadedAt: String
    }

    /// `GET /api/v1/meetings/{id}/materials`.
    func materials(req: Request) async throws -> [MaterialDTO] {
        let view = try await MeetingsAPI.visible(req)
        let time = req.huiwu.time
        return try await req.huiwu.preparation.materials(of: view.meeting.id).map { m in
            MaterialDTO(
                id: m.id.uuidString, filename: m.filename, contentType: m.contentType, size: m.size, sha256: m.sha256,
                uploadedByName: m.uploadedByName, uploadedAt: time.format(m.uploadedAt))
        }
    }

    struct Upload: Content {
        var file: File
    }

    /// `POST /api/v1/meetings/{id}/materials` (multipart/form-data, field `file`): checked by its
    /// bytes (PDF, PNG, JPEG, Office, text), at most 10 MB.
    func upload(req: Request) async throws -> Response {
        let actor = try req.actor()
        let view = try await MeetingsAPI.visible(req)
        guard let type = req.headers.contentType, type.type == "multipart", type.subType == "form-data" else {
            throw ProblemError(.unsupportedMediaType, "unsupported_media_type")
        }
        let upload: Upload
        do { upload = try req.content.decode(Upload.self) } catch {
            throw ValidationFailure([FieldError("file", "field.required")])
        }
        let id = try await Self.attach(upload.file, to: view.meeting.id, by: actor, req: req)
        let response = try await materials(req: req).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(
            name: .location, value: "/api/v1/meetings/\(view.meeting.id.uuidString)/materials/\(id.uuidString)")
        return response
    }

    /// Checks and stores an uploaded file (shared with the meeting page's form).
    static func attach(_ file: File, to meeting: UUID, by actor: Actor, req: Request) async throws -> UUID {
        var buffer = file.data
        let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
        let checked: (name: String, contentType: String)
        do {
            checked = try MaterialCheck.check(
                filename: file.filename, bytes: bytes, maxBytes: MeetingPreparation.maxMaterialBytes)
        } catch let problem as MaterialCheck.Problem {
            throw ValidationFailure([FieldError("file", problem.rawValue)])
        }
        return try await req.huiwu.preparation.attach(
            meeting, filename: checked.name,
            contentType: checked.contentType, bytes: bytes,
            by: actor, now: req.now)
    }

    /// `GET /api/v1/meetings/{id}/materials/{material}`: the file, always as an attachment.
    func download(req: Request) async throws -> Response {
        let view = try await MeetingsAPI.visible(req)
        guard
            let (info, data) = try await req.huiwu.preparation
                .content(of: try req.idParameter("material"), meeting: view.meeting.id)
        else { throw ProblemError(.notFound, "not_found") }
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.replaceOrAdd(name: .contentType, value: info.contentType)
        let encoded = info.filename.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "material"
        response.headers.replaceOrAdd(
            name: .contentDisposition, value: "attachment; filename=\"material\"; filename*=UTF-8''\(encoded)")
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: .eTag, value: "\"\(info.sha256)\"")
        return response
    }

    /// `DELETE /api/v1/meetings/{id}/materials/{material}`.
    func detach(req: Request) async throws -> HTTPStatus {
        let actor = try req.actor()
        let view = try await MeetingsAPI.visible(req)
        guard
            try await req.huiwu.preparation.detach(
                try req.idParameter("material"), of: view.meeting.id,
                by: actor)
        else { throw ProblemError(.notFound, "not_found") }
        return .noContent
    }

    struct MinutesDTO: Content {
        var body: String
        var decisions: String
        var publishedAt: String?
        var version: Int
    }

    /// `GET /api/v1/meetings/{id}/minutes`.
    func minutes(req: Request) async throws -> Response {
        let view = try await MeetingsAPI.visible(req)
        let m = try await req.huiwu.minutes.minutes(of: view.meeting.id)
        return try await MinutesDTO(
            body: m.body, decisions: m.decisions, publishedAt: m.publishedAt.map(req.huiwu.time.format),
            version: m.version
        ).encodeResponse(for: req).tag(version: m.version)
    }

    struct MinutesBody: Decodable {
        var body: String
        var decisions: String?
    }

    /// `PUT /api/v1/meetings/{id}/minutes` `{body, decisions}` (If-Match: the version read; 0 for none).
    func saveMinutes(req: Request) async throws -> Response {
        let actor = try req.actor()
        let view = try await MeetingsAPI.visible(req)
        let body = try req.decodeJSON(MinutesBody.self)
        var errors: [FieldError] = []
        let text = Input.text(body.body, field: "body", max: 50_000, required: false, errors: &errors) ?? ""
        let decisions = Input.text(body.decisions ?? "", field: "decisions", max: 20_000, required: false, errors: &errors) ?? ""
        try Input.check(errors)
        let saved = try await req.huiwu.minutes.save(
            view.meeting.id, body: text, decisions: decisions,
            expectedVersion: try req.expectedMinutesVersion(),
            by: actor, now: req.now)
        return try await MinutesDTO(
            body: saved.body, decisions: saved.decisions,
            publishedAt: saved.publishedAt.map(req.huiwu.time.format), version: saved.version
        )
        .encodeResponse(for: req).tag(version: saved.version)
    }

    /// `POST /api/v1/meetings/{id}/minutes/publish`: to every participant (in-app and e-mail).
    func publish(req: Request) async throws -> Response {
        let actor = try req.actor()
        let view = try await MeetingsAPI.visible(req)
        let batch = try await req.huiwu.minutes.publish(view.meeting.id, by: actor, now: req.now)
        return try await NoticesAPI.SentDTO(participants: batch.participants, queued: batch.queued)
            .encodeResponse(status: .accepted, for: req)
    }

    /// `GET /api/v1/meetings/{id}/actions`.
    func actions(req: Request) async throws -> [ActionDTO] {
        let view = try await MeetingsAPI.visible(req)
        let today = req.huiwu.time.date(of: req.now)
        return try await req.huiwu.minutes.actions(of: view.meeting.id).map { Self.action($0, today: today) }
    }

    struct ActionBody: Decodable {
        var title: String?
        var ownerId: String?
        var dueOn: String?
    }

    /// `POST /api/v1/meetings/{id}/actions` `{title, ownerId, dueOn}`.
    func addAction(req: Request) async throws -> Response {
        let actor = try req.actor()
        let view = try await MeetingsAPI.visible(req)
        let body = try req.decodeJSON(ActionBody.self)
        let (title, owner, due) = try Self.action(title: body.title, owner: body.ownerId, due: body.dueOn)
        _ = try await req.huiwu.minutes.addAction(
            view.meeting.id, title: title, owner: owner, dueOn: due,
            by: actor, now: req.now)
        return try await actions(req: req).encodeResponse(status: .created, for: req)
    }

    /// An action item's fields as typed (API or the meeting page's form).
    static func action(title: String?, owner: String?, due: String?) throws -> (String, UUID, CivilDate) {
        var errors: [FieldError] = []
        let title = Input.text(title, field: "title", max: 500, required: true, errors: &errors)
        let owner = Input.uuid(owner, field: "ownerId", errors: &errors)
        let day = due.flatMap(CivilDate.init)
        if day == nil { errors.append(FieldError("dueOn", "field.date")) }
        try Input.check(errors)
        return (title!, owner!, day!)
    }

    struct StatusBody: Decodable {
        var status: String
    }

    /// `PATCH /api/v1/actions/{id}` `{status: open | done | cancelled}` (If-Match optional).
    func setActionStatus(req: Request) async throws -> Response {
        let id = try req.idParameter()
        let actor = try req.actor()
        let body = try req.decodeJSON(StatusBody.self)
        guard let status = ActionStatus(rawValue: body.status) else {
            throw ValidationFailure([FieldError("status", "field.enum")])
        }
        let item = try await req.huiwu.minutes.setStatus(
            id, status, by: actor,
            expectedVersion: try req.expectedVersion(), now: req.now)
        return try await Self.action(item, today: req.huiwu.time.date(of: req.now)).encodeResponse(for: req).tag(
            version: item.version)
    }
}

extension Request {
    /// If-Match for minutes: like `expectedVersion`, but `"0"` (no minutes yet) is a version too.
    func expectedMinutesVersion() throws -> Int? {
        guard let raw = headers.first(name: .ifMatch) else { return nil }
        if raw.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "W/\"")) == "0" { return 0 }
        return try expectedVersion()
    }
}
