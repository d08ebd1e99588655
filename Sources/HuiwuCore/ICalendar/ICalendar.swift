import Foundation

/// One VEVENT (RFC 5545 §3.6.1): a single meeting, a series' master (with RRULE, RDATE,
/// EXDATE) or one overridden occurrence (RECURRENCE-ID).
public struct ICalEvent: Sendable, Equatable, Codable {
    public struct Person: Sendable, Equatable, Codable {
        public var name: String
        public var email: String?
        public init(name: String, email: String?) {
            self.name = name
            self.email = email
        }
    }

    public var uid: String
    public var sequence: Int
    public var start: LocalDateTime
    public var end: LocalDateTime
    public var summary: String
    public var location: String?
    public var description: String?
    public var rule: String?
    public var rdates: [LocalDateTime] = []
    public var exdates: [LocalDateTime] = []
    public var recurrenceId: LocalDateTime?
    public var cancelled = false
    public var organizer: Person?
    public var attendees: [Person] = []

    public init(uid: String, sequence: Int, start: LocalDateTime, end: LocalDateTime, summary: String) {
        self.uid = uid
        self.sequence = sequence
        self.start = start
        self.end = end
        self.summary = summary
    }
}

/// Writes iCalendar text (RFC 5545): calendar feeds and the invitations sent by e-mail (with
/// METHOD:REQUEST or CANCEL, RFC 5546). Times are local to the organisation's zone, which is
/// described by a VTIMEZONE built from the zone's own transitions.
public enum ICalendar {
    public static func document(
        events: [ICalEvent], zone: OrgTime, method: String? = nil, name: String? = nil,
        stamp: Date
    ) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Huiwu//Meetings//ZH", "CALSCALE:GREGORIAN"]
        if let method { lines.append("METHOD:" + method) }
        if let name { lines.append("X-WR-CALNAME:" + escape(name)) }
        lines += timeZone(zone, covering: events)
        let tzid = zone.zone.identifier
        let dtstamp = utc(stamp)
        for e in events {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:" + escape(e.uid))
            lines.append("DTSTAMP:" + dtstamp)
            lines.append("SEQUENCE:\(e.sequence)")
            if let id = e.recurrenceId { lines.append("RECURRENCE-ID;TZID=\(tzid):" + local(id)) }
            lines.append("DTSTART;TZID=\(tzid):" + local(e.start))
            lines.append("DTEND;TZID=\(tzid):" + local(e.end))
            lines.append("SUMMARY:" + escape(e.summary))
            if let location = e.location, !location.isEmpty { lines.append("LOCATION:" + escape(location)) }
            if let description = e.description, !description.isEmpty { lines.append("DESCRIPTION:" + escape(description)) }
            if let rule = e.rule { lines.append("RRULE:" + rule) }
            // One date per property: simplest for every client to read.
            for d in e.rdates { lines.append("RDATE;TZID=\(tzid):" + local(d)) }
            for d in e.exdates { lines.append("EXDATE;TZID=\(tzid):" + local(d)) }
            lines.append("STATUS:" + (e.cancelled ? "CANCELLED" : "CONFIRMED"))
            if let o = e.organizer {
                lines.append("ORGANIZER;CN=\(parameter(o.name)):mailto:\(o.email ?? "noreply@huiwu.invalid")")
            }
            for a in e.attendees {
                guard let email = a.email else { continue }
                lines.append(
                    "ATTENDEE;CN=\(parameter(a.name));ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:\(email)")
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `20261218T140000` (a local date-time, RFC 5545 §3.3.5 form 3 with TZID).
    public static func local(_ t: LocalDateTime) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(15)
        Timestamp.appendDigits(t.date.year, 4, &out)
        Timestamp.appendDigits(t.date.month, 2, &out)
        Timestamp.appendDigits(t.date.day, 2, &out)
        out.append(UInt8(ascii: "T"))
        Timestamp.appendDigits(t.secondOfDay / 3600, 2, &out)
        Timestamp.appendDigits(t.secondOfDay / 60 % 60, 2, &out)
        Timestamp.appendDigits(t.secondOfDay % 60, 2, &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `20270630T060000Z`.
    public static func utc(_ instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        return local(LocalDateTime(date: CivilDate(daysSinceEpoch: days), secondOfDay: seconds - days * 86_400)) + "Z"
    }

    /// TEXT escaping (§3.3.11), by Unicode scalar: a CR LF pair is one `Character` in Swift, so
    /// line breaks are found scalar by scalar; other control characters are dropped.
    public static func escape(_ text: String) -> String {
        // Most text needs no escaping.
        if !text.utf8.contains(where: {
            $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: ";")
                || $0 == UInt8(ascii: ",")
        }) {
            return text
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case ";": out.append(contentsOf: "\\;".unicodeScalars)
            case ",": out.append(contentsOf: "\\,".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\t": out.append(" ")
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A parameter value (§3.2): quoted, without the characters a quoted value cannot hold.
    static func parameter(_ text: String) -> String {
        "\"" + String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\"" && $0.value >= 0x20 && $0.value != 0x7F }))
            + "\""
    }

    /// Lines longer than 75 octets folded (§3.1), never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var out = "", count = 0, limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if count + size > limit {
                out += "\r\n "
                count = 1
                limit = 75
            }
            out.unicodeScalars.append(scalar)
            count += size
        }
        return out
    }

    /// The VTIMEZONE for the zone: its offset, or each of its transitions in the years the
    /// events cover (zones with daylight saving time).
    static func timeZone(_ zone: OrgTime, covering events: [ICalEvent]) -> [String] {
        let tz = zone.zone
        // Every year an occurrence can fall in: the starts, extra and excepted dates, and a
        // rule's UNTIL (a series starting in December may reach two summers later).
        let years = events.flatMap { e -> [Int] in
            var y = [e.start.date.year, e.end.date.year] + e.rdates.map(\.date.year) + e.exdates.map(\.date.year)
            if let id = e.recurrenceId { y.append(id.date.year) }
            if let rule = e.rule, let range = rule.range(of: "UNTIL="), let year = Int(rule[range.upperBound...].prefix(4)) {
                y.append(year)
            }
            return y
        }
        let first = (years.min() ?? 2026) - 1, last = (years.max() ?? 2026) + 1
        func offset(_ seconds: Int) -> String {
            let sign = seconds < 0 ? "-" : "+"
            let a = abs(seconds)
            return sign + Timestamp.pad(a / 3600, 2) + Timestamp.pad(a / 60 % 60, 2)
        }
        var lines = ["BEGIN:VTIMEZONE", "TZID:" + tz.identifier]
        let startInstant = Date(timeIntervalSince1970: Double(CivilDate(year: first, month: 1, day: 1)!.daysSinceEpoch) * 86_400)
        let endInstant = Date(timeIntervalSince1970: Double(CivilDate(year: last, month: 12, day: 31)!.daysSinceEpoch) * 86_400)
        var transitions: [Date] = []
        var cursor = startInstant
        while let next = tz.nextDaylightSavingTimeTransition(after: cursor), next < endInstant, transitions.count < 400 {
            transitions.append(next)
            cursor = next
        }
        if transitions.isEmpty {
            let o = offset(tz.secondsFromGMT(for: startInstant))
            lines += ["BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:" + o, "TZOFFSETTO:" + o, "END:STANDARD"]
        } else {
            for t in transitions {
                let before = tz.secondsFromGMT(for: t.addingTimeInterval(-1)), after = tz.secondsFromGMT(for: t)
                let kind = tz.isDaylightSavingTime(for: t) ? "DAYLIGHT" : "STANDARD"
                let seconds = Int(t.timeIntervalSince1970) + before
                let days = Int((Double(seconds) / 86_400).rounded(.down))
                let wall = LocalDateTime(date: CivilDate(daysSinceEpoch: days), secondOfDay: seconds - days * 86_400)
                lines += [
                    "BEGIN:" + kind, "DTSTART:" + local(wall), "TZOFFSETFROM:" + offset(before),
                    "TZOFFSETTO:" + offset(after), "END:" + kind,
                ]
            }
        }
        lines.append("END:VTIMEZONE")
        return lines
    }
}
