import HuiwuCore
import HuiwuStore
import Vapor

/// `/api/v1/bookings` (R1.1–R1.3): create, list, move, decide, check in and out.
struct BookingsAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(APIURL.bookings, use: create)
        routes.post(APIURL.bookingsApprove, use: approveSeveral)
        routes.get(APIURL.bookings, use: list)
        routes.get(APIURL.booking(.key), use: show)
        routes.patch(APIURL.booking(.key), use: move)
        routes.get(APIURL.bookingHistory(.key), use: history)
        routes.post(APIURL.bookingStep(.key, .approve), use: approve)
        routes.post(APIURL.bookingStep(.key, .reject), use: reject)
        routes.post(APIURL.bookingStep(.key, .cancel), use: cancel)
        routes.post(APIURL.bookingStep(.key, .checkIn), use: checkIn)
        routes.post(APIURL.bookingStep(.key, .checkOut), use: checkOut)
    }

    struct CreateBody: Decodable {
        var roomId: String
        var startsAt: String
        var endsAt: String
        var purpose: String
        var headcount: Int
        var title: String?
        /// R1.2: room office only; displaces overlapping bookings.
        var priorityReason: String?
        /// R1.1 with R2.2: the same booking daily or weekly, N times or until a date.
        var `repeat`: Strict<RepeatBody>?
    }

    static func draft(
        roomId: String?, startsAt: String?, endsAt: String?, title: String?, purpose: String?,
        headcount: Int?
    ) throws -> BookingDraft {
        var errors: [FieldError] = []
        let room = Input.uuid(roomId, field: "roomId", errors: &errors)
        let start = Input.instant(startsAt, field: "startsAt", errors: &errors)
        let end = Input.instant(endsAt, field: "endsAt", errors: &errors)
        let title = Input.text(title, field: "title", max: 200, required: false, errors: &errors)
        let purpose = Input.text(purpose, field: "purpose", max: 100, required: true, errors: &errors)
        if headcount == nil { errors.append(FieldError("headcount", "field.required")) }
        if let start, let end, start >= end { errors.append(FieldError("endsAt", "booking.start_not_before_end")) }
        try Input.check(errors)
        return BookingDraft(
            roomId: room!, interval: Interval(start: start!, end: end!), title: title ?? "",
            purpose: purpose!, headcount: headcount!)
    }

    func create(req: Request) async throws -> Response {
        let actor = try req.require(.bookRoom)
        let body = try req.decodeJSON(CreateBody.self)
        let draft = try Self.draft(
            roomId: body.roomId, startsAt: body.startsAt, endsAt: body.endsAt, title: body.title,
            purpose: body.purpose, headcount: body.headcount)
        var errors: [FieldError] = []
        let priority = body.priorityReason.flatMap {
            Input.text($0, field: "priorityReason", max: 500, required: false, errors: &errors)
        }
        try Input.check(errors)
        if let asked = body.repeat {
            return try await createRepeated(draft, asked, priority: priority != nil, by: actor, req: req)
        }
        if let priority, priority.isEmpty { throw BookingError.reasonRequired }
        let placed = try await req.huiwu.ledger.place(draft, by: actor, priorityReason: priority, now: req.now)
        let response = Response(status: .created)
        try response.content.encode(BookingDTO(placed.booking, time: req.huiwu.time))
        response.headers.replaceOrAdd(name: .location, value: APIURL.booking(.value(placed.booking.id)).path)
        return response.tag(version: placed.booking.version)
    }

    /// `GET /api/v1/bookings`: one page, in write order, so none is skipped or repeated.
    func list(req: Request) async throws -> Response {
        let actor = try req.actor()
        var errors: [FieldError] = []
        let roomId = try? req.query.get(String.self, at: "roomId")
        let room = roomId.flatMap { Input.uuid($0, field: "roomId", errors: &errors) }
        let from = Input.optionalInstant(try? req.query.get(String.self, at: "from"), field: "from", errors: &errors)
        let to = Input.optionalInstant(try? req.query.get(String.self, at: "to"), field: "to", errors: &errors)
        var statuses: [BookingStatus]?
        if let s = try? req.query.get(String.self, at: "status") {
            let parsed = s.split(separator: ",").map { BookingStatus(rawValue: String($0)) }
            if parsed.contains(where: { $0 == nil }) { errors.append(FieldError("status", "field.enum")) }
            statuses = parsed.compactMap { $0 }
        }
        if let from, let to, from >= to { errors.append(FieldError("to", "booking.start_not_before_end")) }
        var mine = false
        if let text = req.query[String.self, at: "mine"] {
            switch text {
            case "true", "1": mine = true
            case "false", "0", "": mine = false
            default: errors.append(FieldError("mine", "field.boolean"))
            }
        }
        let paging = PageParameters.parse(req, list: "bookings", errors: &errors)
        try Input.check(errors)
        let seeAll = AccessPolicy.allows(actor.role, .viewAllBookings)
        let page = try await req.huiwu.bookings.page(
            .init(
                roomId: room, bookerId: mine ? actor.id : nil,
                statuses: statuses, from: from, to: to), paging.request)
        let time = req.huiwu.time
        return try paging.respond(page, to: req) { v in
            let visible =
                seeAll
                || AccessPolicy.maySeeBooking(
                    role: actor.role, actorID: actor.id.uuidString, actorDepartment: actor.departmentId?.uuidString,
                    bookerID: v.booking.bookerId.uuidString, bookingDepartment: v.booking.departmentId?.uuidString)
            return visible ? BookingDTO(v, time: time) : BookingDTO(v.booking, time: time, redacted: true)
        }
    }

    func show(req: Request) async throws -> Response {
        let actor = try req.actor()
        guard let view = try await req.huiwu.bookings.view(try req.idParameter()) else { throw BookingError.bookingNotFound }
        let visible = AccessPolicy.maySeeBooking(
            role: actor.role, actorID: actor.id.uuidString, actorDepartment: actor.departmentId?.uuidString,
            bookerID: view.booking.bookerId.uuidString, bookingDepartment: view.booking.departmentId?.uuidString)
        let dto =
            visible ? BookingDTO(view, time: req.huiwu.time) : BookingDTO(view.booking, time: req.huiwu.time, redacted: true)
        return try await dto.encodeResponse(for: req).tag(version: view.booking.version)
    }

    struct MoveBody: Decodable {
        var roomId: String?
        var startsAt: String?
        var endsAt: String?
        var title: String?
        var purpose: String?
        var headcount: Int?
    }

    func move(req: Request) async throws -> Response {
        let actor = try req.actor()
        let id = try req.idParameter()
        try await req.huiwu.ledger.requireMayMove(id, by: actor)
        let body = try req.decodeJSON(MoveBody.self)
        var errors: [FieldError] = []
        let room = body.roomId.flatMap { Input.uuid($0, field: "roomId", errors: &errors) }
        let start = Input.optionalInstant(body.startsAt, field: "startsAt", errors: &errors)
        let end = Input.optionalInstant(body.endsAt, field: "endsAt", errors: &errors)
        if (start == nil) != (end == nil), errors.isEmpty {
            errors.append(FieldError(start == nil ? "startsAt" : "endsAt", "field.required"))
        }
        if let start, let end, start >= end { errors.append(FieldError("endsAt", "booking.start_not_before_end")) }
        let title = Input.text(body.title, field: "title", max: 200, required: false, errors: &errors)
        let purpose =
            body.purpose == nil ? nil : Input.text(body.purpose, field: "purpose", max: 100, required: true, errors: &errors)
        try Input.check(errors)
        let interval = start.flatMap { s in end.map { Interval(start: s, end: $0) } }
        let change = BookingChange(roomId: room, interval: interval, title: title, purpose: purpose, headcount: body.headcount)
        let booking = try await req.huiwu.ledger.move(
            id, change, by: actor, expectedVersion: try req.expectedVersion(), now: req.now)
        return try await BookingDTO(booking, time: req.huiwu.time).encodeResponse(for: req).tag(version: booking.version)
    }

    func history(req: Request) async throws -> [HistoryEntryDTO] {
        let actor = try req.actor()
        let id = try req.idParameter()
        guard let view = try await req.huiwu.bookings.view(id) else { throw BookingError.bookingNotFound }
        guard
            AccessPolicy.maySeeBooking(
                role: actor.role, actorID: actor.id.uuidString,
                actorDepartment: actor.departmentId?.uuidString,
                bookerID: view.booking.bookerId.uuidString,
                bookingDepartment: view.booking.departmentId?.uuidString)
        else {
            throw ProblemError(.forbidden, "forbidden")
        }
        let time = req.huiwu.time
        return try await req.huiwu.bookings.history(id).map {
            HistoryEntryDTO(
                action: $0.event.action, actorId: $0.event.actorId, actorName: $0.actorName,
                at: time.format($0.event.at), detail: $0.event.detail)
        }
    }

    struct ReasonBody: Decodable { var reason: String? }
    struct UsageBody: Decodable {
        var headcount: Int?
        var condition: String?
    }

    /// Optional JSON body: empty is fine, anything present must be valid JSON.
    static func optionalBody<T: Decodable>(_ type: T.Type, _ req: Request, empty: T) throws -> T {
        guard let data = req.body.data, data.readableBytes > 0 else { return empty }
        return try req.decodeJSON(T.self)
    }

    func decided(_ req: Request, _ booking: BookingRecord) async throws -> Response {
        try await BookingDTO(booking, time: req.huiwu.time).encodeResponse(for: req).tag(version: booking.version)
    }

    func approve(req: Request) async throws -> Response {
        let actor = try req.require(.approveBookings)
        // The reason is not kept, but held to the document's rule like every other reason.
        let body = try Self.optionalBody(ReasonBody.self, req, empty: ReasonBody())
        var errors: [FieldError] = []
        _ = Input.text(body.reason, field: "reason", max: 500, required: false, errors: &errors)
        try Input.check(errors)
        return try await decided(
            req,
            try await req.huiwu.ledger.approve(
                try req.idParameter(), by: actor, expectedVersion: try req.expectedVersion(), now: req.now))
    }

    func reject(req: Request) async throws -> Response {
        let actor = try req.require(.approveBookings)
        let body = try Self.optionalBody(ReasonBody.self, req, empty: ReasonBody())
        var errors: [FieldError] = []
        let reason = Input.text(body.reason, field: "reason", max: 500, required: false, errors: &errors)
        try Input.check(errors)
        return try await decided(
            req,
            try await req.huiwu.ledger.reject(
                try req.idParameter(), reason: reason ?? "", by: actor, expectedVersion: try req.expectedVersion(), now: req.now))
    }

    func cancel(req: Request) async throws -> Response {
        let actor = try req.actor()
        let body = try Self.optionalBody(ReasonBody.self, req, empty: ReasonBody())
        var errors: [FieldError] = []
        let reason = Input.text(body.reason, field: "reason", max: 500, required: false, errors: &errors)
        try Input.check(errors)
        return try await decided(
            req,
            try await req.huiwu.ledger.cancel(
                try req.idParameter(), reason: reason, by: actor, expectedVersion: try req.expectedVersion(), now: req.now))
    }

    func checkIn(req: Request) async throws -> Response {
        let actor = try req.actor()
        let body = try Self.optionalBody(UsageBody.self, req, empty: UsageBody())
        return try await decided(
            req,
            try await req.huiwu.ledger.checkIn(
                try req.idParameter(), headcount: body.headcount, by: actor, expectedVersion: try req.expectedVersion(),
                now: req.now))
    }

    func checkOut(req: Request) async throws -> Response {
        let actor = try req.actor()
        let body = try Self.optionalBody(UsageBody.self, req, empty: UsageBody())
        var errors: [FieldError] = []
        let condition = Input.text(body.condition, field: "condition", max: 1000, required: false, errors: &errors)
        try Input.check(errors)
        return try await decided(
            req,
            try await req.huiwu.ledger.checkOut(
                try req.idParameter(), headcount: body.headcount, condition: condition, by: actor,
                expectedVersion: try req.expectedVersion(), now: req.now))
    }
}

struct HistoryEntryDTO: Content {
    var action: String
    var actorId: UUID?
    var actorName: String?
    var at: String
    var detail: String
}
