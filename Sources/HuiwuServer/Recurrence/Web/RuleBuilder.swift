import HuiwuCore

/// The series editor's recurrence builder (R2.2): a few plain choices — how often, which
/// weekdays, which day of the month ("the 5th", "the second Tuesday", "the Friday before the
/// 25th") — turned into an RRULE. A rule typed in full takes precedence.
struct RuleBuilder: Codable, Equatable {
    var freq: String?
    var interval: String?
    var byday: [String]?
    /// MONTHLY: `day` (days of the month), `nth` (an ordinal weekday), `before` (a weekday in
    /// the week before a day of the month).
    var monthMode: String?
    var monthDays: String?
    var nth: String?
    var nthDay: String?
    var beforeDay: String?
    var beforeDate: String?
    var count: String?
    /// A complete RRULE, for anything the builder does not offer.
    var rule: String?

    static let weekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

    /// The rule text, nil when the builder is empty (the meeting type's cadence applies), or
    /// field errors.
    func text(errors: inout [FieldError]) -> String? {
        if let rule, !rule.trimmedWhitespace.isEmpty { return rule.trimmedWhitespace }
        guard let freq, !freq.isEmpty else { return nil }
        guard ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"].contains(freq) else {
            errors.append(FieldError("freq", "field.enum"))
            return nil
        }
        var parts = ["FREQ=" + freq]
        if let text = interval, !text.isEmpty {
            guard let n = Int(text), (1...99).contains(n) else {
                errors.append(FieldError("interval", "field.out_of_range"))
                return nil
            }
            if n > 1 { parts.append("INTERVAL=\(n)") }
        }
        let days = (byday ?? []).filter(Self.weekdays.contains)
        switch freq {
        case "MONTHLY":
            switch monthMode ?? "day" {
            case "nth":
                guard let n = nth, ["1", "2", "3", "4", "-1"].contains(n), let d = nthDay, Self.weekdays.contains(d) else {
                    errors.append(FieldError("nth", "field.enum"))
                    return nil
                }
                parts.append("BYDAY=\(n)\(d)")
            case "before":
                // "The Friday before the 25th": that weekday among the seven days before it (A3).
                guard let d = beforeDay, Self.weekdays.contains(d) else {
                    errors.append(FieldError("beforeDay", "field.enum"))
                    return nil
                }
                guard let text = beforeDate, let n = Int(text), (8...31).contains(n) else {
                    errors.append(FieldError("beforeDate", "field.out_of_range"))
                    return nil
                }
                parts.append("BYDAY=" + d)
                parts.append("BYMONTHDAY=" + (n - 7..<n).map(String.init).joined(separator: ","))
            default:
                let list = (monthDays ?? "").split { $0 == "," || $0 == "，" || $0 == " " || $0 == "、" }
                if !list.isEmpty {
                    guard list.allSatisfy({ Int($0).map { (1...31).contains(abs($0)) } ?? false }) else {
                        errors.append(FieldError("monthDays", "field.out_of_range"))
                        return nil
                    }
                    parts.append("BYMONTHDAY=" + list.joined(separator: ","))
                }
            }
        case "WEEKLY", "DAILY":
            if !days.isEmpty { parts.append("BYDAY=" + days.joined(separator: ",")) }
        default: break
        }
        if let text = count, !text.isEmpty {
            guard let n = Int(text), (1...SeriesSchedule.maxOccurrences).contains(n) else {
                errors.append(FieldError("count", "field.out_of_range"))
                return nil
            }
            parts.append("COUNT=\(n)")
        }
        return parts.joined(separator: ";")
    }
}
