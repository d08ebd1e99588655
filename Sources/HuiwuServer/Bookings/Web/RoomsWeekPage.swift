import HuiwuCore
import HuiwuStore
import Vapor

/// Every room's week (R2.1): rooms down the side, Monday to Sunday across, each cell the
/// bookings of that room that day (what the viewer may see of them, X1), each opening its page.
enum RoomsWeekPage {
    struct Cell: Encodable {
        var bookings: [GridPages.WeekBooking]
        var bookHref: String?
    }

    struct Row: Encodable {
        var name: String
        var info: String
        var href: String
        var cells: [Cell]
    }

    struct Day: Encodable {
        var label: String
        var today: Bool
    }

    struct View: Encodable {
        var range: String
        var days: [Day]
        var rows: [Row]
        var prevHref: String
        var nextHref: String
        var thisWeekHref: String
        var gridHref: String
    }

    @Sendable static func week(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let services = req.huiwu
        let time = services.time
        let today = time.date(of: req.now)
        let anchor = req.query[String.self, at: "date"].flatMap(CivilDate.init) ?? today
        let monday = anchor.adding(days: 1 - anchor.isoWeekday)
        let building = req.query[String.self, at: "building"].flatMap { TextRules.hasForbiddenControl($0) ? nil : $0 } ?? ""
        let roomClass = req.query[String.self, at: "class"].flatMap(RoomClass.init(rawValue:))
        let rooms = try await services.rooms.rooms(
            Rooms.Filter(building: building.isEmpty ? nil : building, roomClass: roomClass))
        let span = Interval(start: time.instant(monday, minutes: 0), end: time.instant(monday.adding(days: 7), minutes: 0))
        let views = try await services.bookings.list(.init(statuses: [.pending, .approved], from: span.start, to: span.end))
        let mayBook = AccessPolicy.allows(actor.role, .bookRoom)
        var byCell: [UUID: [CivilDate: [BookingView]]] = [:]
        for v in views { byCell[v.booking.roomId, default: [:]][time.date(of: v.booking.startsAt), default: []].append(v) }
        let days = (0..<7).map { monday.adding(days: $0) }
        let rows = rooms.map { r in
            Row(
                name: r.name, info: "\(r.building) · \(r.capacity)",
                href: SiteURL.roomWeek(.value(r.id)).href(["date": monday.description]),
                cells: days.map { d in
                    Cell(
                        bookings: (byCell[r.id]?[d] ?? []).sorted { $0.booking.startsAt < $1.booking.startsAt }.map { v in
                            GridPages.WeekBooking(
                                time: time.clock(v.booking.startsAt) + "–" + time.clock(v.booking.endsAt),
                                title: GridHTML.label(v, actor: actor, req: req), status: v.booking.status,
                                statusLabel: req.t("ui_status_" + v.booking.status), who: v.departmentName ?? "",
                                href: SiteURL.booking(.value(v.booking.id)).path)
                        },
                        bookHref: mayBook && d >= today
                            ? SiteURL.book.href(["roomId": r.id.uuidString, "date": d.description]) : nil)
                })
        }
        func weekHref(_ d: CivilDate) -> String {
            SiteURL.roomsWeek.href(["date": d.description, "building": building, "class": roomClass?.rawValue ?? ""])
        }
        let view = View(
            range: "\(monday) – \(monday.adding(days: 6))",
            days: days.map { Day(label: "\(req.t("ui_weekday_\($0.isoWeekday)")) \($0.month)/\($0.day)", today: $0 == today) },
            rows: rows, prevHref: weekHref(monday.adding(days: -7)), nextHref: weekHref(monday.adding(days: 7)),
            thisWeekHref: weekHref(today), gridHref: SiteURL.grid.href(["date": anchor.description]))
        return try await req.page("rooms-week", title: req.t("ui_rooms_week_title"), section: "grid", view)
    }
}
