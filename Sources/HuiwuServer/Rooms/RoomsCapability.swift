import HuiwuCore
import HuiwuStore
import Vapor

/// Rooms: rooms, their equipment, hours, closures and kiosk keys (R1.1, R1.4).
struct RoomsCapability: Capability {
    var name: String { "Rooms" }

    func routes(_ app: Application) throws {
        try app.register(collection: RoomsAPI())
        try app.register(collection: AdminRoomPages())
    }
}

/// What its handlers take from `req.huiwu`.
extension HuiwuServices {
    public var rooms: Rooms { Rooms(store: store) }
}
