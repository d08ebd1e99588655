import HuiwuCore
import HuiwuStore
import Vapor

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
        let freeLabel = HTML.escape(req.t("ui_free_slot"))
        let mayBook = AccessPolicy.allows(actor.role, .bookRoom)
        let (bookingBefore, bookingAfter) = SiteURL.booking(.key).halves
        let booked = req.t("ui_booked")
        let day = grid.day.description
        let bookPath = SiteURL.book.path
        let (weekBefore, weekAfter) = SiteURL.roomWeek(.key).halves
        let rowStart = "<tr><th scope=\"row\"><a href=\"" + weekBefore, rowWeek = weekAfter + "?date=" + day
        // Per hour: its slot, and the pieces of its cell that are the same for every room.
        let slots = (firstHour..<lastHour).map {
            hour -> (hour: Int, slot: Interval, off: String, free: String, freeEnd: String, freeOnly: String) in
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
                "&amp;date=\(day)&amp;start=\(hh):00&amp;end=\(next):00\" data-hour=\"\(hh)\" title=\"\(bookLabel) \(hh):00\" data-room=\"",
                "<span class=\"free-slot\" style=\"\(style.string)\" data-hour=\"\(hh)\" title=\"\(freeLabel) \(hh):00\"></span>"
            )
        }
        let fixedOffset = time.fixedOffset(around: grid.span, margin: BookingRules.longestSpan)
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
                } else if bookings.contains(where: { $0.interval.overlaps(s.slot) }) {
                    continue
                } else if !mayBook {
                    // X6: offer only what the person may do — a free hour, no link to a 403.
                    out.trusted(s.freeOnly)
                } else {
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
                // R1.1: a booking on the grid opens its page (what the viewer may see, X1).
                out.raw("<a href=\"")
                out.trusted(bookingBefore)
                out.uuid(b.id)
                out.trusted(bookingAfter)
                out.raw("\" class=\"bk st-")
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
                out.raw("</a>")
            }
            out.raw("</div></td></tr>\n")
        }
        return out.string
    }
}
