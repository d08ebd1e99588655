import HuiwuCore
import HuiwuStore
import Vapor

/// Meetings (R2.2, R2.3, R2.5): my meetings, ad-hoc meetings, one meeting, edits and
/// cancellations by scope, and the participant list.
struct MeetingsAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.meetings, use: list)
        routes.post(APIURL.meetings, use: create)
        routes.get(APIURL.meeting(.key), use: show)
        routes.patch(APIURL.meeting(.key), use: edit)
        routes.post(APIURL.meetingPart(.key, .cancel), use: cancel)
        routes.get(APIURL.meetingPart(.key, .participants), use: participants)
        routes.post(APIURL.meetingPart(.key, .participants), use: addParticipants)
        routes.delete(APIURL.meetingParticipant(.key, .key), use: removeParticipant)
    }

    struct ChangedDTO: Content {
        var meetings: [MeetingDTO]
    }

    /// Longest window one listing covers.
    static let maxDays = 92

    /// `GET /api/v1/meetings?from=YYYY-MM-DD&to=YYYY-MM-DD[&all=true]`: meetings I organise or
    /// attend (default: this week); `all` (room office, admin) lists everyone's.
    /// One page at a time, in write order.
    func list(req: Request) async throws -> Response {
        let actor = try req.actor()
        let time = req.huiwu.time
        let today = time.date(of: req.now)
        var errors: [FieldError] = []
        let (from, to) = Input.dateRange(
            req, from: today.adding(days: 1 - today.isoWeekday), to: { $0.adding(days: 6) },
            maxDays: Self.maxDays, errors: &errors)
        let all = req.query[String.self, at: "all"]
        if let all, all != "true" && all != "false" { errors.append(FieldError("all", "field.enum")) }
        let paging = PageParameters.parse(req, list: "meetings", errors: &errors)
        try Input.check(errors)
        let everyone = all == "true"
        if everyone { _ = try req.require(.readAllMeetings) }
        let window = Interval(start: time.instant(from, minutes: 0), end: time.instant(to.adding(days: 1), minutes: 0))
        let page = try await req.huiwu.meetings.meetings(for: actor.id, in: window, everyone: everyone, paging.request)
        return try paging.respond(page, to: req) { MeetingDTO($0, time: time) }
    }

    /// `POST /api/v1/meetings`: an ad-hoc meeting (R2.3), booking its room through the booking path.
    func create(req: Request) async throws -> Response {
        let actor = try req.require(.bookRoom)
        let body = try req.decodeJSON(MeetingBody.self)
        let type = try await SeriesAPI.type(body.typeId, req: req)
        let meeting = try await req.huiwu.scheduler.createMeeting(
            try body.draft(type: type, locale: req.uiLocale), by: actor,
            now: req.now)
        let response = try await MeetingDTO(meeting, time: req.huiwu.time).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: APIURL.meeting(.value(meeting.id)).path)
        return response.tag(version: meeting.version)
    }

    /// The meeting, if the caller may see it (404 otherwise, like a booking).
    static func visible(_ req: Request) async throws -> MeetingView {
        let actor = try req.actor()
        guard let view = try await req.huiwu.meetings.meeting(try req.idParameter()),
            try await req.huiwu.meetings.maySee(view.meeting, actor: actor)
        else { throw ProblemError(.notFound, "not_found") }
        return view
    }

    /// The meeting, if the caller manages it (its organiser or the room office): 404 for who may
    /// not see it, 403 for a participant. Asked before a body is read (X1); the store asks
    /// again, with the meeting's state, in its transaction.
    static func managed(_ req: Request) async throws -> MeetingView {
        let actor = try req.actor()
        let view = try await visible(req)
        guard AccessPolicy.mayManageMeeting(role: actor.role, actorID: actor.id, organiserID: view.meeting.organiserId)
        else { throw MeetingError.forbidden }
        return view
    }

    /// `GET /api/v1/meetings/{id}`.
    func show(req: Request) async throws -> Response {
        let view = try await Self.visible(req)
        // Opening the meeting acknowledges its notices (R5.2: read/acknowledged).
        try await req.huiwu.notices.acknowledge(view.meeting.id, person: try req.actor().id, now: req.now)
        return try await MeetingDTO(view, time: req.huiwu.time).encodeResponse(for: req).tag(version: view.meeting.version)
    }

    /// `PATCH /api/v1/meetings/{id}` (If-Match): `{scope: this|following|all, title, roomId, start | time, durationMinutes}`.
    func edit(req: Request) async throws -> ChangedDTO {
        let actor = try req.actor()
        _ = try await Self.managed(req)
        let (scope, change) = try req.decodeJSON(MeetingEditBody.self).change()
        let changed = try await req.huiwu.scheduler.edit(
            try req.idParameter(), scope: scope, change, by: actor,
            expectedVersion: try req.expectedVersion(), now: req.now)
        let time = req.huiwu.time
        return ChangedDTO(meetings: changed.map { MeetingDTO($0, time: time) })
    }

    /// `POST /api/v1/meetings/{id}/cancel` (If-Match): `{scope, reason}`; frees the rooms.
    func cancel(req: Request) async throws -> ChangedDTO {
        let actor = try req.actor()
        _ = try await Self.visible(req)
        // Like a booking's cancel, the body is optional (scope `this`, no reason).
        let body = (req.body.data?.readableBytes ?? 0) == 0 ? CancelBody() : try req.decodeJSON(CancelBody.self)
        var errors: [FieldError] = []
        let scope = EditScope(rawValue: body.scope ?? "this")
        if scope == nil { errors.append(FieldError("scope", "field.enum")) }
        let reason = Input.text(body.reason, field: "reason", max: 500, required: false, errors: &errors)
        try Input.check(errors)
        let cancelled = try await req.huiwu.scheduler.cancel(
            try req.idParameter(), scope: scope!, reason: reason, by: actor,
            expectedVersion: try req.expectedVersion(), now: req.now)
        let time = req.huiwu.time
        return ChangedDTO(meetings: cancelled.map { MeetingDTO($0, time: time) })
    }

    /// `GET /api/v1/meetings/{id}/participants`.
    func participants(req: Request) async throws -> [ParticipantDTO] {
        let view = try await Self.visible(req)
        return try await req.huiwu.meetings.participants(of: view.meeting.id).map(ParticipantDTO.init)
    }

    struct AddedDTO: Content {
        var added: Int
        var participants: [ParticipantDTO]
    }

    /// `POST /api/v1/meetings/{id}/participants`: `{participants: [selector]}` — people, groups
    /// resolved now, or guests.
    func addParticipants(req: Request) async throws -> AddedDTO {
        let actor = try req.actor()
        let view = try await Self.managed(req)
        var errors: [FieldError] = []
        let body = try req.decodeJSON(ParticipantsBody.self)
        let selectors = SeriesInput.selectors(body.participants, errors: &errors)
        if selectors.isEmpty { errors.append(FieldError("participants", "field.required")) }
        try Input.check(errors)
        let added = try await req.huiwu.meetings.addParticipants(selectors, to: view.meeting.id, by: actor, now: req.now)
        return AddedDTO(
            added: added, participants: try await req.huiwu.meetings.participants(of: view.meeting.id).map(ParticipantDTO.init))
    }

    /// `DELETE /api/v1/meetings/{id}/participants/{participant}`.
    func removeParticipant(req: Request) async throws -> HTTPStatus {
        let actor = try req.actor()
        let view = try await Self.visible(req)
        try await req.huiwu.meetings.removeParticipant(
            try req.idParameter("participant"), from: view.meeting.id, by: actor, now: req.now)
        return .noContent
    }
}
