import Foundation

/// RFC 5545 recurrence frequencies Huiwu evaluates (R2.2).
public enum RecurrenceFrequency: String, Sendable, CaseIterable {
    case daily = "DAILY", weekly = "WEEKLY", monthly = "MONTHLY", yearly = "YEARLY"
}

/// A `BYDAY` entry: a weekday, optionally the nth (or nth from last) in the month or year.
public struct RecurrenceWeekday: Hashable, Sendable {
    /// ISO weekday, 1 = Monday … 7 = Sunday.
    public let weekday: Int
    /// 1…53 or -53…-1; nil for every such weekday.
    public let ordinal: Int?

    public init(_ weekday: Int, ordinal: Int? = nil) {
        self.weekday = weekday
        self.ordinal = ordinal
    }

    static let codes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

    var text: String { (ordinal.map(String.init) ?? "") + Self.codes[weekday - 1] }
}

/// Why a recurrence rule was refused; `code` is a stable catalog key.
public struct RecurrenceRuleError: Error, Equatable, Sendable {
    public let code: String
    public let part: String
    public init(_ code: String, part: String) {
        self.code = code
        self.part = part
    }
}

/// An RFC 5545 `RRULE` (R2.2): FREQ, INTERVAL, COUNT, UNTIL, BYDAY (with ordinals),
/// BYMONTHDAY (negative too), BYMONTH, BYSETPOS and WKST. Parsed strictly: an unknown or
/// repeated part, a value out of range, or a combination RFC 5545 forbids is refused rather
/// than guessed at.
public struct RecurrenceRule: Hashable, Sendable {
    public enum Until: Hashable, Sendable {
        /// Inclusive wall-clock limit (`UNTIL=20261231T235959`, or a date: the end of that day).
        case local(LocalDateTime)
        /// Inclusive instant (`UNTIL=20261231T155959Z`), compared in the organisation's zone.
        case instant(Date)
    }

    public var frequency: RecurrenceFrequency
    public var interval: Int = 1
    public var count: Int?
    public var until: Until?
    public var byDay: [RecurrenceWeekday] = []
    public var byMonthDay: [Int] = []
    public var byMonth: [Int] = []
    public var bySetPos: [Int] = []
    /// ISO weekday the week starts on (WKST, default Monday).
    public var weekStart: Int = 1

    public init(frequency: RecurrenceFrequency) { self.frequency = frequency }

    /// Parses `FREQ=…;…`, with or without a leading `RRULE:`.
    public init(parsing text: String) throws {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if body.uppercased().hasPrefix("RRULE:") { body = body.dropFirst(6) }
        var seen = Set<String>()
        var frequency: RecurrenceFrequency?
        var rule = RecurrenceRule(frequency: .daily)
        for piece in body.split(separator: ";", omittingEmptySubsequences: false) {
            let pair = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2, !pair[1].isEmpty else {
                throw RecurrenceRuleError("recurrence.malformed", part: String(piece))
            }
            let name = pair[0].uppercased(), value = String(pair[1]).uppercased()
            guard seen.insert(name).inserted else { throw RecurrenceRuleError("recurrence.repeated_part", part: name) }
            switch name {
            case "FREQ":
                guard let f = RecurrenceFrequency(rawValue: value) else {
                    throw RecurrenceRuleError("recurrence.unsupported_frequency", part: value)
                }
                frequency = f
            case "INTERVAL": rule.interval = try Self.number(value, name, 1...9_999)
            case "COUNT": rule.count = try Self.number(value, name, 1...100_000)
            case "UNTIL": rule.until = try Self.until(value)
            case "BYDAY": rule.byDay = try value.split(separator: ",", omittingEmptySubsequences: false).map(Self.weekday)
            case "BYMONTHDAY": rule.byMonthDay = try Self.numbers(value, name, -31...31)
            case "BYMONTH": rule.byMonth = try Self.numbers(value, name, 1...12)
            case "BYSETPOS": rule.bySetPos = try Self.numbers(value, name, -366...366)
            case "WKST":
                guard let w = RecurrenceWeekday.codes.firstIndex(of: value) else {
                    throw RecurrenceRuleError("recurrence.bad_value", part: name)
                }
                rule.weekStart = w + 1
            default:
                throw RecurrenceRuleError("recurrence.unsupported_part", part: name)
            }
        }
        guard let frequency else { throw RecurrenceRuleError("recurrence.frequency_required", part: "FREQ") }
        rule.frequency = frequency
        try rule.validate()
        self = rule
    }

    /// The combinations RFC 5545 rules out, and a rule that could never produce anything.
    public func validate() throws {
        if count != nil && until != nil { throw RecurrenceRuleError("recurrence.count_and_until", part: "COUNT") }
        if interval < 1 { throw RecurrenceRuleError("recurrence.bad_value", part: "INTERVAL") }
        if byMonthDay.contains(0) { throw RecurrenceRuleError("recurrence.bad_value", part: "BYMONTHDAY") }
        if bySetPos.contains(0) { throw RecurrenceRuleError("recurrence.bad_value", part: "BYSETPOS") }
        if frequency == .weekly && !byMonthDay.isEmpty {
            throw RecurrenceRuleError("recurrence.not_with_frequency", part: "BYMONTHDAY")
        }
        if (frequency == .daily || frequency == .weekly) && byDay.contains(where: { $0.ordinal != nil }) {
            throw RecurrenceRuleError("recurrence.not_with_frequency", part: "BYDAY")
        }
        if frequency == .monthly && byDay.contains(where: { abs($0.ordinal ?? 0) > 5 }) {
            throw RecurrenceRuleError("recurrence.bad_value", part: "BYDAY")
        }
        if !bySetPos.isEmpty && byDay.isEmpty && byMonthDay.isEmpty && byMonth.isEmpty {
            throw RecurrenceRuleError("recurrence.setpos_alone", part: "BYSETPOS")
        }
    }

    /// The same rule with the days RFC 5545 would take from `start` written out (a plain weekly
    /// rule's weekday, a monthly rule's day of the month, a yearly rule's month and day), so it
    /// means the same from any other start.
    public func withDefaultDays(from start: CivilDate) -> RecurrenceRule {
        guard byDay.isEmpty && byMonthDay.isEmpty else { return self }
        var rule = self
        switch frequency {
        case .daily: break
        case .weekly: rule.byDay = [RecurrenceWeekday(start.isoWeekday)]
        case .monthly: rule.byMonthDay = [start.day]
        case .yearly:
            if rule.byMonth.isEmpty { rule.byMonth = [start.month] }
            rule.byMonthDay = [start.day]
        }
        return rule
    }

    /// The canonical text (`FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=18,19,…`), as stored and exported.
    public var text: String {
        var parts = ["FREQ=" + frequency.rawValue]
        if interval != 1 { parts.append("INTERVAL=\(interval)") }
        if let count { parts.append("COUNT=\(count)") }
        switch until {
        case .local(let l)?:
            parts.append("UNTIL=" + Self.compact(l.date) + "T" + Self.compactClock(l.secondOfDay))
        case .instant(let d)?:
            let t = Timestamp.format(d)  // YYYY-MM-DDTHH:MM:SSZ
            parts.append("UNTIL=" + t.filter { $0 != "-" && $0 != ":" })
        case nil: break
        }
        if !byDay.isEmpty { parts.append("BYDAY=" + byDay.map(\.text).joined(separator: ",")) }
        if !byMonthDay.isEmpty { parts.append("BYMONTHDAY=" + byMonthDay.map(String.init).joined(separator: ",")) }
        if !byMonth.isEmpty { parts.append("BYMONTH=" + byMonth.map(String.init).joined(separator: ",")) }
        if !bySetPos.isEmpty { parts.append("BYSETPOS=" + bySetPos.map(String.init).joined(separator: ",")) }
        if weekStart != 1 { parts.append("WKST=" + RecurrenceWeekday.codes[weekStart - 1]) }
        return parts.joined(separator: ";")
    }

    // MARK: parsing helpers

    private static func number(_ text: String, _ part: String, _ range: ClosedRange<Int>) throws -> Int {
        guard let n = Int(text), text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "+") }), range.contains(n)
        else {
            throw RecurrenceRuleError("recurrence.bad_value", part: part)
        }
        return n
    }

    private static func numbers(_ text: String, _ part: String, _ range: ClosedRange<Int>) throws -> [Int] {
        try text.split(separator: ",", omittingEmptySubsequences: false).map { try number(String($0), part, range) }
    }

    private static func weekday(_ text: Substring) throws -> RecurrenceWeekday {
        guard text.count >= 2, let index = RecurrenceWeekday.codes.firstIndex(of: String(text.suffix(2))) else {
            throw RecurrenceRuleError("recurrence.bad_value", part: "BYDAY")
        }
        let prefix = String(text.dropLast(2))
        if prefix.isEmpty { return RecurrenceWeekday(index + 1) }
        let n = try number(prefix, "BYDAY", -53...53)
        guard n != 0 else { throw RecurrenceRuleError("recurrence.bad_value", part: "BYDAY") }
        return RecurrenceWeekday(index + 1, ordinal: n)
    }

    /// `YYYYMMDD`, `YYYYMMDDTHHMMSS` or `YYYYMMDDTHHMMSSZ`.
    private static func until(_ text: String) throws -> Until {
        let bad = RecurrenceRuleError("recurrence.bad_value", part: "UNTIL")
        let chars = Array(text.utf8)
        func digits(_ from: Int, _ count: Int) throws -> Int {
            guard from + count <= chars.count else { throw bad }
            var v = 0
            for c in chars[from..<(from + count)] {
                guard c >= 0x30 && c <= 0x39 else { throw bad }
                v = v * 10 + Int(c - 0x30)
            }
            return v
        }
        guard let date = CivilDate(year: try digits(0, 4), month: try digits(4, 2), day: try digits(6, 2)) else { throw bad }
        if chars.count == 8 { return .local(LocalDateTime(date: date, secondOfDay: 86_399)) }
        guard chars.count == 15 || chars.count == 16, chars[8] == UInt8(ascii: "T") else { throw bad }
        let h = try digits(9, 2), m = try digits(11, 2), s = try digits(13, 2)
        guard h < 24, m < 60, s < 60 else { throw bad }
        let local = LocalDateTime(date: date, secondOfDay: h * 3600 + m * 60 + s)
        if chars.count == 15 { return .local(local) }
        guard chars[15] == UInt8(ascii: "Z") else { throw bad }
        return .instant(Date(timeIntervalSince1970: Double(date.daysSinceEpoch * 86_400 + local.secondOfDay)))
    }

    static func compact(_ d: CivilDate) -> String {
        Timestamp.pad(d.year, 4) + Timestamp.pad(d.month, 2) + Timestamp.pad(d.day, 2)
    }

    static func compactClock(_ s: Int) -> String {
        Timestamp.pad(s / 3600, 2) + Timestamp.pad(s % 3600 / 60, 2) + Timestamp.pad(s % 60, 2)
    }
}
