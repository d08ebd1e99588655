import Foundation

/// Minutes after local midnight, 0…1440 (1440 = end of day), e.g. bookable hours 08:00–22:00.
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let minutes: Int
    public init?(minutes: Int) {
        guard (0...1440).contains(minutes) else { return nil }
        self.minutes = minutes
    }
    /// Strict `HH:MM` (24:00 allowed as end of day).
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
            let h = Int(parts[0]), let m = Int(parts[1]), parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
            (0...24).contains(h), (0...59).contains(m), h < 24 || m == 0
        else { return nil }
        self.minutes = h * 60 + m
    }
    public var description: String { Timestamp.pad(minutes / 60, 2) + ":" + Timestamp.pad(minutes % 60, 2) }
    public static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutes < b.minutes }
}
