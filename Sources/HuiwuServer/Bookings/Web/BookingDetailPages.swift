import HuiwuCore
import HuiwuStore
import Vapor

/// One booking's page (opened from the grid), its edit form, and the question asked before it
/// is cancelled (R1.1–R1.3). Others' bookings show only what the viewer may see (X1); only what
/// the viewer may do is offered (X6).
struct BookingDetailPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.booking(.key), use: show)
        routes.get(SiteURL.bookingEdit(.key), use: editForm)
        routes.post(SiteURL.bookingEdit(.key), use: edit)
        // GET of a step's own address asks first; only cancelling has a question to ask.
        routes.get(SiteURL.bookingStep(.key, .key), use: confirm)
    }

    struct DetailView: Encodable {
        var id: String
        var visible: Bool
        var roomName: String
        var roomHref: String
        var date: String
        var time: String
        var title: String
        var purpose: String
        var headcount: Int
        var who: String
        var status: String
        var statusLabel: String
        var reason: String?
        var usage: String?
        var version: Int
        var meetingHref: String?
        var editHref: String?
        var cancelHref: String?
        var cancelAction: String
        var backHref: String
        /// The booking's own page ("no, keep it" goes back there).
        var href: String
    }

    func show(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let id = try req.idParameter()
        guard let view = try await req.huiwu.bookings.view(id) else { throw ProblemError(.notFound, "not_found") }
        let detail = try await Self.detail(view, actor: actor, req: req)
        return try await req.page("booking", title: detail.visible ? detail.title : detail.roomName, section: "grid", detail)
    }

    static func detail(_ v: BookingView, actor: Actor, req: Request) async throws -> DetailView {
        let b = v.booking
        let time = req.huiwu.time
        let visible = AccessPolicy.maySeeBooking(
            role: actor.role, actorID: actor.id, actorDepartment: actor.departmentId,
            bookerID: b.bookerId, bookingDepartment: b.departmentId)
        let mayChange = AccessPolicy.mayChangeBooking(
            role: actor.role, actorID: actor.id.uuidString, bookerID: b.bookerId.uuidString)
        var meeting: UUID?
        if visible { meeting = try await req.huiwu.bookings.meeting(holding: b.id) }
        let changeable = mayChange && meeting == nil && b.statusValue.isActive && b.checkedInAt == nil && b.endsAt > req.now
        let purposes = try await req.huiwu.organisation.purposes(includeInactive: true)
        var usage: String?
        if visible, let i = b.checkedInAt {
            usage = req.t("ui_checked_in_at", ["time": time.clock(i)])
            if let o = b.checkedOutAt { usage! += " · " + req.t("ui_checked_out_at", ["time": time.clock(o)]) }
        }
        let day = time.date(of: b.startsAt)
        return DetailView(
            id: b.id.uuidString, visible: visible, roomName: v.roomName,
            roomHref: SiteURL.roomWeek(.value(b.roomId)).href(["date": day.description]),
            date: day.description + " " + req.t("ui_weekday_\(day.isoWeekday)"),
            time: time.clock(b.startsAt) + "–" + time.clock(b.endsAt),
            title: visible ? b.title : (v.departmentName ?? req.t("ui_booked")),
            purpose: visible ? (purposes.first { $0.code == b.purpose }?.localizedName(req.uiLocale) ?? b.purpose) : "",
            headcount: visible ? b.headcount : 0,
            who: visible
                ? [v.bookerName, v.departmentName].compactMap { $0 }.joined(separator: " · ") : (v.departmentName ?? ""),
            status: b.status, statusLabel: req.t("ui_status_" + b.status), reason: visible ? b.decisionReason : nil,
            usage: usage, version: b.version, meetingHref: meeting.map { SiteURL.meeting(.value($0)).path },
            editHref: changeable ? SiteURL.bookingEdit(.value(b.id)).path : nil,
            cancelHref: changeable ? SiteURL.bookingStep(.value(b.id), .value(.cancel)).path : nil,
            cancelAction: SiteURL.bookingStep(.value(b.id), .value(.cancel)).path,
            backHref: SiteURL.grid.href(["date": day.description]), href: SiteURL.booking(.value(b.id)).path)
    }

    /// The booking to change, refused before anything is shown unless the viewer may change it.
    func changeable(_ req: Request, actor: Actor) async throws -> BookingView {
        let id = try req.idParameter()
        try await req.huiwu.ledger.requireMayMove(id, by: actor)
        guard let view = try await req.huiwu.bookings.view(id) else { throw ProblemError(.notFound, "not_found") }
        return view
    }

    /// `GET /bookings/:id/cancel`: "cancel this booking?" with the booking named — works without
    /// JavaScript; the list's button is a link here (X6: destructive actions ask first).
    func confirm(req: Request) async throws -> Response {
        let actor = try req.webActor()
        guard req.parameters.get("action").flatMap(BookingStepName.init(rawValue:)) == .cancel else {
            throw ProblemError(.notFound, "not_found")
        }
        let view = try await changeable(req, actor: actor)
        let detail = try await Self.detail(view, actor: actor, req: req)
        guard detail.cancelHref != nil else { return req.redirect(to: SiteURL.booking(.value(view.booking.id))) }
        return try await req.page("booking-cancel", title: req.t("ui_booking_cancel_title"), section: "my", detail)
    }

    func editForm(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let view = try await changeable(req, actor: actor)
        let b = view.booking
        let time = req.huiwu.time
        // A slot chosen among the alternatives arrives in the query; the rest is the booking's.
        let q = try req.query.decode(BookingPages.FormValues.self)
        let values = BookingPages.FormValues(
            roomId: q.roomId ?? b.roomId.uuidString, date: q.date ?? time.date(of: b.startsAt).description,
            start: q.start ?? time.clock(b.startsAt), end: q.end ?? time.clock(b.endsAt), title: q.title ?? b.title,
            purpose: q.purpose ?? b.purpose, headcount: q.headcount ?? String(b.headcount), version: String(b.version))
        return try await BookingPages().render(
            req, actor: actor, values: values, errors: FormErrors(), alternatives: nil, status: .ok, editing: b.id)
    }

    /// `POST /bookings/:id/edit`: the same never-double-book path as a new booking (the ledger's
    /// move); a conflict offers alternatives, a broken rule is shown with its clause, a new slot
    /// that needs approval goes back to the room office (R1.1, R1.2).
    func edit(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let view = try await changeable(req, actor: actor)
        let id = view.booking.id
        var values = try req.content.decode(BookingPages.FormValues.self)
        values.priority = nil
        values.priorityReason = nil
        let pages = BookingPages()
        let parsed = BookingPages.parse(values, time: req.huiwu.time)
        guard let draft = parsed.draft else {
            return try await pages.render(
                req, actor: actor, values: values, errors: FormErrors(parsed.errors, on: req), alternatives: nil,
                status: .unprocessableEntity, editing: id)
        }
        let change = BookingChange(
            roomId: draft.roomId, interval: draft.interval, title: draft.title, purpose: draft.purpose,
            headcount: draft.headcount)
        do {
            let moved = try await req.huiwu.ledger.move(
                id, change, by: actor, expectedVersion: values.version.flatMap { Int($0) }, now: req.now)
            let done = moved.statusValue == .pending ? "edited_pending" : "edited"
            return req.redirect(to: SiteURL.booking(.value(id)), ["done": done])
        } catch let error as BookingError {
            guard let refused = BookingPages.refusal(error, req: req) else { throw error }
            return try await pages.render(
                req, actor: actor, values: values, errors: refused.errors, alternatives: refused.alternatives,
                status: refused.status, editing: id)
        }
    }
}
