import HuiwuCore
import HuiwuStore
import Vapor

/// `GET /api/v1/free-rooms?startsAt=…&endsAt=…&capacity=…`: the rooms free for the whole span
/// with space for `capacity` (R2.1), the span within one local day. An offer, not a hold: booking one still goes through the
/// ledger, which never double-books.
struct FreeRoomsAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.freeRooms, use: list)
    }

    struct FreeRoomDTO: Content {
        var id: UUID
        var name: String
        var building: String
        var floor: String
        var capacity: Int
        var roomClass: String
        var autoApprove: Bool
    }

    func list(req: Request) async throws -> [FreeRoomDTO] {
        _ = try req.require(.viewRooms)
        var errors: [FieldError] = []
        let start = Input.instant(req.query[String.self, at: "startsAt"], field: "startsAt", errors: &errors)
        let end = Input.instant(req.query[String.self, at: "endsAt"], field: "endsAt", errors: &errors)
        var capacity = 1
        if let text = req.query[String.self, at: "capacity"] {
            if let n = Int(text), (1...100_000).contains(n) {
                capacity = n
            } else {
                errors.append(FieldError("capacity", "field.integer"))
            }
        }
        let time = req.huiwu.time
        if let start, let end, start >= end { errors.append(FieldError("endsAt", "booking.start_not_before_end")) }
        // A booking lies within one local day, so a free room is asked of one day's span; this also
        // keeps a century-long span from reading every booking ever made.
        if let start, let end, start < end, time.date(of: start) != time.date(of: end.addingTimeInterval(-1)) {
            errors.append(FieldError("endsAt", "booking.spans_days"))
        }
        try Input.check(errors)
        let rooms = try await req.huiwu.rooms.free(
            for: Interval(start: start!, end: end!), capacity: capacity, time: time)
        return rooms.map {
            FreeRoomDTO(
                id: $0.id, name: $0.name, building: $0.building, floor: $0.floor, capacity: $0.capacity,
                roomClass: $0.roomClass, autoApprove: $0.autoApprove)
        }
    }
}
