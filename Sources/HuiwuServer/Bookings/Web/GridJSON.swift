import HuiwuCore
import HuiwuStore
import Vapor

/// The grid as JSON (`GET /api/v1/grid`), written by hand as bytes: thousands of bookings per
/// day made JSONEncoder, and then String building, the largest part of the grid's server time.
/// Shape: `{"date", "rows": [{"room":
/// RoomSummary, "bookings": [{"id","roomId","startsAt","endsAt","status","version"}]}]}` — the
/// same fields as a redacted booking, documented in openapi.json.
enum GridJSON {
    static func render(_ grid: DayGrid<GridRoom>, time: OrgTime) -> ByteBuffer {
        var out: [UInt8] = []
        out.reserveCapacity(grid.rooms.count * 220 + grid.bookings.values.reduce(0) { $0 + $1.count } * 190)
        // One offset for the whole response unless the zone changes offset around this day.
        let fixedOffset = time.fixedOffset(around: grid.span, margin: BookingRules.longestSpan)
        // Consecutive bookings of a room usually share an instant (one ends as the next starts).
        var lastInstant = (seconds: Int.min, text: [UInt8]())
        func instant(_ date: Date) {
            let seconds = Int(date.timeIntervalSince1970.rounded(.down))
            if seconds != lastInstant.seconds {
                lastInstant.text.removeAll(keepingCapacity: true)
                Timestamp.append(
                    epochSeconds: seconds, offsetSeconds: fixedOffset ?? time.offset(at: date), to: &lastInstant.text)
                lastInstant.seconds = seconds
            }
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: lastInstant.text)
            out.append(UInt8(ascii: "\""))
        }
        func id(_ value: UUID) {
            out.append(UInt8(ascii: "\""))
            UUIDText.append(value, to: &out)
            out.append(UInt8(ascii: "\""))
        }

        func raw(_ text: StaticString) {
            text.withUTF8Buffer { out.append(contentsOf: $0) }
        }
        raw("{\"date\":\"")
        out.append(contentsOf: grid.day.description.utf8)
        raw("\",\"rows\":[")
        for (i, room) in grid.rooms.enumerated() {
            if i > 0 { raw(",") }
            var roomId: [UInt8] = [UInt8(ascii: "\"")]
            UUIDText.append(room.id, to: &roomId)
            roomId.append(UInt8(ascii: "\""))
            raw("{\"room\":{\"id\":")
            out.append(contentsOf: roomId)
            raw(",\"name\":")
            JSONText.append(room.name, to: &out)
            raw(",\"building\":")
            JSONText.append(room.building, to: &out)
            raw(",\"capacity\":")
            Timestamp.appendDigits(room.capacity, 1, &out)
            raw(",\"roomClass\":")
            JSONText.append(room.roomClass, to: &out)
            raw(",\"status\":")
            JSONText.append(room.status, to: &out)
            raw("},\"bookings\":[")
            for (j, b) in (grid.bookings[room.id] ?? []).enumerated() {
                if j > 0 { raw(",") }
                raw("{\"id\":")
                id(b.id)
                raw(",\"roomId\":")
                out.append(contentsOf: roomId)
                raw(",\"startsAt\":")
                instant(b.startsAt)
                raw(",\"endsAt\":")
                instant(b.endsAt)
                raw(",\"status\":")
                JSONText.append(b.status, to: &out)
                raw(",\"version\":")
                Timestamp.appendDigits(b.version, 1, &out)
                raw("}")
            }
            raw("]}")
        }
        raw("]}")
        return ByteBuffer(bytes: out)
    }
}
