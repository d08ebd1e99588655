import Foundation

/// A calendar day with no zone (`2026-12-01`), as people name days in the organisation.
public struct CivilDate: Hashable, Comparable, Sendable, TextCoded {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Timestamp.daysIn(month: month, year: year) else { return nil }
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
              let y = digits(b, 0, 4), let m = digits(b, 5, 2), let d = digits(b, 8, 2) else { return nil }
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

/// The organisation's wall clock: converts between instants and local days/times in its
/// time zone (default Asia/Shanghai). Instants are stored in UTC; people see local time.
public struct OrgTime: Sendable {
    public let zone: TimeZone

    public init(zone: TimeZone) { self.zone = zone }

    public static let defaultZoneIdentifier = "Asia/Shanghai"

    /// Seconds east of UTC at an instant (Foundation's zone rules; DST-aware).
    public func offset(at instant: Date) -> Int { zone.secondsFromGMT(for: instant) }

    /// The zone's offset throughout a span widened by the longest booking on both sides, or nil
    /// if it changes there (a DST transition): lets a response with thousands of instants look
    /// the zone up twice instead of once per instant. Offsets never change twice within days.
    public func fixedOffset(around span: Interval) -> Int? {
        let before = offset(at: span.start.addingTimeInterval(-BookingRules.longestSpan))
        return before == offset(at: span.end.addingTimeInterval(BookingRules.longestSpan)) ? before : nil
    }

    // Plain arithmetic on local seconds: Calendar is far too slow on Linux for the grid's hot loop.
    private func localSeconds(_ instant: Date) -> Int {
        Int(floor(instant.timeIntervalSince1970)) + offset(at: instant)
    }

    public func date(of instant: Date) -> CivilDate {
        let local = localSeconds(instant)
        return CivilDate(daysSinceEpoch: Int(floor(Double(local) / 86_400)))
    }

    /// Minutes since local midnight of the instant's own local day.
    public func minuteOfDay(_ instant: Date) -> Int {
        let local = localSeconds(instant)
        let secs = local - Int(floor(Double(local) / 86_400)) * 86_400
        return secs / 60
    }

    /// The instant at `minutes` after local midnight of `day` (1440 = next midnight).
    public func instant(_ day: CivilDate, minutes: Int) -> Date {
        let local = day.daysSinceEpoch * 86_400 + minutes * 60
        // Guess with the offset at the local time read as UTC, then correct once (DST edges).
        let guess = local - offset(at: Date(timeIntervalSince1970: Double(local)))
        let corrected = local - offset(at: Date(timeIntervalSince1970: Double(guess)))
        return Date(timeIntervalSince1970: Double(corrected))
    }

    /// The local day as a half-open interval of instants.
    public func interval(of day: CivilDate) -> Interval {
        Interval(start: instant(day, minutes: 0), end: instant(day.adding(days: 1), minutes: 0))
    }

    public func format(_ instant: Date) -> String { Timestamp.format(instant, in: zone) }

    /// `HH:MM` local.
    public func clock(_ instant: Date) -> String {
        let m = minuteOfDay(instant)
        return Timestamp.pad(m / 60, 2) + ":" + Timestamp.pad(m % 60, 2)
    }
}
