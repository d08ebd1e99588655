import Foundation
import HuiwuCore

extension MeetingRecord {
    /// Meetings read by position (calendar feeds read thousands; see `ColumnReader`). Qualified
    /// with `m.` for queries that join.
    static let columns = SelectList([
        "m.id", "m.series_id", "m.type_id", "m.title", "m.organiser_id", "m.room_id", "m.booking_id", "m.starts_at", "m.ends_at",
        "m.headcount", "m.recurrence_key", "m.status", "m.overridden", "m.sequence", "m.version", "m.created_at", "m.updated_at",
    ])

    init(_ r: any ColumnReader) throws {
        self.init(
            id: try r.uuid(0), seriesId: try r.optionalUUID(1), typeId: try r.optionalUUID(2), title: try r.text(3),
            organiserId: try r.uuid(4), roomId: try r.optionalUUID(5), bookingId: try r.optionalUUID(6),
            startsAt: try r.date(7), endsAt: try r.date(8), headcount: try r.int(9),
            recurrenceKey: try r.optionalText(10).flatMap(LocalDateTime.init),
            status: try StoredValue.decode(MeetingStatus.self, try r.text(11), column: "status", rowId: try r.uuid(0).uuidString),
            overridden: try r.bool(12),
            sequence: try r.int(13), version: try r.int(14), createdAt: try r.date(15), updatedAt: try r.date(16))
    }
}
