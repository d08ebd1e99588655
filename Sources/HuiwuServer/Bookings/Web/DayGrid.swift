import HuiwuCore
import HuiwuStore
import Vapor

/// Rooms × hours for one local day: the rooms (filtered) and their active bookings. `Room` is
/// what is shown of each room: the whole record for the page (hours, maintenance), a summary
/// for the API.
struct DayGrid<Room: Sendable> {
    var day: CivilDate
    var span: Interval
    var rooms: [Room]
    var bookings: [UUID: [GridBooking]]

    /// `labels`: also what each booking's cell prints (the page needs it, the API does not).
    static func load(
        day: CivilDate, labels: Bool, services: HuiwuServices,
        rooms: @escaping @Sendable () async throws -> [Room]
    ) async throws -> DayGrid {
        let span = services.time.interval(of: day)
        async let found = rooms()
        async let views = services.bookings.active(in: span, labels: labels)
        let grouped = Dictionary(grouping: try await views, by: { $0.roomId })
        return DayGrid(day: day, span: span, rooms: try await found, bookings: grouped)
    }
}
