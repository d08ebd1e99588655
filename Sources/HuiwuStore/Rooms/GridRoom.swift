import Foundation
import HuiwuCore

/// What the day grid's API shows of a room.
public struct GridRoom: Sendable, Equatable {
    public var id: UUID
    public var name: String
    public var building: String
    public var capacity: Int
    public var roomClass: String
    public var status: String

}

extension GridRoom {
    static let columns = SelectList(["id", "name", "building", "capacity", "room_class", "status"])

    init(_ r: any ColumnReader) throws {
        self.init(
            id: try r.uuid(0), name: try r.text(1), building: try r.text(2), capacity: try r.int(3),
            roomClass: try r.text(4), status: try r.text(5))
    }
}
