import Foundation

public enum RoomClass: String, CaseIterable, Codable, Sendable {
    case ordinary, large, vip
}

public enum RoomStatus: String, CaseIterable, Codable, Sendable {
    case available, maintenance, closed
}

/// What the booking rules need to know about a room (R1.1, R1.4 groundwork).
public struct RoomPolicy: Sendable, Equatable {
    public var capacity: Int
    public var opensAt: ClockTime
    public var closesAt: ClockTime
    /// Minimum notice before the start, in minutes ("how early").
    public var minLeadMinutes: Int
    /// How far ahead a booking may be made, in days (0 = no limit).
    public var maxAdvanceDays: Int
    /// Longest single booking, in minutes (0 = no limit).
    public var maxDurationMinutes: Int
    public var status: RoomStatus
    /// When status is `maintenance`: the period without bookings (nil ends = open-ended).
    public var maintenance: (start: Date?, end: Date?)

    public init(
        capacity: Int, opensAt: ClockTime, closesAt: ClockTime, minLeadMinutes: Int = 0,
        maxAdvanceDays: Int = 0, maxDurationMinutes: Int = 0, status: RoomStatus = .available,
        maintenance: (start: Date?, end: Date?) = (nil, nil)
    ) {
        self.capacity = capacity
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.minLeadMinutes = minLeadMinutes
        self.maxAdvanceDays = maxAdvanceDays
        self.maxDurationMinutes = maxDurationMinutes
        self.status = status
        self.maintenance = maintenance
    }

    public static func == (a: RoomPolicy, b: RoomPolicy) -> Bool {
        a.capacity == b.capacity && a.opensAt == b.opensAt && a.closesAt == b.closesAt
            && a.minLeadMinutes == b.minLeadMinutes && a.maxAdvanceDays == b.maxAdvanceDays
            && a.maxDurationMinutes == b.maxDurationMinutes && a.status == b.status
            && a.maintenance.start == b.maintenance.start && a.maintenance.end == b.maintenance.end
    }

    /// Whether maintenance blocks the given interval.
    public func maintenanceBlocks(_ interval: Interval) -> Bool {
        guard status == .maintenance else { return false }
        let start = maintenance.start ?? .distantPast
        let end = maintenance.end ?? .distantFuture
        return Interval(start: start, end: end).overlaps(interval)
    }
}
