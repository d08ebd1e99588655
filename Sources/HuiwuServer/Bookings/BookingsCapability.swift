import HuiwuCore
import HuiwuStore
import Vapor

/// Bookings: bookings that never double-book, the grids, the free-room finder, the register and
/// approvals of bookings (R1.1, R1.2, R1.3, R2.1).
struct BookingsCapability: Capability {
    var name: String { "Bookings" }

    func routes(_ app: Application) throws {
        try app.register(collection: BookingsAPI())
        try app.register(collection: RegisterAPI())
        try app.register(collection: FreeRoomsAPI())
        try app.register(collection: GridPages())
        try app.register(collection: RoomFinderPages())
        try app.register(collection: BookingPages())
        try app.register(collection: BookingDetailPages())
        try app.register(collection: OfficePages())
        try app.register(collection: ApprovalQueuePage())
    }

    func problem(for error: any Error, _ context: ProblemContext) -> Problem? {
        guard let e = error as? BookingError else { return nil }
        return ProblemMapper.bookingProblem(e, req: context.req, make: context.make, fields: context.fields)
    }
}

/// What its handlers take from `req.huiwu`.
extension HuiwuServices {
    public var ledger: BookingLedger { BookingLedger(store: store, time: time) }
    public var bookings: Bookings { Bookings(store: store) }
}
