import Foundation

/// A calendar day with no zone (`2026-12-01`), as people name days in the organisation.
public struct CivilDate: Hashable, Comparable, Sendable, TextCoded {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= Timestamp.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Strict `YYYY-MM-DD`.
    /// Strict `YYYY-MM-DD`.
    public init?(_ text: String) {
        var text = text
        guard let parsed = text.withUTF8({ Self.parse($0) }) else { return nil }
        self = parsed
    }

    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
            let y = digits(b, 0, 4), let m = digits(b, 5, 2), let d = digits(b, 8, 2)
        else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    /// The number written by `count` ASCII digits at `offset`, nil if any is not a digit.
    static func digits(_ b: UnsafeBufferPointer<UInt8>, _ offset: Int, _ count: Int) -> Int? {
        var n = 0
        for i in offset..<offset + count {
            let c = b[i]
            guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
            n = n * 10 + Int(c - UInt8(ascii: "0"))
        }
        return n
    }

    public var description: String {
        Timestamp.pad(year, 4) + "-" + Timestamp.pad(month, 2) + "-" + Timestamp.pad(day, 2)
    }

    public var daysSinceEpoch: Int { Timestamp.daysFromCivil(year: year, month: month, day: day) }

    public init(daysSinceEpoch: Int) {
        let (y, m, d) = Timestamp.civilFromDays(daysSinceEpoch)
        self.year = y
        self.month = m
        self.day = d
    }

    public func adding(days: Int) -> CivilDate { CivilDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int {
        let w = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    public static let textForm = "YYYY-MM-DD"
}
