import HuiwuCore

/// A recurrence rule in words (R2.2), from the `rrule.*` catalog entries: "每月25日前的周五 09:00",
/// "Monthly on the Friday before the 25th at 09:00". Rules the phrases do not cover still read
/// correctly, just plainly (every part is said, never dropped).
struct RecurrenceWords {
    let catalogs: Catalogs
    let locale: UILocale

    private func t(_ key: String, _ parameters: [String: String] = [:]) -> String {
        catalogs.text("rrule." + key, locale, parameters)
    }

    func describe(_ rule: RecurrenceRule, start: LocalDateTime) -> String {
        let n = rule.interval
        let plainDays = rule.byDay.filter { $0.ordinal == nil }.map(\.weekday)
        var sentence: String
        switch rule.frequency {
        case .daily:
            sentence = n == 1 ? t("daily") : t("every_n_days", ["n": "\(n)"])
            if !plainDays.isEmpty { sentence = t("on_weekdays", ["every": sentence, "days": list(plainDays.map(weekday))]) }
            if !rule.byMonthDay.isEmpty {
                sentence = t("on", ["every": sentence, "when": list(rule.byMonthDay.map(monthDay))])
            }
        case .weekly:
            // "每周二", "每2周的周一、周五": Chinese names the weekday right after 每.
            let days = list((plainDays.isEmpty ? [start.date.isoWeekday] : plainDays).map(weekday))
            sentence = n == 1 ? t("every_week_on", ["days": days]) : t("every_n_weeks_on", ["n": "\(n)", "days": days])
        case .monthly:
            let every = n == 1 ? t("monthly") : n == 3 ? t("quarterly") : t("every_n_months", ["n": "\(n)"])
            sentence = t("on", ["every": every, "when": daysOfMonth(rule, start: start)])
        case .yearly:
            let every = n == 1 ? t("yearly") : t("every_n_years", ["n": "\(n)"])
            let months = rule.byMonth.isEmpty && rule.byDay.isEmpty && rule.byMonthDay.isEmpty ? [start.date.month] : rule.byMonth
            let when = daysOfMonth(rule, start: start)
            sentence = t(
                "on",
                [
                    "every": every,
                    "when": months.isEmpty ? when : t("of_months", ["when": when, "months": list(months.map(month))]),
                ])
        }
        if rule.frequency != .yearly && !rule.byMonth.isEmpty {
            sentence = t("in_months", ["rule": sentence, "months": list(rule.byMonth.map(month))])
        }
        if !rule.bySetPos.isEmpty {
            sentence = t("setpos", ["rule": sentence, "positions": list(rule.bySetPos.map(position))])
        }
        sentence = t(
            "at",
            [
                "rule": sentence,
                "time": Timestamp.pad(start.secondOfDay / 3600, 2) + ":"
                    + Timestamp.pad(start.secondOfDay % 3600 / 60, 2),
            ])
        if let count = rule.count { sentence = t("times", ["rule": sentence, "n": "\(count)"]) }
        switch rule.until {
        case .local(let l)?: sentence = t("until", ["rule": sentence, "date": l.date.description])
        case .instant(let i)?: sentence = t("until", ["rule": sentence, "date": Timestamp.format(i)])
        case nil: break
        }
        return sentence
    }

    /// Which days of a month (or of the months named): ordinal weekdays, a weekday within a
    /// week of days (A3's "the Friday before the 25th"), month days, or the start's own day.
    private func daysOfMonth(_ rule: RecurrenceRule, start: LocalDateTime) -> String {
        let plain = rule.byDay.filter { $0.ordinal == nil }.map(\.weekday)
        let nth = rule.byDay.filter { $0.ordinal != nil }
        let days = rule.byMonthDay.sorted()
        var parts: [String] = []
        if !nth.isEmpty { parts.append(list(nth.map(nthWeekday))) }
        if !plain.isEmpty && days.isEmpty { parts.append(t("every_weekday", ["days": list(plain.map(weekday))])) }
        if !days.isEmpty && !plain.isEmpty {
            let weekdays = list(plain.map(weekday))
            if days.count == 7, let first = days.first, first > 0, days == Array(first...(first + 6)) {
                let last = first + 6
                parts.append(
                    last < 31
                        ? t(
                            "weekday_before_day", ["weekday": weekdays, "n": "\(last + 1)", "nth": Self.englishOrdinal(last + 1)])
                        : t(
                            "weekday_between_days",
                            [
                                "weekday": weekdays, "first": "\(first)", "last": "\(last)",
                                "firstNth": Self.englishOrdinal(first), "lastNth": Self.englishOrdinal(last),
                            ]))
            } else {
                parts.append(t("weekday_on_days", ["weekday": weekdays, "days": list(days.map(monthDay))]))
            }
        } else if !days.isEmpty {
            parts.append(list(days.map(monthDay)))
        }
        if parts.isEmpty { parts.append(monthDay(start.date.day)) }
        return list(parts)
    }

    private func weekday(_ w: Int) -> String { t("weekday.\(w)") }

    private func month(_ m: Int) -> String { t("month.\(m)") }

    private func monthDay(_ d: Int) -> String {
        if d == -1 { return t("last_day") }
        if d < 0 { return t("nth_last_day", ["n": "\(-d)", "nth": Self.englishOrdinal(-d)]) }
        return t("day_of_month", ["n": "\(d)", "nth": Self.englishOrdinal(d)])
    }

    private func nthWeekday(_ d: RecurrenceWeekday) -> String {
        let n = d.ordinal ?? 1
        if n == -1 { return t("last_weekday", ["weekday": weekday(d.weekday)]) }
        let key = n < 0 ? "nth_last_weekday" : "nth_weekday"
        return t(key, ["n": "\(abs(n))", "nth": Self.englishOrdinal(abs(n)), "weekday": weekday(d.weekday)])
    }

    private func position(_ p: Int) -> String {
        if p == -1 { return t("position_last") }
        return t(p < 0 ? "position_nth_last" : "position_n", ["n": "\(abs(p))", "nth": Self.englishOrdinal(abs(p))])
    }

    private func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: t("list_separator")) + t("list_last_separator") + items.last!
    }

    /// 1st, 2nd, 3rd, 4th, 11th, 21st… (the English catalog's `{nth}`; Chinese uses `{n}`).
    static func englishOrdinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }
}
