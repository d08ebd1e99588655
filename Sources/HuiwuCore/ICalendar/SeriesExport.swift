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

    public init(
        key: LocalDateTime?, start: LocalDateTime, end: LocalDateTime, title: String, location: String?,
        sequence: Int, scheduled: Bool, included: Bool
    ) {
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

/// A series as iCalendar (for feeds and invitations), written for one reader: exactly the
/// occurrences that reader has, and nothing else (X2).
///
/// - One meeting: a single VEVENT with its own times.
/// - Otherwise one master VEVENT from the reader's first occurrence, plus a VEVENT with
///   RECURRENCE-ID for each occurrence that differs from the master (moved, re-roomed,
///   renamed). The master says the dates with the series' RRULE (UNTIL at the reader's last
///   occurrence) and EXDATEs when that is exact and shorter, otherwise as RDATEs. "Exact" is
///   checked, not assumed: the rule expanded from the reader's first occurrence must give the
///   series' own dates, or the master falls back to RDATEs.
public enum SeriesExport {
    public static func events(
        uid: String, title: String, location: String?, schedule: SeriesSchedule, version: Int,
        meetings: [ExportedMeeting], zone: OrgTime
    ) -> [ICalEvent] {
        func end(of start: LocalDateTime) -> LocalDateTime { start.adding(seconds: schedule.durationMinutes * 60) }
        let last = LocalDateTime(date: schedule.through, secondOfDay: 86_399)
        // The rule's own moments (periods cannot be said in an RRULE: their dates are RDATEs).
        var ruleKeys: [LocalDateTime] = []
        if schedule.periodKind == nil {
            ruleKeys = RecurrenceExpansion.occurrences(
                of: schedule.rule, start: schedule.start, zone: zone,
                limit: SeriesSchedule.maxOccurrences * 2, through: last)
        }
        let ruleSet = Set(ruleKeys)
        var keys = ruleSet.union(schedule.periodKind == nil ? schedule.rdates.filter { $0 <= last } : meetings.compactMap(\.key))
        // The reader's occurrences by identity. A meeting off the series' own dates (one carried
        // into a continuation by a later split) is one more date of the same object: an RDATE,
        // never an object of its own — one UID per series.
        var shown: [LocalDateTime: ExportedMeeting] = [:]
        for m in meetings where m.isShown {
            let key = m.key ?? m.start
            keys.insert(key)
            shown[key] = shown[key] ?? m
        }
        let held = shown.keys.sorted()
        guard let first = held.first, let lastHeld = held.last else { return [] }
        if held.count == 1, let m = shown[first] {
            var single = ICalEvent(uid: uid, sequence: max(version, m.sequence), start: m.start, end: m.end, summary: m.title)
            single.location = m.location
            return [single]
        }
        var master = ICalEvent(uid: uid, sequence: version, start: first, end: end(of: first), summary: title)
        master.location = location
        let window = keys.filter { first <= $0 && $0 <= lastHeld }
        let windowRule = ruleKeys.filter { first <= $0 && $0 <= lastHeld }
        var rule = schedule.rule
        rule.count = nil
        rule.until = .instant(
            zone.instant(lastHeld.date, minutes: lastHeld.secondOfDay / 60)
                .addingTimeInterval(Double(lastHeld.secondOfDay % 60)))
        let exceptions = window.filter { shown[$0] == nil }
        let ruleIsExact =
            ruleSet.contains(first)
            && RecurrenceExpansion.occurrences(of: rule, start: first, zone: zone, limit: windowRule.count + 1) == windowRule
        if ruleIsExact && exceptions.count < held.count {
            master.rule = rule.text
            master.rdates = window.filter { !ruleSet.contains($0) && shown[$0] != nil }.sorted()
            master.exdates = exceptions.sorted()
        } else {
            master.rdates = Array(held.dropFirst())
        }
        var out = [master]
        for key in held {
            guard let m = shown[key] else { continue }
            if m.start == key && m.end == end(of: key) && m.title == title && m.location == location { continue }
            var override = ICalEvent(uid: uid, sequence: max(version, m.sequence), start: m.start, end: m.end, summary: m.title)
            override.location = m.location
            override.recurrenceId = key
            out.append(override)
        }
        return out
    }
}
