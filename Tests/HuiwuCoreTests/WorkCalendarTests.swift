import Foundation
import Testing

@testable import HuiwuCore

private func day(_ s: String) -> CivilDate { CivilDate(s)! }
private func at(_ s: String) -> LocalDateTime { LocalDateTime(s)! }

@Suite("Organisation calendar: holidays, make-up workdays (调休) and series on days off (R2.2)")
struct WorkCalendarTests {
    let calendar = WorkCalendar([
        .init(date: day("2027-02-05"), kind: .holiday, name: "春节"),
        .init(date: day("2027-02-08"), kind: .holiday, name: "春节"),
        .init(date: day("2027-02-07"), kind: .workday, name: "春节调休上班"),
    ])

    @Test("weekdays are worked, weekends and holidays are not, make-up days are")
    func workdays() {
        #expect(calendar.isWorkday(day("2027-02-04")))
        #expect(!calendar.isWorkday(day("2027-02-05")))
        #expect(!calendar.isWorkday(day("2027-02-06")))
        #expect(calendar.isWorkday(day("2027-02-07")))
        #expect(!calendar.isWorkday(day("2027-02-08")))
        #expect(calendar.workday(onOrAfter: day("2027-02-05")) == day("2027-02-07"))
    }

    @Test("a Friday series over the holiday: skipped, moved to the make-up workday, or kept")
    func policies() {
        let fridays = [at("2027-01-29T16:00"), at("2027-02-05T16:00"), at("2027-02-12T16:00")]
        #expect(HolidayPolicy.skip.apply(to: fridays, calendar: calendar) == [at("2027-01-29T16:00"), at("2027-02-12T16:00")])
        #expect(
            HolidayPolicy.nextWorkday.apply(to: fridays, calendar: calendar)
                == [at("2027-01-29T16:00"), at("2027-02-07T16:00"), at("2027-02-12T16:00")])
        #expect(HolidayPolicy.keep.apply(to: fridays, calendar: calendar) == fridays)
    }

    @Test("moving onto an occurrence that already exists does not double it")
    func movedOntoExisting() {
        let days = [at("2027-02-05T09:00"), at("2027-02-07T09:00")]
        #expect(HolidayPolicy.nextWorkday.apply(to: days, calendar: calendar) == [at("2027-02-07T09:00")])
    }

    @Test("a table imports holidays and make-up workdays; a bad line is named")
    func tableImport() throws {
        let entries = try WorkCalendarImport.table(
            """
            # 2027 春节
            2027-02-05,holiday,春节
            2027-02-07\tworkday\t春节调休上班

            2027-02-08,HOLIDAY
            """)
        #expect(entries.map(\.date) == [day("2027-02-05"), day("2027-02-07"), day("2027-02-08")])
        #expect(entries.map(\.kind) == [.holiday, .workday, .holiday])
        #expect(throws: WorkCalendarImport.Problem(line: 2, code: "calendar.bad_date")) {
            try WorkCalendarImport.table("2027-02-05,holiday\n2027-02-30,holiday")
        }
        #expect(throws: WorkCalendarImport.Problem(line: 1, code: "calendar.bad_kind")) {
            try WorkCalendarImport.table("2027-02-05,vacation")
        }
        #expect(throws: WorkCalendarImport.Problem(line: 0, code: "calendar.contradiction")) {
            try WorkCalendarImport.table("2027-02-05,holiday\n2027-02-05,workday")
        }
    }

    @Test("an iCalendar file of all-day events imports each day; 班 marks a make-up workday")
    func iCalendarImport() throws {
        let ics = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//CN holidays//ZH",
            "BEGIN:VEVENT", "UID:a@test", "DTSTART;VALUE=DATE:20270206", "DTEND;VALUE=DATE:20270209", "SUMMARY:春节",
            "END:VEVENT",
            "BEGIN:VEVENT", "UID:b@test", "DTSTART;VALUE=DATE:20270214", "SUMMARY:春节调休", " 上班", "END:VEVENT",
            "END:VCALENDAR",
        ].joined(separator: "\r\n")
        let entries = try WorkCalendarImport.iCalendar(ics)
        #expect(entries.map(\.date) == [day("2027-02-06"), day("2027-02-07"), day("2027-02-08"), day("2027-02-14")])
        #expect(entries.map(\.kind) == [.holiday, .holiday, .holiday, .workday])
        #expect(entries.last?.name == "春节调休上班")
        #expect(throws: WorkCalendarImport.Problem(line: 1, code: "calendar.not_icalendar")) {
            try WorkCalendarImport.iCalendar("2027-02-05,holiday")
        }
        #expect(throws: WorkCalendarImport.Problem.self) {
            try WorkCalendarImport.iCalendar("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR")
        }
    }
}

@Suite("Series limited to semesters and quarters (R2.2)")
struct CalendarPeriodTests {
    let semesters = [
        CalendarPeriod(name: "2026–2027 第一学期", kind: .semester, starts: day("2026-09-01"), ends: day("2027-01-15")),
        CalendarPeriod(name: "2026–2027 第二学期", kind: .semester, starts: day("2027-02-20"), ends: day("2027-07-05")),
    ]

    @Test("twice a semester: the first two matching days of each semester, none in the break")
    func twiceASemester() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=MONTHLY;BYDAY=2TU")
        let found = RecurrenceExpansion.occurrences(
            of: rule, start: at("2026-09-01T15:00"), within: semesters, perPeriod: 2,
            zone: OrgTime(zone: TimeZone(identifier: "Asia/Shanghai")!))
        #expect(
            found.map(\.description) == [
                "2026-09-08T15:00:00", "2026-10-13T15:00:00",
                "2027-03-09T15:00:00", "2027-04-13T15:00:00",
            ])
    }

    @Test("a plain weekly rule keeps the series' weekday in every period; occurrences before the start are left out")
    func weeklyWithinPeriods() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=WEEKLY")
        let found = RecurrenceExpansion.occurrences(
            of: rule, start: at("2027-01-05T09:00"), within: semesters, perPeriod: 1,
            zone: OrgTime(zone: TimeZone(identifier: "Asia/Shanghai")!))
        #expect(found.map(\.description) == ["2027-01-05T09:00:00", "2027-02-23T09:00:00"])
    }

    @Test("the calendar quarters of a year")
    func quarters() {
        let q = CalendarPeriod.quarters(of: 2027)
        #expect(q.map(\.starts) == [day("2027-01-01"), day("2027-04-01"), day("2027-07-01"), day("2027-10-01")])
        #expect(q.map(\.ends) == [day("2027-03-31"), day("2027-06-30"), day("2027-09-30"), day("2027-12-31")])
    }
}
