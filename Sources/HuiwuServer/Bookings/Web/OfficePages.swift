import HuiwuCore
import HuiwuStore
import Vapor

/// The room office's usage register (R1.3), and everyone's notifications. (The approval queue
/// is `ApprovalQueuePage`.)
struct OfficePages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.register, use: register)
        routes.get(SiteURL.registerCSV, use: registerCSV)
        routes.get(SiteURL.notifications, use: notifications)
        routes.post(SiteURL.notificationsReadAll, use: readAll)
    }

    struct RegisterRow: Encodable {
        var room: String
        var title: String
        var booker: String
        var department: String
        var booked: String
        var actual: String
        var headcount: String
        var condition: String
        var noShow: Bool
    }

    struct RegisterView: Encodable {
        var rows: [RegisterRow]
        var rooms: [SelectOption]
        var from: String
        var to: String
        var roomId: String
        var csvHref: String
        var canExport: Bool
        var errors: FormErrors
        var filterAction = SiteURL.register.path
    }

    func register(req: Request) async throws -> Response {
        let actor = try req.webRequire(.viewRegister)
        let services = req.huiwu
        let time = services.time
        let query: RegisterQuery
        do {
            query = try RegisterQuery.parse(req)
        } catch let failure as ValidationFailure {
            let view = RegisterView(
                rows: [], rooms: [], from: req.query[String.self, at: "from"] ?? "",
                to: req.query[String.self, at: "to"] ?? "", roomId: "", csvHref: "", canExport: false,
                errors: FormErrors(failure.errors, on: req))
            return try await req.page(
                "register", title: req.t("ui_register_title"), section: "register", view,
                status: .unprocessableEntity)
        }
        let lines = try await services.bookings.register(roomId: query.roomId, span: query.span)
        let rows = lines.map { line -> RegisterRow in
            let b = line.view.booking
            let actual: String
            if let i = b.checkedInAt {
                actual = time.clock(i) + "–" + (b.checkedOutAt.map(time.clock) ?? "…")
            } else {
                actual = b.endsAt < req.now ? req.t("ui_no_show") : ""
            }
            return RegisterRow(
                room: line.view.roomName, title: b.title, booker: line.view.bookerName,
                department: line.view.departmentName ?? "",
                booked: time.date(of: b.startsAt).description + " " + time.clock(b.startsAt) + "–" + time.clock(b.endsAt),
                actual: actual,
                headcount: "\(b.headcount) / " + (b.actualHeadcount.map(String.init) ?? "–"),
                condition: b.conditionNote ?? "", noShow: b.checkedInAt == nil && b.endsAt < req.now)
        }
        let rooms = try await services.rooms.rooms()
        let roomId = query.roomId?.uuidString ?? ""
        let view = RegisterView(
            rows: rows,
            rooms: [SelectOption(value: "", label: req.t("ui_all"), selected: roomId.isEmpty)]
                + rooms.map { SelectOption(value: $0.id.uuidString, label: $0.name, selected: $0.id.uuidString == roomId) },
            from: query.from.description, to: query.to.description, roomId: roomId,
            csvHref: SiteURL.registerCSV.href(["from": query.from.description, "to": query.to.description, "roomId": roomId]),
            canExport: AccessPolicy.allows(actor.role, .exportRegister), errors: FormErrors())
        return try await req.page("register", title: req.t("ui_register_title"), section: "register", view)
    }

    func registerCSV(req: Request) async throws -> Response {
        _ = try req.webRequire(.exportRegister)
        let query = try RegisterQuery.parse(req)
        return RegisterExport.response(query, csv: true, on: req)
    }

    struct InboxItem: Encodable {
        var message: String
        var at: String
        var read: Bool
        var kind: String
        var href: String?
    }

    struct InboxView: Encodable {
        var items: [InboxItem]
        var olderHref: String?
        var readAllAction = SiteURL.notificationsReadAll.path
    }

    func notifications(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let time = req.huiwu.time
        // A page at a time, like the API; a cursor that is not one shows the newest.
        var ignored: [FieldError] = []
        var paging = PageParameters.parse(req, list: "notifications", errors: &ignored)
        if !ignored.isEmpty {
            paging = PageParameters(list: paging.list, request: PageRequest(limit: PageParameters.defaultLimit))
        }
        let page = try await req.huiwu.notifications.notifications(for: actor.id, paging.request)
        let items = page.rows.map {
            InboxItem(
                message: NotificationText.message($0, on: req),
                at: time.date(of: $0.createdAt).description + " " + time.clock($0.createdAt),
                read: $0.readAt != nil, kind: $0.kind.replacingOccurrences(of: ".", with: "-"),
                href: $0.meetingId.map { SiteURL.meeting(.value($0)).path })
        }
        return try await req.page(
            "notifications", title: req.t("ui_notifications_title"), section: "notifications",
            InboxView(items: items, olderHref: paging.next(page, req)?.url))
    }

    func readAll(req: Request) async throws -> Response {
        let actor = try req.webActor()
        try await req.huiwu.notifications.markRead(person: actor.id, id: nil, now: req.now)
        return req.redirect(to: SiteURL.notifications)
    }
}
