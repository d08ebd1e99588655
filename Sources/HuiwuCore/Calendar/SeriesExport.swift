import Foundation

/// One stored meeting as an export sees it.
public struct ExportedMeeting: Sendable, Equatable {
    public var key: LocalDateTime?
    public var start: LocalDateTime
    public var end: LocalDateTime
    public var title: String
    public var location: String?
    public var sequence: Int
    public var scheduled: Bool
    /// In this export (the person takes part; the meeting is in this room).
    public var included: Bool

    public init(key: LocalDateTime?, start: LocalDateTime, end: LocalDateTime, title: String, location: String?,
                sequence: Int, scheduled: Bool, included: Bool) {
        self.key = key
        self.start = start
        self.end = end
        self.title = title
        self.location = location
        self.sequence = sequence
        self.scheduled = scheduled
        self.included = included
    }

    var isShown: Bool { scheduled && included }
}

/// A series as iCalendar (for feeds and invitations): one master VEVENT whose RRULE, RDATE and
/// EXDATE give exactly the occurrences the reader has, plus a VEVENT with RECURRENCE-ID for
/// each occurrence that differs from the rule (moved, re-roomed, renamed). Calendar clients
/// expanding it get the server's own list of meetings.
public enum SeriesExport {
    public static func events(uid: String, title: String, location: String?, schedule: SeriesSchedule, version: Int,
                              meetings: [ExportedMeeting], zone: OrgTime) -> [ICalEvent] {
        let shown = meetings.filter(\.isShown)
        guard !shown.isEmpty else { return [] }
        let duration = schedule.durationMinutes * 60
        func end(of start: LocalDateTime) -> LocalDateTime {
            let seconds = start.secondOfDay + duration
            return LocalDateTime(date: start.date.adding(days: seconds / 86_400), secondOfDay: seconds % 86_400)
        }
        let last = LocalDateTime(date: schedule.through, secondOfDay: 86_399)
        // The rule's own moments (periods cannot be said in an RRULE: then every date is an RDATE).
        var ruleKeys: [LocalDateTime] = []
        if schedule.periodKind == nil {
            ruleKeys = RecurrenceExpansion.occurrences(of: schedule.rule, start: schedule.start, zone: zone,
                                                       limit: SeriesSchedule.maxOccurrences * 2, through: last)
        }
        let rdates = schedule.periodKind == nil ? schedule.rdates.filter { $0 <= last }
            : meetings.compactMap(\.key)
        let keys = Set(ruleKeys).union(rdates)
        let byKey = Dictionary(meetings.compactMap { m in m.key.map { ($0, m) } }, uniquingKeysWith: { a, _ in a })
        guard let first = ruleKeys.first ?? keys.min() else { return [] }
        var master = ICalEvent(uid: uid, sequence: version, start: first, end: end(of: first), summary: title)
        master.location = location
        if let lastKey = ruleKeys.last {
            var rule = schedule.rule
            rule.count = nil
            rule.until = .instant(zone.instant(lastKey.date, minutes: lastKey.secondOfDay / 60)
                .addingTimeInterval(Double(lastKey.secondOfDay % 60)))
            master.rule = rule.text
        }
        master.rdates = rdates.filter { $0 != first }.sorted()
        master.exdates = keys.filter { byKey[$0]?.isShown != true }.sorted()
        var out = [master]
        for m in shown {
            guard let key = m.key, keys.contains(key) else {
                // Not an occurrence of the rule (cannot happen for stored series): its own event.
                var single = ICalEvent(uid: uid + "-" + ICalendar.local(m.start), sequence: m.sequence, start: m.start, end: m.end,
                                       summary: m.title)
                single.location = m.location
                out.append(single)
                continue
            }
            if m.start == key && m.end == end(of: key) && m.title == title && m.location == location { continue }
            var override = ICalEvent(uid: uid, sequence: max(version, m.sequence), start: m.start, end: m.end, summary: m.title)
            override.location = m.location
            override.recurrenceId = key
            out.append(override)
        }
        return out
    }
}
