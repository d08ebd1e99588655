import Foundation

/// The organisation's working days (R2.2): Monday to Friday, minus public holidays, plus the
/// make-up workdays (调休) on which a weekend day is worked instead.
public struct WorkCalendar: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A day off that would otherwise be worked (a public holiday, 节假日).
        case holiday
        /// A day worked that would otherwise be off (调休上班).
        case workday
    }

    public struct Entry: Sendable, Equatable, Hashable {
        public var date: CivilDate
        public var kind: Kind
        public var name: String

        public init(date: CivilDate, kind: Kind, name: String) {
            self.date = date
            self.kind = kind
            self.name = name
        }
    }

    private var kinds: [CivilDate: Kind] = [:]

    public init(_ entries: [Entry] = []) {
        for e in entries { kinds[e.date] = e.kind }
    }

    public func isWorkday(_ date: CivilDate) -> Bool {
        switch kinds[date] {
        case .holiday?: return false
        case .workday?: return true
        case nil: return date.isoWeekday <= 5
        }
    }

    /// The first workday on or after `date` (within a year; holidays never run that long).
    public func workday(onOrAfter date: CivilDate) -> CivilDate {
        var d = date
        for _ in 0..<366 where !isWorkday(d) { d = d.adding(days: 1) }
        return d
    }
}

/// What a series does with an occurrence that falls on a day off (R2.2).
public enum HolidayPolicy: String, Sendable, Codable, CaseIterable {
    /// Leave it out.
    case skip
    /// Hold it on the next workday, at the same time.
    case nextWorkday = "next_workday"
    /// Hold it anyway.
    case keep

    /// Where an occurrence is held under the policy: unchanged on a workday (or with `keep`),
    /// nil when skipped, or the next workday at the same time.
    public func place(_ occurrence: LocalDateTime, calendar: WorkCalendar) -> LocalDateTime? {
        if self == .keep || calendar.isWorkday(occurrence.date) { return occurrence }
        if self == .skip { return nil }
        return LocalDateTime(date: calendar.workday(onOrAfter: occurrence.date), secondOfDay: occurrence.secondOfDay)
    }

    /// Applies the policy to a series' occurrences (in order); a moved occurrence that lands on
    /// another one's moment is dropped rather than doubled.
    public func apply(to occurrences: [LocalDateTime], calendar: WorkCalendar) -> [LocalDateTime] {
        var seen = Set<LocalDateTime>()
        return occurrences.compactMap { place($0, calendar: calendar) }.filter { seen.insert($0).inserted }.sorted()
    }
}

/// Reads the dated entries an admin imports into the organisation calendar (R2.2): a simple
/// table, or an iCalendar file of all-day events such as the public-holiday calendars
/// published for China. Every problem is reported with its line; nothing is half-read.
public enum WorkCalendarImport {
    public struct Problem: Error, Equatable, Sendable {
        public let line: Int
        public let code: String
    }

    /// One entry per line: `2027-01-01,holiday,元旦` or `2027-02-07,workday,春节调休`
    /// (comma or tab separated; blank lines and lines starting with `#` are ignored).
    public static func table(_ text: String) throws -> [WorkCalendar.Entry] {
        var entries: [WorkCalendar.Entry] = []
        for (index, raw) in TextLines.split(text).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(whereSeparator: { $0 == "," || $0 == "\t" }).map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 2, fields.count <= 3 else { throw Problem(line: index + 1, code: "calendar.bad_line") }
            guard let date = CivilDate(fields[0]) else { throw Problem(line: index + 1, code: "calendar.bad_date") }
            guard let kind = WorkCalendar.Kind(rawValue: fields[1].lowercased()) else {
                throw Problem(line: index + 1, code: "calendar.bad_kind")
            }
            let name = fields.count == 3 ? fields[2] : ""
            guard name.count <= 100, !TextRules.hasForbiddenControl(name) else {
                throw Problem(line: index + 1, code: "calendar.bad_name")
            }
            entries.append(.init(date: date, kind: kind, name: name))
        }
        return try distinct(entries)
    }

    /// All-day `VEVENT`s of an iCalendar file (RFC 5545): each day of each event becomes a
    /// holiday, except events whose summary marks a make-up workday (`班`, `上班`, `调休上班`,
    /// `補班`, or "workday"), which become workdays.
    public static func iCalendar(_ text: String) throws -> [WorkCalendar.Entry] {
        // Unfold continuation lines (RFC 5545 §3.1) before reading properties.
        var lines: [(number: Int, text: String)] = []
        for (index, raw) in TextLines.split(text).enumerated() {
            if let first = raw.first, first == " " || first == "\t", !lines.isEmpty {
                lines[lines.count - 1].text += raw.dropFirst()
            } else {
                lines.append((index + 1, String(raw)))
            }
        }
        guard lines.contains(where: { $0.text.uppercased() == "BEGIN:VCALENDAR" }) else {
            throw Problem(line: 1, code: "calendar.not_icalendar")
        }
        var entries: [WorkCalendar.Entry] = []
        var event: (start: CivilDate?, end: CivilDate?, summary: String, line: Int)?
        for (number, line) in lines {
            let upper = line.uppercased()
            if upper == "BEGIN:VEVENT" {
                event = (nil, nil, "", number)
                continue
            }
            if upper == "END:VEVENT" {
                guard let e = event, let start = e.start else { throw Problem(line: number, code: "calendar.event_without_date") }
                let end = e.end ?? start.adding(days: 1)  // DTEND of an all-day event is exclusive
                guard end > start, end.daysSinceEpoch - start.daysSinceEpoch <= 31 else {
                    throw Problem(line: e.line, code: "calendar.bad_range")
                }
                let kind: WorkCalendar.Kind = isMakeUpWorkday(e.summary) ? .workday : .holiday
                var d = start
                while d < end {
                    entries.append(.init(date: d, kind: kind, name: String(e.summary.prefix(100))))
                    d = d.adding(days: 1)
                }
                event = nil
                continue
            }
            guard event != nil, let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].uppercased(), value = String(line[line.index(after: colon)...])
            if name.hasPrefix("DTSTART") || name.hasPrefix("DTEND") {
                guard let date = compactDate(value) else { throw Problem(line: number, code: "calendar.bad_date") }
                if name.hasPrefix("DTSTART") { event?.start = date } else { event?.end = date }
            } else if name.hasPrefix("SUMMARY") {
                event?.summary = unescape(value)
            }
        }
        return try distinct(entries)
    }

    static func isMakeUpWorkday(_ summary: String) -> Bool {
        let s = summary.lowercased()
        return s.contains("班") || s.contains("workday") || s.contains("working day")
    }

    /// `20270101` (an all-day value) or the date part of `20270101T000000[Z]`.
    private static func compactDate(_ value: String) -> CivilDate? {
        let digits = Array(value.prefix(8))
        guard digits.count == 8, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let y = Int(String(digits[0..<4])), let m = Int(String(digits[4..<6])), let d = Int(String(digits[6..<8]))
        else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    private static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\,", with: ",").replacingOccurrences(of: "\\;", with: ";")
            .replacingOccurrences(of: "\\n", with: " ").replacingOccurrences(of: "\\N", with: " ")
            .replacingOccurrences(of: "\\\\", with: "\\")
    }

    /// One entry per date: the same date twice with different kinds is a contradiction.
    private static func distinct(_ entries: [WorkCalendar.Entry]) throws -> [WorkCalendar.Entry] {
        var byDate: [CivilDate: WorkCalendar.Entry] = [:]
        for e in entries {
            if let existing = byDate[e.date], existing.kind != e.kind {
                throw Problem(line: 0, code: "calendar.contradiction")
            }
            byDate[e.date] = byDate[e.date] ?? e
        }
        return byDate.values.sorted { $0.date < $1.date }
    }
}
