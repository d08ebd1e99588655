import Foundation
import HuiwuCore

/// Finding a free room (R2.1): which rooms could take a meeting for the whole of a span.
extension Rooms {
    /// Rooms with space for `capacity` that are open for all of `span` (same day, within their
    /// hours, not closed, no maintenance) and hold no active booking overlapping it — in
    /// display order. The ledger still decides when one is booked; this only offers.
    public func free(for span: Interval, capacity: Int, time: OrgTime) async throws -> [RoomRecord] {
        let candidates = try await rooms(Filter(minCapacity: max(capacity, 0)))
        let busy = Set(try await Bookings(store: store).active(in: span, labels: false).map(\.roomId))
        let day = time.date(of: span.start)
        let endDay = time.date(of: span.end.addingTimeInterval(-1))
        let from = time.minuteOfDay(span.start)
        let to = day == time.date(of: span.end) ? time.minuteOfDay(span.end) : 24 * 60
        return candidates.filter { room in
            day == endDay && !busy.contains(room.id) && room.status != RoomStatus.closed.rawValue
                && from >= room.opensAt && to <= room.closesAt && !room.policy.maintenanceBlocks(span)
        }
    }
}
