import Foundation

/// A wall-clock moment in the organisation's zone (`2026-12-04T14:30`), as recurring meetings
/// are defined: "every Tuesday at 14:30" stays at 14:30 across DST changes (R2.2).
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let date: CivilDate
    /// Seconds after local midnight, 0..<86400.
    public let secondOfDay: Int

    public init(date: CivilDate, secondOfDay: Int) {
        self.date = date
        self.secondOfDay = min(max(secondOfDay, 0), 86_399)
    }

    /// Strict `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS`. Read by byte position: feeds parse
    /// thousands of stored occurrence keys.
    public init?(_ text: String) {
        var text = text
        guard let parsed = text.withUTF8({ Self.parse($0) }) else { return nil }
        self = parsed
    }

    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> LocalDateTime? {
        guard b.count == 16 || b.count == 19, b[10] == UInt8(ascii: "T"), b[13] == UInt8(ascii: ":"),
            b.count == 16 || b[16] == UInt8(ascii: ":"),
            let date = CivilDate.parse(UnsafeBufferPointer(rebasing: b[0..<10])),
            let h = CivilDate.digits(b, 11, 2), let m = CivilDate.digits(b, 14, 2), h < 24, m < 60
        else { return nil }
        var s = 0
        if b.count == 19 {
            guard let seconds = CivilDate.digits(b, 17, 2), seconds < 60 else { return nil }
            s = seconds
        }
        return LocalDateTime(date: date, secondOfDay: h * 3600 + m * 60 + s)
    }

    public var description: String {
        date.description + "T" + Timestamp.pad(secondOfDay / 3600, 2) + ":" + Timestamp.pad(secondOfDay % 3600 / 60, 2)
            + ":" + Timestamp.pad(secondOfDay % 60, 2)
    }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        a.date != b.date ? a.date < b.date : a.secondOfDay < b.secondOfDay
    }

    /// Wall-clock arithmetic (no zone: an event's end is its start plus its length on the clock).
    public func adding(seconds: Int) -> LocalDateTime {
        let total = date.daysSinceEpoch * 86_400 + secondOfDay + seconds
        let days = Int((Double(total) / 86_400).rounded(.down))
        return LocalDateTime(date: CivilDate(daysSinceEpoch: days), secondOfDay: total - days * 86_400)
    }

    public func secondsSince(_ other: LocalDateTime) -> Int {
        (date.daysSinceEpoch - other.date.daysSinceEpoch) * 86_400 + secondOfDay - other.secondOfDay
    }
}

/// Stored as its text (`2026-12-24T09:30:00`), as the API shows it.
extension LocalDateTime: TextCoded {
    public static let textForm = "YYYY-MM-DDTHH:MM[:SS]"
}
