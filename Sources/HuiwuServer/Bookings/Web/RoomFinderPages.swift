import HuiwuCore
import HuiwuStore
import Vapor

/// Finding a room (R2.1): the rooms free for a whole span — a date and times, or "now" for N
/// minutes — with space for a headcount, each booked with one click; and every room's week.
struct RoomFinderPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.freeRooms, use: finder)
        routes.get(SiteURL.roomsWeek, use: RoomsWeekPage.week)
    }

    struct Query: Content {
        var date: String?
        var start: String?
        var end: String?
        var capacity: String?
        var now: String?
        var minutes: String?
    }

    struct FreeRoom: Encodable {
        var name: String
        var info: String
        var weekHref: String
        var bookHref: String
        var roomId: String
    }

    struct FinderView: Encodable {
        var values: Query
        var errors: FormErrors
        var searched: Bool
        var span: String
        var rooms: [FreeRoom]
        var mayBook: Bool
        var cutAtMidnight = false
        var action = SiteURL.freeRooms.path
        var bookAction = SiteURL.book.path
        var date = ""
        var start = ""
        var end = ""
        var headcount = "1"
    }

    /// The next grid step (`step` minutes) at or after `minute`.
    static func roundedUp(_ minute: Int, step: Int = 5) -> Int { (minute + step - 1) / step * step }

    typealias NowSpan = (day: CivilDate, from: Int, to: Int, cut: Bool)

    /// "Free now for N minutes" as a span of one local day, which is what a booking covers: from
    /// the next 5-minute step (tomorrow 00:00 when that step is midnight), cut at midnight when N
    /// minutes would cross it; `cut` says so, for the page to tell the reader.
    static func nowSpan(minuteOfDay: Int, today: CivilDate, minutes: Int) -> NowSpan {
        let from = roundedUp(minuteOfDay)
        if from >= 24 * 60 { return (today.adding(days: 1), 0, minutes, false) }
        let to = from + minutes
        return to > 24 * 60 ? (today, from, 24 * 60, true) : (today, from, to, false)
    }

    /// `HH:MM` of a minute of the day, 24:00 for the midnight ending it (the booking form's end).
    static func clock(_ minute: Int) -> String { ClockTime(minutes: minute)?.description ?? "" }

    func finder(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let time = req.huiwu.time
        var q = try req.query.decode(Query.self)
        let searched = q.date != nil || q.now != nil
        var errors: [FieldError] = []
        let today = time.date(of: req.now)
        let nowMode = q.now == "1"
        var day = today
        var from = 0
        var to = 0
        var untilMidnight = false
        if nowMode {
            let minutes = q.minutes.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            if minutes == nil || !(5...720).contains(minutes!) { errors.append(FieldError("minutes", "field.integer")) }
            (day, from, to, untilMidnight) = Self.nowSpan(
                minuteOfDay: time.minuteOfDay(req.now), today: today, minutes: minutes ?? 60)
        } else {
            let start = Self.roundedUp(time.minuteOfDay(req.now), step: 30)
            if q.date == nil { q.date = today.description }
            if q.start == nil { q.start = ClockTime(minutes: min(start, 23 * 60))?.description }
            if q.end == nil { q.end = ClockTime(minutes: min(start + 60, 24 * 60))?.description }
            if let d = q.date.flatMap(CivilDate.init) { day = d } else { errors.append(FieldError("date", "field.date")) }
            let s = q.start.flatMap(ClockTime.init), e = q.end.flatMap(ClockTime.init)
            if s == nil { errors.append(FieldError("start", "field.clock_time")) }
            if e == nil { errors.append(FieldError("end", "field.clock_time")) }
            if let s, let e, s >= e { errors.append(FieldError("end", "booking.start_not_before_end")) }
            from = s?.minutes ?? 0
            to = e?.minutes ?? 0
        }
        if q.minutes == nil { q.minutes = "60" }
        var capacity = 1
        if let text = q.capacity?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            if let n = Int(text), n >= 1 { capacity = n } else { errors.append(FieldError("capacity", "field.integer")) }
        }
        var view = FinderView(
            values: q, errors: FormErrors(errors, on: req), searched: searched && errors.isEmpty, span: "", rooms: [],
            mayBook: AccessPolicy.allows(actor.role, .bookRoom))
        guard errors.isEmpty, searched else {
            return try await req.page(
                "free-rooms", title: req.t("ui_free_rooms_title"), section: "grid", view,
                status: errors.isEmpty ? .ok : .unprocessableEntity)
        }
        let span = Interval(start: time.instant(day, minutes: from), end: time.instant(day, minutes: to))
        let (startText, endText) = (Self.clock(from), Self.clock(to))
        view.date = day.description
        view.start = startText
        view.end = endText
        view.headcount = String(capacity)
        view.span = "\(day) \(req.t("ui_weekday_\(day.isoWeekday)")) \(startText)–\(endText)"
        view.cutAtMidnight = untilMidnight
        view.rooms = try await req.huiwu.rooms.free(for: span, capacity: capacity, time: time).map { r in
            FreeRoom(
                name: r.name,
                info: "\(r.building) \(r.floor) · \(req.t("ui_capacity")) \(r.capacity) · \(req.t("ui_class_" + r.roomClass))",
                weekHref: SiteURL.roomWeek(.value(r.id)).href(["date": day.description]),
                bookHref: SiteURL.book.href([
                    "roomId": r.id.uuidString, "date": day.description, "start": startText, "end": endText,
                    "headcount": String(capacity),
                ]),
                roomId: r.id.uuidString)
        }
        return try await req.page("free-rooms", title: req.t("ui_free_rooms_title"), section: "grid", view)
    }
}
