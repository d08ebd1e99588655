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

struct GridDTO: Content {
    struct Row: Content {
        var room: RoomSummaryDTO
        var bookings: [GridBookingDTO]
    }
    var date: String
    var rows: [Row]

    init(_ grid: DayGrid, time: OrgTime) {
        date = grid.day.description
        rows = grid.rooms.map { room in
            Row(room: RoomSummaryDTO(room),
                bookings: (grid.bookings[room.id] ?? []).map { GridBookingDTO($0, time: time) })
        }
    }
}

struct RoomSummaryDTO: Content {
    var id: UUID
    var name: String
    var building: String
    var capacity: Int
    var roomClass: String
    var status: String

    init(_ r: RoomRecord) {
        id = r.id
        name = r.name
        building = r.building
        capacity = r.capacity
        roomClass = r.roomClass
        status = r.status
    }
}

/// A booking on the grid: when and where only (the same fields as a redacted `BookingDTO`).
struct GridBookingDTO: Content {
    var id: UUID
    var roomId: UUID
    var startsAt: String
    var endsAt: String
    var status: String
    var version: Int

    init(_ b: GridBooking, time: OrgTime) {
        id = b.id
        roomId = b.roomId
        startsAt = time.format(b.startsAt)
        endsAt = time.format(b.endsAt)
        status = b.status
        version = b.version
    }
}
