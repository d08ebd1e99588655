import Foundation

/// Strict RFC 3339 timestamps (`2026-12-01T09:30:00+08:00`, `…Z`, optional fraction).
///
/// Foundation's ISO 8601 parsing is lenient (it accepts `12:99:00` as 13:39), so we parse
/// field by field and reject anything out of range. A timestamp without an offset is
/// refused: an instant needs a zone.
public enum Timestamp {
    public enum ParseError: Error, Equatable, Sendable {
        case malformed(String)
    }

    public static func parse(_ text: String) throws -> Date {
        let bytes = Array(text.utf8)
        func fail() -> ParseError { .malformed(text) }
        guard bytes.count >= 20 else { throw fail() }
        func digits(_ from: Int, _ count: Int) throws -> Int {
            guard from + count <= bytes.count else { throw fail() }
            var value = 0
            for i in from..<(from + count) {
                let b = bytes[i]
                guard b >= 0x30, b <= 0x39 else { throw fail() }
                value = value * 10 + Int(b - 0x30)
            }
            return value
        }
        func expect(_ index: Int, _ chars: String) throws {
            guard index < bytes.count, chars.utf8.contains(bytes[index]) else { throw fail() }
        }
        let year = try digits(0, 4)
        try expect(4, "-")
        let month = try digits(5, 2)
        try expect(7, "-")
        let day = try digits(8, 2)
        try expect(10, "Tt ")
        let hour = try digits(11, 2)
        try expect(13, ":")
        let minute = try digits(14, 2)
        try expect(16, ":")
        let second = try digits(17, 2)
        var index = 19
        var fraction = 0.0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            let fractionStart = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                fraction += Double(bytes[index] - 0x30) * scale
                scale /= 10
                index += 1
            }
            guard index > fractionStart, index - fractionStart <= 9 else { throw fail() }
        }
        guard index < bytes.count else { throw fail() }
        var offsetSeconds = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            index += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            let oh = try digits(index + 1, 2)
            try expect(index + 3, ":")
            let om = try digits(index + 4, 2)
            guard oh <= 23, om <= 59 else { throw fail() }
            offsetSeconds = sign * (oh * 3600 + om * 60)
            index += 6
        default:
            throw fail()
        }
        guard index == bytes.count else { throw fail() }
        guard (1...12).contains(month), hour <= 23, minute <= 59, second <= 59,
            year >= 1, day >= 1, day <= daysIn(month: month, year: year)
        else { throw fail() }
        let days = daysFromCivil(year: year, month: month, day: day)
        let local = Double(days) * 86_400 + Double(hour * 3600 + minute * 60 + second) + fraction
        return Date(timeIntervalSince1970: local - Double(offsetSeconds))
    }

    /// RFC 3339 in UTC with whole seconds, e.g. `2026-12-01T01:30:00Z`.
    public static func format(_ date: Date) -> String {
        let total = Int(floor(date.timeIntervalSince1970))
        return format(epochSeconds: total, offsetSeconds: 0)
    }

    /// RFC 3339 in the given zone, e.g. `2026-12-01T09:30:00+08:00`.
    public static func format(_ date: Date, in zone: TimeZone) -> String {
        let total = Int(floor(date.timeIntervalSince1970))
        return format(epochSeconds: total, offsetSeconds: zone.secondsFromGMT(for: date))
    }

    static func format(epochSeconds: Int, offsetSeconds: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(25)
        append(epochSeconds: epochSeconds, offsetSeconds: offsetSeconds, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the RFC 3339 text of an instant (whole seconds) in a fixed offset: the day grid
    /// writes thousands of these straight into its response.
    public static func append(epochSeconds: Int, offsetSeconds: Int, to out: inout [UInt8]) {
        let local = epochSeconds + offsetSeconds
        let days = Int(floor(Double(local) / 86_400))
        let secs = local - days * 86_400
        let (y, m, d) = civilFromDays(days)
        appendDigits(y, 4, &out)
        out.append(UInt8(ascii: "-"))
        appendDigits(m, 2, &out)
        out.append(UInt8(ascii: "-"))
        appendDigits(d, 2, &out)
        out.append(UInt8(ascii: "T"))
        appendDigits(secs / 3600, 2, &out)
        out.append(UInt8(ascii: ":"))
        appendDigits(secs % 3600 / 60, 2, &out)
        out.append(UInt8(ascii: ":"))
        appendDigits(secs % 60, 2, &out)
        if offsetSeconds == 0 {
            out.append(UInt8(ascii: "Z"))
            return
        }
        out.append(UInt8(ascii: offsetSeconds < 0 ? "-" : "+"))
        let a = abs(offsetSeconds)
        appendDigits(a / 3600, 2, &out)
        out.append(UInt8(ascii: ":"))
        appendDigits(a % 3600 / 60, 2, &out)
    }

    /// Appends a non-negative number, zero-padded to at least `width` digits.
    public static func appendDigits(_ value: Int, _ width: Int, _ out: inout [UInt8]) {
        let v = max(0, value)
        if v < 100 && width <= 2 {
            if v >= 10 || width == 2 { out.append(UInt8(truncatingIfNeeded: 0x30 + v / 10)) }
            out.append(UInt8(truncatingIfNeeded: 0x30 + v % 10))
            return
        }
        var count = 1, scale = 1
        while v / scale >= 10 {
            scale *= 10
            count += 1
        }
        for _ in count..<max(count, width) { out.append(0x30) }
        while scale > 0 {
            out.append(UInt8(truncatingIfNeeded: 0x30 + v / scale % 10))
            scale /= 10
        }
    }

    public static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (y, m, d)
    }
}
