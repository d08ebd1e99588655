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
        /// The version an edit was made against (a change meanwhile is refused, not overwritten).
        var version: String?
        /// Repeating a new booking: `daily` or `weekly`, N times or until a date.
        var repeatEvery: String?
        var repeatCount: String?
        var repeatUntil: String?
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
        /// Editing a booking: the page's heading and the way back to the booking.
        var heading: String?
        var backHref: String?
        var editing = false
    }

    func form(req: Request) async throws -> Response {
        let actor = try req.webRequire(.bookRoom)
        var values = try req.query.decode(FormValues.self)
        let time = req.huiwu.time
        if values.date == nil { values.date = time.date(of: req.now).description }
        if values.start == nil, values.end == nil {
            // The next free slot of the room, not a fixed 09:00 (R1.1).
            let day = values.date.flatMap(CivilDate.init) ?? time.date(of: req.now)
            let room = values.roomId.flatMap(UUID.init(uuidString:))
            if let slot = try await Self.nextFreeSlot(room: room, day: day, req: req) {
                values.start = ClockTime(minutes: slot.start)?.description
                values.end = ClockTime(minutes: slot.end)?.description
            }
        }
        if values.start == nil { values.start = "09:00" }
        if values.end == nil { values.end = "10:00" }
        if values.headcount == nil { values.headcount = "5" }
        if values.purpose == nil { values.purpose = "meeting" }
        return try await render(req, actor: actor, values: values, errors: FormErrors(), alternatives: nil, status: .ok)
    }

    func render(
        _ req: Request, actor: Actor, values: FormValues, errors: FormErrors, alternatives: BookingAlternatives?,
        status: HTTPResponseStatus, editing: UUID? = nil
    ) async throws -> Response {
        let services = req.huiwu
        let rooms = try await services.rooms.rooms()
        let purposes = try await services.organisation.purposes()
        let time = services.time
        func offer(_ s: AlternativeSlot) -> Offer {
            let d = time.date(of: s.startsAt)
            // An edit's alternatives open the edit form with that slot filled in.
            let target = editing.map { SiteURL.bookingEdit(.value($0)) } ?? SiteURL.book
            let href = target.href([
                "roomId": s.roomId.uuidString, "date": d.description,
                "start": time.clock(s.startsAt), "end": time.clock(s.endsAt),
                "title": values.title ?? "", "purpose": values.purpose ?? "",
                "headcount": values.headcount ?? "",
            ])
            return Offer(label: "\(s.roomName) \(d) \(time.clock(s.startsAt))–\(time.clock(s.endsAt))", href: href)
        }
        let canPriority = AccessPolicy.allows(actor.role, .placePriorityBooking)
        var view = FormView(
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
            priorityMode: canPriority && editing == nil && (values.priority == "1" || !(values.priorityReason ?? "").isEmpty))
        if let editing {
            // R1.1: an edit goes through the same form, to the booking's own edit action.
            view.canPriority = false
            view.editing = true
            view.action = SiteURL.bookingEdit(.value(editing)).path
            view.heading = req.t("ui_booking_edit_title")
            view.backHref = SiteURL.booking(.value(editing)).path
        }
        return try await req.page("book", title: view.heading ?? req.t("ui_book_title"), section: "book", view, status: status)
    }

    func submit(req: Request) async throws -> Response {
        let actor = try req.webRequire(.bookRoom)
        let values = try req.content.decode(FormValues.self)
        var parsed = Self.parse(values, time: req.huiwu.time)
        var repeatErrors: [FieldError] = []
        let repetition = Self.repetition(values, first: values.date.flatMap(CivilDate.init), errors: &repeatErrors)
        if !repeatErrors.isEmpty { (parsed.draft, parsed.errors) = (nil, parsed.errors + repeatErrors) }
        guard let draft = parsed.draft else {
            return try await render(
                req, actor: actor, values: values, errors: FormErrors(parsed.errors, on: req), alternatives: nil,
                status: .unprocessableEntity)
        }
        if let repetition {
            let outcome = try await req.huiwu.ledger.placeRepeated(draft, repetition, by: actor, now: req.now)
            guard !outcome.made.isEmpty else {
                var errors = FormErrors()
                errors.general = [req.t("ui_booking_repeat_none")]
                return try await render(req, actor: actor, values: values, errors: errors, alternatives: nil, status: .conflict)
            }
            return req.redirect(
                to: SiteURL.myBookings,
                ["made": String(outcome.made.count), "refused": outcome.refused.map(\.date.description).joined(separator: ",")])
        }
        do {
            let priority = values.priority == "1" ? parsed.priorityReason : nil
            let placed = try await req.huiwu.ledger.place(draft, by: actor, priorityReason: priority, now: req.now)
            let done = placed.booking.statusValue == .approved ? (placed.displaced.isEmpty ? "approved" : "priority") : "pending"
            return req.redirect(to: SiteURL.myBookings, ["done": done])
        } catch let error as BookingError {
            guard let refused = Self.refusal(error, req: req) else { throw error }
            return try await render(
                req, actor: actor, values: values, errors: refused.errors, alternatives: refused.alternatives,
                status: refused.status)
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
        /// The question asked before cancelling (X6), at the cancel step's own address.
        var cancelAction: String
        var editHref: String
        var href: String
        var checkInAction: String
        var checkOutAction: String
    }

    struct MyView: Encodable {
        var upcoming: [MyBooking]
        var past: [MyBooking]
        /// After a repeated booking: how many were made, and the dates refused (R1.1).
        var repeated: String?
        var refused: String?
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
                editHref: SiteURL.bookingEdit(.value(b.id)).path, href: SiteURL.booking(.value(b.id)).path,
                checkInAction: SiteURL.bookingStep(.value(b.id), .value(.checkIn)).path,
                checkOutAction: SiteURL.bookingStep(.value(b.id), .value(.checkOut)).path)
        }
        let split = views.map { $0.booking.endsAt > now || ($0.booking.checkedInAt != nil && $0.booking.checkedOutAt == nil) }
        var view = MyView(
            upcoming: zip(items, split).filter { $0.1 }.map(\.0),
            past: zip(items, split).filter { !$0.1 }.map(\.0).reversed())
        if let made = req.query[Int.self, at: "made"] {
            view.repeated = req.t("ui_booking_repeat_made", ["n": String(made)])
            let refused = (req.query[String.self, at: "refused"] ?? "").split(separator: ",").compactMap { CivilDate(String($0)) }
            if !refused.isEmpty {
                view.refused = req.t(
                    "ui_booking_repeat_refused",
                    ["dates": refused.map(\.description).joined(separator: req.t("ui_list_separator"))])
            }
        }
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
}
