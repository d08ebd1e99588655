import Foundation
import Testing

@testable import HuiwuCore

/// The organiser's side of RFC 5546 and the per-reader series export behind it (X2).
@Suite("Invitations a calendar app can trust (RFC 5546)")
struct ITIPOrganizerTests {
    let zone = OrgTime(zone: TimeZone(identifier: "Asia/Shanghai")!)

    /// The series (R2.2): every other week on Tuesday and Thursday, twelve times, 90 minutes.
    func series() throws -> SeriesSchedule {
        SeriesSchedule(
            rule: try RecurrenceRule(parsing: "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=12"),
            start: LocalDateTime("2026-12-22T09:30:00")!, durationMinutes: 90, through: CivilDate("2027-03-04")!)
    }

    func meetings(
        _ schedule: SeriesSchedule, mine: Set<String>, cancelled: Set<String> = [],
        moved: [String: String] = [:]
    ) -> [ExportedMeeting] {
        RecurrenceExpansion.occurrences(of: schedule.rule, start: schedule.start, zone: zone).map { key in
            let day = key.date.description
            let start = moved[day].flatMap { LocalDateTime($0) } ?? key
            return ExportedMeeting(
                key: key, start: start, end: start.adding(seconds: 90 * 60), title: "班务会", location: "培训室",
                sequence: 0, scheduled: !cancelled.contains(day), included: mine.contains(day))
        }
    }

    func export(_ schedule: SeriesSchedule, _ meetings: [ExportedMeeting]) -> [ICalEvent] {
        SeriesExport.events(
            uid: "s@huiwu", title: "班务会", location: "培训室", schedule: schedule, version: 0, meetings: meetings,
            zone: zone)
    }

    @Test("one meeting of a series is written as exactly that meeting: its own 90 minutes, no rule")
    func oneMeetingOfASeries() throws {
        let s = try series()
        let events = export(s, meetings(s, mine: ["2026-12-24"]))
        #expect(events.count == 1)
        #expect(events[0].start == LocalDateTime("2026-12-24T09:30:00"))
        #expect(events[0].end == LocalDateTime("2026-12-24T11:00:00"))
        #expect(events[0].rule == nil && events[0].rdates.isEmpty && events[0].recurrenceId == nil)
    }

    @Test("a reader's series starts at their first meeting; a few meetings are dates, most of a series its rule")
    func readersOwnSeries() throws {
        let s = try series()
        let few = export(s, meetings(s, mine: ["2026-12-24", "2027-01-19"]))
        #expect(few.count == 1)
        #expect(few[0].start == LocalDateTime("2026-12-24T09:30:00"))
        #expect(few[0].rule == nil)
        #expect(few[0].rdates == [LocalDateTime("2027-01-19T09:30:00")!])
        let all = RecurrenceExpansion.occurrences(of: s.rule, start: s.start, zone: zone).map(\.date.description)
        let most = export(s, meetings(s, mine: Set(all.dropFirst()), cancelled: ["2027-01-07"]))
        #expect(most[0].start == LocalDateTime("2026-12-24T09:30:00"))
        #expect(most[0].rule == "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270304T013000Z;BYDAY=TU,TH")
        #expect(most[0].exdates == [LocalDateTime("2027-01-07T09:30:00")!])
    }

    @Test("the first message is a REQUEST; sending the same object again keeps its SEQUENCE")
    func firstAndRepeated() throws {
        let s = try series()
        let truth = export(s, meetings(s, mine: ["2026-12-24"]))
        let (first, copy) = ITIPOrganizer.next(copy: nil, truth: truth, firstSequence: 1)
        #expect(first?.method == "REQUEST" && first?.sequence == 1)
        let (again, same) = ITIPOrganizer.next(copy: copy, truth: truth)
        #expect(again?.method == "REQUEST" && again?.sequence == 1)
        #expect(same == copy)
    }

    @Test("inviting to a second occurrence re-sends the series under a higher SEQUENCE")
    func secondOccurrenceRaisesSequence() throws {
        let s = try series()
        let (_, copy) = ITIPOrganizer.next(copy: nil, truth: export(s, meetings(s, mine: ["2026-12-24"])))
        let (update, next) = ITIPOrganizer.next(copy: copy, truth: export(s, meetings(s, mine: ["2026-12-24", "2027-01-05"])))
        #expect(update?.method == "REQUEST")
        #expect(update?.sequence == 1)
        #expect(update?.events.allSatisfy { $0.uid == "s@huiwu" && $0.sequence == 1 } == true)
        #expect(next?.sequence == 1 && next?.held == true)
    }

    @Test("cancelling the only meeting a recipient has cancels the object as they held it, at a higher SEQUENCE")
    func cancellingTheOnlyMeeting() throws {
        let s = try series()
        let (_, copy) = ITIPOrganizer.next(copy: nil, truth: export(s, meetings(s, mine: ["2026-12-24"])), firstSequence: 2)
        let (cancel, after) = ITIPOrganizer.next(
            copy: copy, truth: export(s, meetings(s, mine: ["2026-12-24"], cancelled: ["2026-12-24"])))
        #expect(cancel?.method == "CANCEL" && cancel?.sequence == 3)
        #expect(cancel?.events.count == 1)
        #expect(cancel?.events[0].start == LocalDateTime("2026-12-24T09:30:00"))
        #expect(cancel?.events[0].end == LocalDateTime("2026-12-24T11:00:00"))
        #expect(cancel?.events[0].cancelled == true)
        #expect(after?.held == false)
        // Until it is known to have arrived it goes again as it was; after that, nothing more.
        #expect(ITIPOrganizer.next(copy: after, truth: []).message == cancel)
        var delivered = after!
        delivered.confirmed = true
        #expect(ITIPOrganizer.next(copy: delivered, truth: []).message == nil)
        // Invited again: a REQUEST above the CANCEL.
        let (again, _) = ITIPOrganizer.next(copy: delivered, truth: export(s, meetings(s, mine: ["2027-01-05"])))
        #expect(again?.method == "REQUEST" && again?.sequence == 4)
    }

    @Test("one occurrence gone from a delivered copy is a CANCEL of that instance by RECURRENCE-ID, with its held times")
    func oneInstanceCancelled() throws {
        let s = try series()
        let all = Set(RecurrenceExpansion.occurrences(of: s.rule, start: s.start, zone: zone).map(\.date.description))
        var (_, copy) = ITIPOrganizer.next(
            copy: nil, truth: export(s, meetings(s, mine: all, moved: ["2027-01-07": "2027-01-07T14:00:00"])))
        copy!.confirmed = true
        let truth = export(
            s,
            meetings(
                s, mine: all, cancelled: ["2027-01-07", "2027-01-19"],
                moved: ["2027-01-07": "2027-01-07T14:00:00"]))
        let (cancel, next) = ITIPOrganizer.next(copy: copy, truth: truth)
        #expect(cancel?.method == "CANCEL" && cancel?.sequence == 1)
        #expect(
            cancel?.events.map(\.recurrenceId) == [LocalDateTime("2027-01-07T09:30:00"), LocalDateTime("2027-01-19T09:30:00")])
        #expect(cancel?.events.map(\.start) == [LocalDateTime("2027-01-07T14:00:00")!, LocalDateTime("2027-01-19T09:30:00")!])
        #expect(cancel?.events.allSatisfy { $0.cancelled && $0.end.secondsSince($0.start) == 90 * 60 } == true)
        #expect(next?.events == truth.map(\.unsequenced))
        // A copy not known to have arrived is never patched by instance: the whole object goes.
        copy!.confirmed = false
        #expect(ITIPOrganizer.next(copy: copy, truth: truth).message?.method == "REQUEST")
    }

    @Test("a moved occurrence re-sends the object with its override, under a higher SEQUENCE")
    func movedOccurrence() throws {
        let s = try series()
        let all = Set(RecurrenceExpansion.occurrences(of: s.rule, start: s.start, zone: zone).map(\.date.description))
        var (_, copy) = ITIPOrganizer.next(copy: nil, truth: export(s, meetings(s, mine: all)))
        copy!.confirmed = true
        let (update, _) = ITIPOrganizer.next(
            copy: copy, truth: export(s, meetings(s, mine: all, moved: ["2027-01-05": "2027-01-05T15:00:00"])))
        #expect(update?.method == "REQUEST" && update?.sequence == 1)
        let override = update?.events.first { $0.recurrenceId != nil }
        #expect(override?.recurrenceId == LocalDateTime("2027-01-05T09:30:00"))
        #expect(override?.start == LocalDateTime("2027-01-05T15:00:00"))
    }

    @Test("a COUNT series runs through its last occurrence; holidays it skips are its EXDATEs")
    func settledSchedule() throws {
        var s = try series()
        s.through = CivilDate("2028-12-23")!
        s.holidayPolicy = .skip
        let calendar = WorkCalendar([WorkCalendar.Entry(date: CivilDate("2027-01-05")!, kind: .holiday, name: "假日")])
        let settled = s.settled(calendar: calendar, periods: [], zone: zone)
        #expect(settled.through == CivilDate("2027-03-04"))
        #expect(settled.exdates == [LocalDateTime("2027-01-05T09:30:00")!])
        #expect(settled.occurrences(calendar: calendar, periods: [], zone: zone).count == 11)
    }
}
