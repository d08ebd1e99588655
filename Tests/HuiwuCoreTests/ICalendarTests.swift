import Foundation
import Testing

@testable import HuiwuCore

@Suite("iCalendar writing (RFC 5545)")
struct ICalendarTests {
    let start = LocalDateTime("2027-03-12T14:00:00")!
    let end = LocalDateTime("2027-03-12T15:00:00")!

    @Test("a zone with daylight saving time gets its transitions; a fixed zone one offset")
    func timeZones() {
        let ny = OrgTime(zone: TimeZone(identifier: "America/New_York")!)
        let text = ICalendar.document(
            events: [ICalEvent(uid: "u", sequence: 0, start: start, end: end, summary: "s")], zone: ny,
            stamp: Date(timeIntervalSince1970: 0))
        #expect(text.contains("BEGIN:DAYLIGHT\r\nDTSTART:20270314T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400"))
        #expect(text.contains("BEGIN:STANDARD\r\nDTSTART:20271107T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500"))
        let shanghai = OrgTime(zone: TimeZone(identifier: "Asia/Shanghai")!)
        let fixed = ICalendar.document(
            events: [ICalEvent(uid: "u", sequence: 0, start: start, end: end, summary: "s")], zone: shanghai,
            stamp: Date(timeIntervalSince1970: 0))
        #expect(fixed.contains("BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800"))
        #expect(fixed.contains("DTSTART;TZID=Asia/Shanghai:20270312T140000"))
    }

    @Test("text is escaped, long lines folded at 75 octets without splitting a character, lines end in CRLF")
    func escapingAndFolding() {
        var e = ICalEvent(
            uid: "u", sequence: 1, start: start, end: end,
            summary: "业务代表会议; 议题, 第一\\第二\n" + String(repeating: "会", count: 40))
        e.location = "A座,3F"
        e.description = "第一行\r\nATTENDEE:mailto:x@evil.example\r\nEND:VEVENT"
        let text = ICalendar.document(
            events: [e], zone: OrgTime(zone: TimeZone(identifier: "Asia/Shanghai")!),
            stamp: Date(timeIntervalSince1970: 0))
        #expect(text.contains("SUMMARY:业务代表会议\\; 议题\\, 第一\\\\第二\\n会"))
        #expect(text.contains("LOCATION:A座\\,3F"))
        // A CR LF pair (one Character in Swift) cannot start a property of its own.
        #expect(!text.contains("\r\nATTENDEE:mailto:x@evil"))
        #expect(
            text.replacingOccurrences(of: "\r\n ", with: "").contains(
                "DESCRIPTION:第一行\\nATTENDEE:mailto:x@evil.example\\nEND:VEVENT"))
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75)
            #expect(!line.contains("\n"))
        }
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains(String(repeating: "会", count: 40)))
    }

    @Test("a series exports its rule up to its last occurrence, exceptions for what is not held, overrides for what moved")
    func seriesExport() throws {
        let zone = OrgTime(zone: TimeZone(identifier: "Asia/Shanghai")!)
        let schedule = SeriesSchedule(
            rule: try RecurrenceRule(parsing: "FREQ=WEEKLY;BYDAY=TU;COUNT=5"),
            start: LocalDateTime("2026-12-01T14:30:00")!, durationMinutes: 60,
            through: CivilDate("2027-12-31")!)
        func held(_ day: String, at time: String = "14:30", included: Bool = true, scheduled: Bool = true) -> ExportedMeeting {
            let key = LocalDateTime("\(day)T14:30:00")!
            let s = LocalDateTime("\(day)T\(time):00")!
            return ExportedMeeting(
                key: key, start: s, end: LocalDateTime(date: s.date, secondOfDay: s.secondOfDay + 3600),
                title: "周例会", location: "第一会议室", sequence: 0, scheduled: scheduled, included: included)
        }
        let events = SeriesExport.events(
            uid: "s@huiwu", title: "周例会", location: "第一会议室", schedule: schedule, version: 2,
            meetings: [
                held("2026-12-01"), held("2026-12-08", at: "16:00"),
                held("2026-12-15", scheduled: false), held("2026-12-22", included: false),
                held("2026-12-29"),
            ], zone: zone)
        #expect(events.count == 2)
        #expect(events[0].rule == "FREQ=WEEKLY;UNTIL=20261229T063000Z;BYDAY=TU")
        #expect(events[0].exdates.map(\.description) == ["2026-12-15T14:30:00", "2026-12-22T14:30:00"])
        #expect(events[1].recurrenceId == LocalDateTime("2026-12-08T14:30:00"))
        #expect(events[1].start == LocalDateTime("2026-12-08T16:00:00"))
    }
}
