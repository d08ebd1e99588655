import HuiwuCore
import HuiwuStore
import Vapor

/// Rooms × hours for one local day: the rooms (filtered) and their active bookings.
struct DayGrid {
    var day: CivilDate
    var span: Interval
    var rooms: [RoomRecord]
    var bookings: [UUID: [GridBooking]]

    static func load(day: CivilDate, filter: RoomCatalog.Filter, services: HuiwuServices) async throws -> DayGrid {
        let span = services.time.interval(of: day)
        async let rooms = services.rooms.rooms(filter)
        async let views = services.bookings.active(in: span)
        let grouped = Dictionary(grouping: try await views, by: { $0.roomId })
        return DayGrid(day: day, span: span, rooms: try await rooms, bookings: grouped)
    }
}

/// The grid as JSON (`GET /api/v1/grid`), written by hand: thousands of bookings per day made
/// JSONEncoder the largest part of the grid's server time. Shape: `{"date", "rows": [{"room":
/// RoomSummary, "bookings": [{"id","roomId","startsAt","endsAt","status","version"}]}]}` — the
/// same fields as a redacted booking, documented in openapi.json.
enum GridJSON {
    static func render(_ grid: DayGrid, time: OrgTime) -> String {
        var out = "{\"date\":\"\(grid.day)\",\"rows\":["
        out.reserveCapacity(grid.rooms.count * 200 + grid.bookings.count * 200)
        for (i, room) in grid.rooms.enumerated() {
            if i > 0 { out += "," }
            out += "{\"room\":{\"id\":\"\(room.id.uuidString)\",\"name\":\(JSONText.string(room.name)),"
            out += "\"building\":\(JSONText.string(room.building)),\"capacity\":\(room.capacity),"
            out += "\"roomClass\":\(JSONText.string(room.roomClass)),\"status\":\(JSONText.string(room.status))},\"bookings\":["
            for (j, b) in (grid.bookings[room.id] ?? []).enumerated() {
                if j > 0 { out += "," }
                out += "{\"id\":\"\(b.id.uuidString)\",\"roomId\":\"\(b.roomId.uuidString)\","
                out += "\"startsAt\":\"\(time.format(b.startsAt))\",\"endsAt\":\"\(time.format(b.endsAt))\","
                out += "\"status\":\(JSONText.string(b.status)),\"version\":\(b.version)}"
            }
            out += "]}"
        }
        return out + "]}"
    }
}
