import HuiwuCore
import HuiwuStore
import Vapor

/// The day grid: rooms × hours for one date, filterable by building and class; a free hour
/// links to the booking form (R1.1).
struct GridPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.home) { req in req.redirect(to: req.signedIn == nil ? SiteURL.login : SiteURL.grid) }
        routes.get(SiteURL.grid, use: grid)
        routes.get(SiteURL.roomWeek(.key), use: week)
    }

    typealias Option = SelectOption

    struct GridView: Encodable {
        var date: String
        var dateLabel: String
        var prevDate: String
        var nextDate: String
        var today: String
        var buildings: [Option]
        var classes: [Option]
        var hours: [String]
        var rows: String
        var roomCount: Int
        var building: String
        var roomClass: String
        var filterAction: String
        var prevHref: String
        var nextHref: String
        /// The room's check-in kiosk (R5.6), for the room office that sets the device up.
        var kioskHref: String?
        /// X6: free hours link to the booking form only for someone who may book.
        var mayBook = true
        var weekHref = SiteURL.roomsWeek.path
        var finderHref = SiteURL.freeRooms.path
        /// The hour the phone grid opens scrolled to (today only).
        var scrollHour: String?
    }

    func grid(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let services = req.huiwu
        let time = services.time
        let today = time.date(of: req.now)
        let day = req.query[String.self, at: "date"].flatMap(CivilDate.init) ?? today
        let building = req.query[String.self, at: "building"].flatMap { TextRules.hasForbiddenControl($0) ? nil : $0 } ?? ""
        let roomClass = req.query[String.self, at: "class"].flatMap(RoomClass.init(rawValue:))
        let filter = Rooms.Filter(building: building.isEmpty ? nil : building, roomClass: roomClass)
        let grid = try await DayGrid.load(day: day, labels: true, services: services) { try await services.rooms.rooms(filter) }
        let (first, last) = (8, 22)
        let rows = GridHTML.rows(grid, actor: actor, time: time, now: req.now, firstHour: first, lastHour: last, req: req)
        let buildings = try await services.rooms.buildings()
        var view = GridView(
            date: day.description, dateLabel: day.description + " " + req.t("ui_weekday_\(day.isoWeekday)"),
            prevDate: day.adding(days: -1).description, nextDate: day.adding(days: 1).description, today: today.description,
            buildings: [Option(value: "", label: req.t("ui_all"), selected: building.isEmpty)]
                + buildings.map { Option(value: $0, label: $0, selected: $0 == building) },
            classes: [Option(value: "", label: req.t("ui_all"), selected: roomClass == nil)]
                + RoomClass.allCases.map {
                    Option(value: $0.rawValue, label: req.t("ui_class_" + $0.rawValue), selected: $0 == roomClass)
                },
            hours: (first..<last).map { Timestamp.pad($0, 2) }, rows: rows, roomCount: grid.rooms.count,
            building: building, roomClass: roomClass?.rawValue ?? "", filterAction: SiteURL.grid.path,
            prevHref: SiteURL.grid.href(
                ["date": day.adding(days: -1).description, "building": building, "class": roomClass?.rawValue ?? ""]),
            nextHref: SiteURL.grid.href(
                ["date": day.adding(days: 1).description, "building": building, "class": roomClass?.rawValue ?? ""]))
        view.mayBook = AccessPolicy.allows(actor.role, .bookRoom)
        view.weekHref = SiteURL.roomsWeek.href([
            "date": day.description, "building": building, "class": roomClass?.rawValue ?? "",
        ])
        view.finderHref = SiteURL.freeRooms.href(["date": day.description])
        if day == today { view.scrollHour = Timestamp.pad(min(max(time.minuteOfDay(req.now) / 60, first), last - 1), 2) }
        return try await req.page("grid", title: req.t("ui_grid_title"), section: "grid", view)
    }

    struct WeekDay: Encodable {
        var date: String
        var label: String
        var bookings: [WeekBooking]
        var bookHref: String
    }

    struct WeekBooking: Encodable {
        var time: String
        var title: String
        var status: String
        var statusLabel: String
        var who: String
        var href: String
    }

    struct WeekView: Encodable {
        var roomName: String
        var roomInfo: String
        var equipment: String
        var days: [WeekDay]
        var prevWeek: String
        var nextWeek: String
        var roomId: String
        var prevHref: String
        var nextHref: String
        /// The room's check-in kiosk (R5.6), for the room office that sets the device up.
        var kioskHref: String?
        /// Rotating the kiosk's key (X1), for the same people.
        var kiosk: KioskPanel?
        var mayBook = true
    }

    struct KioskPanel: Encodable {
        var rotateAction: String
        /// When and by whom the key was last rotated, if ever.
        var rotated: String?
    }

    /// One room's week (Monday to Sunday) around a date.
    func week(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let services = req.huiwu
        let time = services.time
        guard let detail = try await services.rooms.room(try req.idParameter()) else {
            throw ProblemError(.notFound, "not_found")
        }
        let anchor = req.query[String.self, at: "date"].flatMap(CivilDate.init) ?? time.date(of: req.now)
        let monday = anchor.adding(days: 1 - anchor.isoWeekday)
        let span = Interval(start: time.instant(monday, minutes: 0), end: time.instant(monday.adding(days: 7), minutes: 0))
        let views = try await services.bookings.list(
            .init(
                roomId: detail.room.id, statuses: [.pending, .approved],
                from: span.start, to: span.end))
        let days = (0..<7).map { offset -> WeekDay in
            let d = monday.adding(days: offset)
            let dayBookings = views.filter { time.date(of: $0.booking.startsAt) == d }.map { v in
                WeekBooking(
                    time: time.clock(v.booking.startsAt) + "–" + time.clock(v.booking.endsAt),
                    title: GridHTML.label(v, actor: actor, req: req), status: v.booking.status,
                    statusLabel: req.t("ui_status_" + v.booking.status), who: v.departmentName ?? v.bookerName,
                    href: SiteURL.booking(.value(v.booking.id)).path)
            }
            return WeekDay(
                date: d.description, label: d.description + " " + req.t("ui_weekday_\(d.isoWeekday)"),
                bookings: dayBookings,
                bookHref: SiteURL.book.href(["roomId": detail.room.id.uuidString, "date": d.description]))
        }
        let r = detail.room
        let kiosk = AccessPolicy.allows(actor.role, .manageRooms) ? try await services.rooms.kioskKey(of: r.id) : nil
        let info =
            "\(r.building) \(r.floor) · \(req.t("ui_capacity")) \(r.capacity) · \(req.t("ui_class_" + r.roomClass)) · "
            + "\(r.policy.opensAt)–\(r.policy.closesAt)"
        var view = WeekView(
            roomName: r.name, roomInfo: info,
            equipment: req.list(detail.equipment.map { "\($0.item)×\($0.quantity)" }),
            days: days, prevWeek: monday.adding(days: -7).description, nextWeek: monday.adding(days: 7).description,
            roomId: r.id.uuidString,
            prevHref: SiteURL.roomWeek(.value(r.id)).href(["date": monday.adding(days: -7).description]),
            nextHref: SiteURL.roomWeek(.value(r.id)).href(["date": monday.adding(days: 7).description]),
            kioskHref: kiosk.map { KioskPage.href(for: r.id, generation: $0.generation, box: services.secrets) },
            kiosk: kiosk.map {
                KioskPanel(
                    rotateAction: SiteURL.roomKioskRotate(.value(r.id)).path, rotated: KioskKeyRotation.rotatedLine($0, req: req))
            })
        view.mayBook = AccessPolicy.allows(actor.role, .bookRoom)
        return try await req.page("week", title: r.name, section: "grid", view)
    }
}
