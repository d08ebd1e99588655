/// A length of time a clause sets, in whole minutes: `15min`, `1h`, `90min`, `3d` in the
/// rulebook (A5 §8's "一小时" is `60min` or `1h`).
public struct RuleDuration: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var minutes: Int

    public init(minutes: Int) { self.minutes = minutes }

    public static func < (a: RuleDuration, b: RuleDuration) -> Bool { a.minutes < b.minutes }

    public var seconds: Double { Double(minutes) * 60 }

    /// The shortest way to write it back: `1h`, `90min`, `3d`.
    public var description: String {
        if minutes != 0, minutes % 1440 == 0 { return "\(minutes / 1440)d" }
        if minutes != 0, minutes % 60 == 0 { return "\(minutes / 60)h" }
        return "\(minutes)min"
    }

    /// `<digits><unit>` with unit `min`, `h` or `d` (a space between is allowed); nil otherwise.
    public init?(parsing text: String) {
        let t = text.trimmedWhitespace
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        let unit = t.dropFirst(digits.count).trimmedWhitespace
        guard !digits.isEmpty, digits.count <= 6, let n = Int(digits) else { return nil }
        switch unit {
        case "min", "m": minutes = n
        case "h": minutes = n * 60
        case "d": minutes = n * 1440
        default: return nil
        }
    }
}

extension Substring {
    fileprivate var trimmedWhitespace: String { String(self).trimmedWhitespace }
}
