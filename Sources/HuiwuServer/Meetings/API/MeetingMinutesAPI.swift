import HuiwuCore
import HuiwuStore
import Vapor

/// A meeting's minutes and action items (R5.8): minutes saved and published with optimistic
/// versions; action items with an owner and a due date, followed up at the series' next meeting.
struct MeetingMinutesAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.meetingPart(.key, .minutes), use: minutes)
        routes.put(APIURL.meetingPart(.key, .minutes), use: saveMinutes)
        routes.post(APIURL.meetingMinutesPublish(.key), use: publish)
        routes.get(APIURL.meetingPart(.key, .actions), use: actions)
        routes.post(APIURL.meetingPart(.key, .actions), use: addAction)
        routes.patch(APIURL.action(.key), use: setActionStatus)
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

    static func action(_ a: ActionItem, today: CivilDate) -> ActionDTO {
        ActionDTO(
            id: a.id.uuidString, meetingId: a.meetingId.uuidString, title: a.title, ownerId: a.ownerId.uuidString,
            ownerName: a.ownerName, dueOn: a.dueOn.description, status: a.status.rawValue,
            overdue: a.status == .open && a.dueOn < today, version: a.version)
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
        let view = try await MeetingsAPI.managed(req)
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
        let view = try await MeetingsAPI.managed(req)
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
        try await req.huiwu.minutes.requireMayChangeStatus(of: id, by: actor)
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
