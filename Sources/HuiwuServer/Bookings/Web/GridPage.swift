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

    struct Option: Encodable {
        var value: String
        var label: String
        var selected: Bool
    }

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
        /// The room's check-in kiosk (issue 13), for the room office that sets the device up.
        var kioskHref: String?
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
        let view = GridView(
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
        /// The room's check-in kiosk (issue 13), for the room office that sets the device up.
        var kioskHref: String?
        /// Rotating the kiosk's key (X1), for the same people.
        var kiosk: KioskPanel?
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
                    statusLabel: req.t("ui_status_" + v.booking.status), who: v.departmentName ?? v.bookerName)
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
        let view = WeekView(
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
        return try await req.page("week", title: r.name, section: "grid", view)
    }
}

/// Builds the grid's rows in Swift, as bytes: hundreds of rooms and thousands of bookings
/// render in a few milliseconds (a Leaf loop, or String building, took tens).
enum GridHTML {
    static func label(_ v: BookingView, actor: Actor, req: Request) -> String {
        label(
            title: v.booking.title, bookerId: v.booking.bookerId, departmentId: v.booking.departmentId,
            departmentName: v.departmentName, actor: actor, booked: req.t("ui_booked"))
    }

    /// The title if the viewer may see the booking, otherwise only the department (or `booked`,
    /// the catalog's word for a taken slot, looked up once per page by the caller).
    static func label(
        title: String, bookerId: UUID, departmentId: UUID?, departmentName: String?, actor: Actor,
        booked: String
    ) -> String {
        let visible = AccessPolicy.maySeeBooking(
            role: actor.role, actorID: actor.id, actorDepartment: actor.departmentId,
            bookerID: bookerId, bookingDepartment: departmentId)
        if visible, !title.isEmpty { return title }
        return departmentName ?? booked
    }

    static func rows(
        _ grid: DayGrid<RoomRecord>, actor: Actor, time: OrgTime, now: Date, firstHour: Int, lastHour: Int,
        req: Request
    ) -> String {
        let windowStart = time.instant(grid.day, minutes: firstHour * 60)
        let windowEnd = time.instant(grid.day, minutes: lastHour * 60)
        let total = windowEnd.timeIntervalSince(windowStart)
        let hours = lastHour - firstHour
        let bookLabel = HTML.escape(req.t("ui_book_this"))
        var statusLabels: [String: String] = [:]
        for s in BookingStatus.allCases { statusLabels[s.rawValue] = HTML.escape(req.t("ui_status_" + s.rawValue)) }
        let closed = HTML.escape(req.t("ui_room_unavailable"))
        let booked = req.t("ui_booked")
        let day = grid.day.description
        let bookPath = SiteURL.book.path
        let (weekBefore, weekAfter) = SiteURL.roomWeek(.key).halves
        let rowStart = "<tr><th scope=\"row\"><a href=\"" + weekBefore, rowWeek = weekAfter + "?date=" + day
        // Per hour: its slot, and the pieces of its cell that are the same for every room.
        let slots = (firstHour..<lastHour).map {
            hour -> (hour: Int, slot: Interval, off: String, free: String, freeEnd: String) in
            var style = HTMLBytes(capacity: 32)
            style.raw("left:")
            style.percent(Double(hour - firstHour) / Double(hours))
            style.raw(";width:")
            style.percent(1 / Double(hours))
            let hh = Timestamp.pad(hour, 2), next = Timestamp.pad(hour + 1, 2)
            return (
                hour,
                Interval(start: time.instant(grid.day, minutes: hour * 60), end: time.instant(grid.day, minutes: hour * 60 + 60)),
                "<span class=\"off\" style=\"\(style.string)\" title=\"\(closed)\"></span>",
                "<a class=\"free\" style=\"\(style.string)\" href=\"\(bookPath)?roomId=",
                "&amp;date=\(day)&amp;start=\(hh):00&amp;end=\(next):00\" data-hour=\"\(hh)\" title=\"\(bookLabel) \(hh):00\" data-room=\""
            )
        }
        let fixedOffset = time.fixedOffset(around: grid.span)
        func minuteOfDay(_ instant: Date) -> Int {
            guard let fixedOffset else { return time.minuteOfDay(instant) }
            let local = Int(instant.timeIntervalSince1970.rounded(.down)) + fixedOffset
            return ((local % 86_400) + 86_400) % 86_400 / 60
        }
        var out = HTMLBytes(capacity: grid.rooms.count * 3_000)
        for room in grid.rooms {
            let bookings = grid.bookings[room.id] ?? []
            var id = HTMLBytes(capacity: 36)
            id.uuid(room.id)
            var name = HTMLBytes(capacity: room.name.utf8.count)
            name.escaped(room.name)
            out.trusted(rowStart)
            out.trusted(id.bytes)
            out.trusted(rowWeek)
            out.raw("\">")
            out.trusted(name.bytes)
            out.raw("</a><small>")
            out.escaped(room.building)
            out.raw(" · ")
            out.number(room.capacity)
            out.raw("</small></th><td class=\"track-cell\"><div class=\"track\">")
            let usable = room.status != RoomStatus.closed.rawValue
            let policy = room.policy
            for s in slots {
                let open =
                    usable && s.hour * 60 >= room.opensAt && s.hour * 60 + 60 <= room.closesAt && s.slot.end > now
                    && !policy.maintenanceBlocks(s.slot)
                if !open {
                    out.trusted(s.off)
                } else if !bookings.contains(where: { $0.interval.overlaps(s.slot) }) {
                    out.trusted(s.free)
                    out.trusted(id.bytes)
                    out.trusted(s.freeEnd)
                    out.trusted(name.bytes)
                    out.raw("\">+</a>")
                }
            }
            for b in bookings {
                let start = max(b.startsAt, windowStart), end = min(b.endsAt, windowEnd)
                guard end > start else { continue }
                var text = HTMLBytes(capacity: 32)
                text.escaped(
                    b.label.map {
                        label(
                            title: $0.title, bookerId: $0.bookerId, departmentId: $0.departmentId,
                            departmentName: $0.departmentName,
                            actor: actor, booked: booked)
                    } ?? booked)
                out.raw("<span class=\"bk st-")
                out.escaped(b.status)
                out.raw("\" style=\"left:")
                out.percent(start.timeIntervalSince(windowStart) / total)
                out.raw(";width:")
                out.percent(end.timeIntervalSince(start) / total)
                out.raw("\" title=\"")
                out.clock(minuteOfDay(b.startsAt))
                out.raw("–")
                out.clock(minuteOfDay(b.endsAt))
                out.raw(" ")
                out.trusted(text.bytes)
                out.raw(" · ")
                out.trusted(statusLabels[b.status] ?? "")
                out.raw("\">")
                out.trusted(text.bytes)
                out.raw("</span>")
            }
            out.raw("</div></td></tr>\n")
        }
        return out.string
    }
}
