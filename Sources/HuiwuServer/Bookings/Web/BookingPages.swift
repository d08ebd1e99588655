import HuiwuCore
import HuiwuStore
import Vapor

/// The booking form (with inline errors and offered alternatives), my bookings, and the
/// actions on one booking (R1.1–R1.3).
struct BookingPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.book, use: form)
        routes.post(SiteURL.book, use: submit)
        routes.get(SiteURL.myBookings, use: mine)
        routes.post(SiteURL.bookingStep(.key, .key), use: act)
    }

    struct FormValues: Content {
        var roomId: String?
        var date: String?
        var start: String?
        var end: String?
        var title: String?
        var purpose: String?
        var headcount: String?
        var priorityReason: String?
        var priority: String?
    }

    struct Offer: Encodable {
        var label: String
        var href: String
    }

    struct FormView: Encodable {
        var values: FormValues
        var rooms: [Choice]
        var purposes: [Choice]
        var errors: FormErrors
        var otherRooms: [Offer]
        var sameRoom: [Offer]
        var conflict: Bool
        var canPriority: Bool
        var priorityMode: Bool
        var action = SiteURL.book.path
    }

    func form(req: Request) async throws -> Response {
        let actor = try req.webRequire(.bookRoom)
        var values = try req.query.decode(FormValues.self)
        let time = req.huiwu.time
        if values.date == nil { values.date = time.date(of: req.now).description }
        if values.start == nil { values.start = "09:00" }
        if values.end == nil { values.end = "10:00" }
        if values.headcount == nil { values.headcount = "5" }
        if values.purpose == nil { values.purpose = "meeting" }
        return try await render(req, actor: actor, values: values, errors: FormErrors(), alternatives: nil, status: .ok)
    }

    func render(
        _ req: Request, actor: Actor, values: FormValues, errors: FormErrors, alternatives: BookingAlternatives?,
        status: HTTPResponseStatus
    ) async throws -> Response {
        let services = req.huiwu
        let rooms = try await services.rooms.rooms()
        let purposes = try await services.organisation.purposes()
        let time = services.time
        func offer(_ s: AlternativeSlot) -> Offer {
            let d = time.date(of: s.startsAt)
            let href = SiteURL.book.href([
                "roomId": s.roomId.uuidString, "date": d.description,
                "start": time.clock(s.startsAt), "end": time.clock(s.endsAt),
                "title": values.title ?? "", "purpose": values.purpose ?? "",
                "headcount": values.headcount ?? "",
            ])
            return Offer(label: "\(s.roomName) \(d) \(time.clock(s.startsAt))–\(time.clock(s.endsAt))", href: href)
        }
        let canPriority = AccessPolicy.allows(actor.role, .placePriorityBooking)
        let view = FormView(
            values: values,
            rooms: rooms.map {
                Choice(
                    value: $0.id.uuidString,
                    label: req.aside(
                        $0.name, "\($0.building) \($0.floor)" + req.t("ui_comma") + "\(req.t("ui_capacity")) \($0.capacity)"),
                    selected: $0.id.uuidString == values.roomId)
            },
            purposes: purposes.map {
                Choice(value: $0.code, label: $0.localizedName(req.uiLocale), selected: $0.code == values.purpose)
            },
            errors: errors, otherRooms: alternatives?.otherRooms.map(offer) ?? [],
            sameRoom: alternatives?.sameRoom.map(offer) ?? [],
            conflict: alternatives != nil, canPriority: canPriority,
            priorityMode: canPriority && (values.priority == "1" || !(values.priorityReason ?? "").isEmpty))
        return try await req.page("book", title: req.t("ui_book_title"), section: "book", view, status: status)
    }

    func submit(req: Request) async throws -> Response {
        let actor = try req.webRequire(.bookRoom)
        let values = try req.content.decode(FormValues.self)
        let time = req.huiwu.time
        var fieldErrors: [FieldError] = []
        let room = Input.uuid(values.roomId, field: "roomId", errors: &fieldErrors)
        let day = values.date.flatMap(CivilDate.init)
        if day == nil { fieldErrors.append(FieldError("date", "field.date")) }
        let start = values.start.flatMap(ClockTime.init)
        if start == nil { fieldErrors.append(FieldError("start", "field.clock_time")) }
        let end = values.end.flatMap(ClockTime.init)
        if end == nil { fieldErrors.append(FieldError("end", "field.clock_time")) }
        let headcount = values.headcount.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        if headcount == nil { fieldErrors.append(FieldError("headcount", "field.integer")) }
        let title = Input.text(values.title, field: "title", max: 200, required: false, errors: &fieldErrors)
        let reason = Input.text(values.priorityReason, field: "priorityReason", max: 500, required: false, errors: &fieldErrors)
        if let start, let end, start >= end { fieldErrors.append(FieldError("end", "booking.start_not_before_end")) }
        if values.priority == "1", (reason ?? "").isEmpty {
            fieldErrors.append(FieldError("priorityReason", "booking.reason_required"))
        }
        guard fieldErrors.isEmpty, let room, let day, let start, let end, let headcount else {
            return try await render(
                req, actor: actor, values: values, errors: FormErrors(fieldErrors, on: req), alternatives: nil,
                status: .unprocessableEntity)
        }
        let draft = BookingDraft(
            roomId: room,
            interval: Interval(
                start: time.instant(day, minutes: start.minutes),
                end: time.instant(day, minutes: end.minutes)),
            title: title ?? "", purpose: values.purpose ?? "", headcount: headcount)
        do {
            let priority = values.priority == "1" ? reason : nil
            let placed = try await req.huiwu.ledger.place(draft, by: actor, priorityReason: priority, now: req.now)
            let done = placed.booking.statusValue == .approved ? (placed.displaced.isEmpty ? "approved" : "priority") : "pending"
            return req.redirect(to: SiteURL.myBookings, ["done": done])
        } catch let error as BookingError {
            switch error {
            case .conflict(_, let alternatives):
                var errors = FormErrors()
                errors.general = [req.t("problem.booking.conflict")]
                return try await render(
                    req, actor: actor, values: values, errors: errors, alternatives: alternatives, status: .conflict)
            case .rules(let violations):
                let errors = FormErrors(
                    violations.map { v in
                        FieldError(v.field == "time" ? "start" : v.field, v.code, v.parameters)
                    }, on: req)
                return try await render(
                    req, actor: actor, values: values, errors: errors, alternatives: nil, status: .unprocessableEntity)
            case .roomNotFound:
                return try await render(
                    req, actor: actor, values: values,
                    errors: FormErrors([FieldError("roomId", "booking.room_not_found")], on: req),
                    alternatives: nil, status: .unprocessableEntity)
            case .reasonRequired:
                return try await render(
                    req, actor: actor, values: values,
                    errors: FormErrors([FieldError("priorityReason", "booking.reason_required")], on: req),
                    alternatives: nil, status: .unprocessableEntity)
            default:
                throw error
            }
        }
    }

    struct MyBooking: Encodable {
        var id: String
        var roomName: String
        var date: String
        var time: String
        var title: String
        var purpose: String
        var status: String
        var statusLabel: String
        var reason: String?
        var version: Int
        var canCancel: Bool
        var canCheckIn: Bool
        var canCheckOut: Bool
        var usage: String?
        /// A booking waiting for approval: whom it waits on, under which clause (R1.1).
        var waitingOn: String?
        var cancelAction: String
        var checkInAction: String
        var checkOutAction: String
    }

    struct MyView: Encodable {
        var upcoming: [MyBooking]
        var past: [MyBooking]
    }

    func mine(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let services = req.huiwu
        let time = services.time
        let now = req.now
        let purposes = Dictionary(
            uniqueKeysWithValues: try await services.organisation.purposes(includeInactive: true)
                .map { ($0.code, $0.localizedName(req.uiLocale)) })
        let views = try await services.bookings.list(.init(bookerId: actor.id, from: now.addingTimeInterval(-30 * 86_400)))
        let waiting = try await Self.waitingOn(
            views.filter { $0.booking.statusValue == .pending }.map(\.booking.id), req: req)
        let items = views.map { v -> MyBooking in
            let b = v.booking
            let opens = BookingLifecycle.checkInOpens(for: b.startsAt)
            var usage: String?
            if let i = b.checkedInAt {
                usage = req.t("ui_checked_in_at", ["time": time.clock(i)])
                if let o = b.checkedOutAt { usage! += " · " + req.t("ui_checked_out_at", ["time": time.clock(o)]) }
            }
            return MyBooking(
                id: b.id.uuidString, roomName: v.roomName, date: time.date(of: b.startsAt).description,
                time: time.clock(b.startsAt) + "–" + time.clock(b.endsAt), title: b.title,
                purpose: purposes[b.purpose] ?? b.purpose, status: b.status,
                statusLabel: req.t("ui_status_" + b.status), reason: b.decisionReason, version: b.version,
                canCancel: b.statusValue.isActive && b.checkedInAt == nil && b.endsAt > now,
                canCheckIn: b.statusValue == .approved && b.checkedInAt == nil && now >= opens && now < b.endsAt,
                canCheckOut: b.checkedInAt != nil && b.checkedOutAt == nil, usage: usage, waitingOn: waiting[b.id],
                cancelAction: SiteURL.bookingStep(.value(b.id), .value(.cancel)).path,
                checkInAction: SiteURL.bookingStep(.value(b.id), .value(.checkIn)).path,
                checkOutAction: SiteURL.bookingStep(.value(b.id), .value(.checkOut)).path)
        }
        let split = views.map { $0.booking.endsAt > now || ($0.booking.checkedInAt != nil && $0.booking.checkedOutAt == nil) }
        let view = MyView(
            upcoming: zip(items, split).filter { $0.1 }.map(\.0),
            past: zip(items, split).filter { !$0.1 }.map(\.0).reversed())
        return try await req.page("my", title: req.t("ui_my_title"), section: "my", view)
    }

    /// "Waiting for 王芳 · A1 §3" for each booking with an open request.
    static func waitingOn(_ bookings: [UUID], req: Request) async throws -> [UUID: String] {
        let citations = Citations(req)
        var out: [UUID: String] = [:]
        for (booking, v) in try await req.huiwu.approvals.open(.booking, bookings) {
            let cite = try await citations.clause(v.request.citation)?.shownCite(req) ?? ""
            out[booking] = req.t(
                "ui_booking_waiting_on", ["who": req.list(v.waitingOn.map(\.personName)), "clause": cite])
        }
        return out
    }

    struct ActionForm: Content {
        var version: Int?
        var reason: String?
        var headcount: String?
        var condition: String?
        var back: String?
    }

    /// POST /bookings/:id/(cancel|check-in|check-out|approve|reject): form actions, then back.
    func act(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let id = try req.idParameter()
        let form = try req.content.decode(ActionForm.self)
        let ledger = req.huiwu.ledger
        let now = req.now
        let headcount = form.headcount.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let back = SessionPages.safeNext(form.back ?? SiteURL.myBookings.path).components(separatedBy: "?")[0]
        let done: String
        do {
            switch req.parameters.get("action").flatMap(BookingStepName.init(rawValue:)) {
            case .cancel:
                _ = try await ledger.cancel(id, reason: form.reason, by: actor, expectedVersion: form.version, now: now)
                done = "cancelled"
            case .checkIn:
                _ = try await ledger.checkIn(id, headcount: headcount, by: actor, expectedVersion: form.version, now: now)
                done = "checked_in"
            case .checkOut:
                _ = try await ledger.checkOut(
                    id, headcount: headcount, condition: form.condition, by: actor,
                    expectedVersion: form.version, now: now)
                done = "checked_out"
            case .approve:
                _ = try await ledger.approve(id, by: actor, expectedVersion: form.version, now: now)
                done = "approved_one"
            case .reject:
                _ = try await ledger.reject(id, reason: form.reason ?? "", by: actor, expectedVersion: form.version, now: now)
                done = "rejected_one"
            case nil:
                throw ProblemError(.notFound, "not_found")
            }
        } catch let error as BookingError {
            // Not theirs, or not there: the error page (403/404), as for any page; only what
            // the booking's state refuses comes back to the list as a notice.
            if case .forbidden = error { throw error }
            if case .bookingNotFound = error { throw error }
            let problem = ProblemMapper.problem(for: error, on: req)
            let code = problem.errors?.first?.code ?? problem.code
            return req.redirect(to: back + "?done=failed_" + code.replacingOccurrences(of: ".", with: "_"))
        }
        return req.redirect(to: back + "?done=" + done)
    }
}
