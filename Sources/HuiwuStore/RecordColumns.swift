import Foundation
import HuiwuCore

// Positional mappings for the rows the day grid reads (see `ColumnReader`). The select list
// and the reads below are kept side by side: position n of one is position n of the other.

extension RoomRecord {
    static let columns = SelectList([
        "id", "name", "building", "floor", "capacity", "room_class", "description", "opens_at", "closes_at",
        "min_lead_minutes", "max_advance_days", "max_duration_minutes", "auto_approve", "status",
        "maintenance_starts_at", "maintenance_ends_at", "version", "created_at", "updated_at", "managing_department_id",
    ])

    init(_ r: any ColumnReader) throws {
        self.init(id: try r.uuid(0), name: try r.text(1), building: try r.text(2), floor: try r.text(3),
                  capacity: try r.int(4), roomClass: try r.text(5), description: try r.text(6), opensAt: try r.int(7),
                  closesAt: try r.int(8), minLeadMinutes: try r.int(9), maxAdvanceDays: try r.int(10),
                  maxDurationMinutes: try r.int(11), autoApprove: try r.bool(12), status: try r.text(13),
                  maintenanceStartsAt: try r.optionalDate(14), maintenanceEndsAt: try r.optionalDate(15),
                  version: try r.int(16), createdAt: try r.date(17), updatedAt: try r.date(18),
                  managingDepartmentId: try r.optionalUUID(19))
    }
}

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
        self.init(id: try r.uuid(0), name: try r.text(1), building: try r.text(2), capacity: try r.int(3),
                  roomClass: try r.text(4), status: try r.text(5))
    }
}

extension GridBooking {
    static let columns = SelectList(["b.id", "b.room_id", "b.starts_at", "b.ends_at", "b.status", "b.version"])
    static let labelledColumns = SelectList(columns.expressions + [
        "b.title", "b.booker_id", "b.department_id", "d.name AS department_name",
    ])

    init(_ r: any ColumnReader) throws {
        self.init(id: try r.uuid(0), roomId: try r.uuid(1), startsAt: try r.date(2), endsAt: try r.date(3),
                  status: try r.text(4), version: try r.int(5), label: nil)
    }

    init(labelled r: any ColumnReader) throws {
        try self.init(r)
        label = Label(title: try r.text(6), bookerId: try r.uuid(7), departmentId: try r.optionalUUID(8),
                      departmentName: try r.optionalText(9))
    }
}

extension MeetingRecord {
    /// Meetings read by position (calendar feeds read thousands; see `ColumnReader`). Qualified
    /// with `m.` for queries that join.
    static let columns = SelectList([
        "m.id", "m.series_id", "m.type_id", "m.title", "m.organiser_id", "m.room_id", "m.booking_id", "m.starts_at", "m.ends_at",
        "m.headcount", "m.recurrence_key", "m.status", "m.overridden", "m.sequence", "m.version", "m.created_at", "m.updated_at",
    ])

    init(_ r: any ColumnReader) throws {
        self.init(id: try r.uuid(0), seriesId: try r.optionalUUID(1), typeId: try r.optionalUUID(2), title: try r.text(3),
                  organiserId: try r.uuid(4), roomId: try r.optionalUUID(5), bookingId: try r.optionalUUID(6),
                  startsAt: try r.date(7), endsAt: try r.date(8), headcount: try r.int(9),
                  recurrenceKey: try r.optionalText(10).flatMap(LocalDateTime.init),
                  status: try StoredValue.decode(MeetingStatus.self, try r.text(11), column: "status", rowId: try r.uuid(0).uuidString), overridden: try r.bool(12),
                  sequence: try r.int(13), version: try r.int(14), createdAt: try r.date(15), updatedAt: try r.date(16))
    }
}
