import Foundation

/// Offers made when a slot is taken (R1.2): the nearest free times in the same room.
/// Free rooms at the same time are found by the store (it knows every room's calendar).
public enum Alternatives {
    /// Up to `limit` free slots of the wanted duration in the same room, nearest to the wanted
    /// start first, on a `stepMinutes` grid within bookable hours, searching `searchDays` days
    /// either side (never in the past).
    public static func nearestFreeSlots(
        for wanted: Interval, busy: [Interval], room: RoomPolicy, time: OrgTime,
        now: Date, limit: Int = 3, stepMinutes: Int = 30,
        searchDays: Int = 7
    ) -> [Interval] {
        let duration = wanted.duration
        guard duration > 0, limit > 0 else { return [] }
        let day = time.date(of: wanted.start)
        var candidates: [Interval] = []
        for offset in -searchDays...searchDays {
            let d = day.adding(days: offset)
            var minute = room.opensAt.minutes
            while minute < room.closesAt.minutes {
                let start = time.instant(d, minutes: minute)
                let slot = Interval(start: start, end: start.addingTimeInterval(duration))
                minute += stepMinutes
                if slot.start < now || slot == wanted { continue }
                if slot.end > time.instant(d, minutes: room.closesAt.minutes) { break }
                if room.maintenanceBlocks(slot) { continue }
                if busy.contains(where: { $0.overlaps(slot) }) { continue }
                candidates.append(slot)
            }
        }
        candidates.sort {
            let a = abs($0.start.timeIntervalSince(wanted.start))
            let b = abs($1.start.timeIntervalSince(wanted.start))
            return a == b ? $0.start < $1.start : a < b
        }
        return Array(candidates.prefix(limit))
    }
}
