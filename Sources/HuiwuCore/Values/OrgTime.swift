import Foundation

/// The organisation's wall clock: converts between instants and local days/times in its
/// time zone (default Asia/Shanghai). Instants are stored in UTC; people see local time.
public struct OrgTime: Sendable {
    public let zone: TimeZone

    public init(zone: TimeZone) { self.zone = zone }

    public static let defaultZoneIdentifier = "Asia/Shanghai"

    /// Seconds east of UTC at an instant (Foundation's zone rules; DST-aware).
    public func offset(at instant: Date) -> Int { zone.secondsFromGMT(for: instant) }

    /// The zone's offset throughout a span widened by `margin` on both sides (the longest booking,
    /// for a grid), or nil if it changes there (a DST transition): lets a response with thousands
    /// of instants look the zone up twice instead of once per instant. Offsets never change twice
    /// within days.
    public func fixedOffset(around span: Interval, margin: TimeInterval) -> Int? {
        let before = offset(at: span.start.addingTimeInterval(-margin))
        return before == offset(at: span.end.addingTimeInterval(margin)) ? before : nil
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

    /// `YYYY-MM-DD HH:MM` local: a time as people read it on a page or in a spreadsheet (Excel and
    /// WPS read it as a date and time; RFC 3339's `T` and offset they keep as text). X6.
    public func readable(_ instant: Date) -> String { "\(date(of: instant)) \(clock(instant))" }

    /// `HH:MM` local.
    public func clock(_ instant: Date) -> String {
        let m = minuteOfDay(instant)
        return Timestamp.pad(m / 60, 2) + ":" + Timestamp.pad(m % 60, 2)
    }
}
