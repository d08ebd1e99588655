import Foundation

/// A half-open span of time `[start, end)`. Bookings that touch end-to-start do not overlap
/// (10:00–11:00 and 11:00–12:00 coexist), as the architecture requires.
public struct Interval: Hashable, Sendable, Codable {
    public let start: Date
    public let end: Date

    public init(start: Date, end: Date) {
        self.start = start
        self.end = end
    }

    public var duration: TimeInterval { end.timeIntervalSince(start) }
    public var isEmpty: Bool { end <= start }

    public func overlaps(_ other: Interval) -> Bool {
        start < other.end && other.start < end
    }

    public func contains(_ other: Interval) -> Bool {
        start <= other.start && other.end <= end
    }

    public func shifted(by seconds: TimeInterval) -> Interval {
        Interval(start: start.addingTimeInterval(seconds), end: end.addingTimeInterval(seconds))
    }
}
