import Testing

@testable import HuiwuCore

@Suite("Text read a line at a time: LF, CR LF (what a browser sends) and CR all end a line (X2)")
struct TextLinesTests {
    @Test("CR LF, CR and LF each end one line; blank lines are kept so line numbers match an editor")
    func everyLineEnd() {
        #expect(TextLines.split("a\r\nb\rc\nd").map(String.init) == ["a", "b", "c", "d"])
        #expect(TextLines.split("a\r\n\r\nb").map(String.init) == ["a", "", "b"])
        #expect(TextLines.lines("a\r\nb\r\n") == ["a", "b"])
        #expect(TextLines.lines("") == [])
        #expect(TextLines.normalised("a\r\nb\rc", separator: "\r\n") == "a\r\nb\r\nc")
    }

    @Test("a two-line holiday table pasted into a browser (CR LF) imports both lines")
    func holidayTableFromBrowser() throws {
        let entries = try WorkCalendarImport.table("2027-01-01,holiday,元旦\r\n2027-02-07,workday,春节调休\r\n")
        #expect(entries.map(\.date.description) == ["2027-01-01", "2027-02-07"])
        let old = try WorkCalendarImport.table("2027-01-01,holiday,元旦\r2027-02-07,workday,春节调休")
        #expect(old.count == 2)
    }

    @Test("a problem on the second line of browser text is reported on line 2")
    func problemLineNumbers() {
        #expect(throws: WorkCalendarImport.Problem(line: 2, code: "calendar.bad_date")) {
            try WorkCalendarImport.table("2027-01-01,holiday\r\n2027-13-01,holiday")
        }
    }

    @Test("an iCalendar file with CR LF line ends and a folded line reads its events")
    func iCalendarWithCRLF() throws {
        let ics = [
            "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270101", "SUMMARY:元", " 旦", "END:VEVENT",
            "END:VCALENDAR",
        ].joined(separator: "\r\n")
        let entries = try WorkCalendarImport.iCalendar(ics)
        #expect(entries.map(\.name) == ["元旦"])
    }

    @Test("a rulebook edited in a browser differs from the stored one only where its lines do")
    func diffOfBrowserText() {
        let stored = "version: 1\ntitle: x\nclauses: []\n"
        let typed = "version: 2\r\ntitle: x\r\nclauses: []\r\n"
        let changes = LineDiff.compare(stored, typed).filter { $0.change != .kept }
        #expect(Set(changes.map(\.text)) == ["version: 1", "version: 2"] && changes.count == 2)
    }

    @Test("breached passwords listed with CR LF are read one a line")
    func breachedList() {
        #expect(PasswordPolicy.lines(of: "123456\r\npassword\r\n") == ["123456", "password"])
    }
}
