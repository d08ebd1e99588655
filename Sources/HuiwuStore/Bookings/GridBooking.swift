import Foundation
import HuiwuCore

extension GridBooking {
    static let columns = SelectList(["b.id", "b.room_id", "b.starts_at", "b.ends_at", "b.status", "b.version"])
    static let labelledColumns = SelectList(
        columns.expressions + [
            "b.title", "b.booker_id", "b.department_id", "d.name AS department_name",
        ])

    init(_ r: any ColumnReader) throws {
        self.init(
            id: try r.uuid(0), roomId: try r.uuid(1), startsAt: try r.date(2), endsAt: try r.date(3),
            status: try r.text(4), version: try r.int(5), label: nil)
    }

    init(labelled r: any ColumnReader) throws {
        try self.init(r)
        label = Label(
            title: try r.text(6), bookerId: try r.uuid(7), departmentId: try r.optionalUUID(8),
            departmentName: try r.optionalText(9))
    }
}

/// What the day grid needs of a booking.
public struct GridBooking: Sendable, Equatable {
    public var id: UUID
    public var roomId: UUID
    public var startsAt: Date
    public var endsAt: Date
    public var status: String
    public var version: Int
    /// What a grid cell prints, when asked for (`Bookings.active(in:labels:)`).
    public var label: Label?

    public struct Label: Sendable, Equatable {
        public var title: String
        public var bookerId: UUID
        public var departmentId: UUID?
        public var departmentName: String?
    }

    public var interval: Interval { Interval(start: startsAt, end: endsAt) }
}
