import Foundation
import Testing

@testable import HuiwuCore

private let shanghai = OrgTime(zone: TimeZone(identifier: "Asia/Shanghai")!)

private func dates(_ rule: String, from start: String, _ n: Int = 6) throws -> [String] {
    let parsed = try RecurrenceRule(parsing: rule)
    return RecurrenceExpansion.occurrences(of: parsed, start: LocalDateTime(start)!, zone: shanghai, limit: n)
        .map(\.date.description)
}

@Suite("Recurrence rules (RFC 5545, R2.2)")
struct RecurrenceTests {
    @Test(
        "the seed organisations' cadences expand to the right days",
        arguments: [
            // A3 representatives' meeting: monthly on the Friday before the 25th.
            (
                "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=18,19,20,21,22,23,24", "2026-12-01T09:00",
                ["2026-12-18", "2027-01-22", "2027-02-19", "2027-03-19", "2027-04-23", "2027-05-21"]
            ),
            // A2: every Tuesday afternoon.
            (
                "FREQ=WEEKLY;BYDAY=TU", "2026-12-01T14:30",
                ["2026-12-01", "2026-12-08", "2026-12-15", "2026-12-22", "2026-12-29", "2027-01-05"]
            ),
            // A5: every Friday; quarterly; daily before the shift.
            (
                "FREQ=WEEKLY;BYDAY=FR", "2026-12-01T16:00",
                ["2026-12-04", "2026-12-11", "2026-12-18", "2026-12-25", "2027-01-01", "2027-01-08"]
            ),
            (
                "FREQ=MONTHLY;INTERVAL=3", "2026-12-31T09:00",
                ["2026-12-31", "2027-03-31", "2027-12-31", "2028-03-31", "2028-12-31", "2029-03-31"]
            ),
            (
                "FREQ=DAILY", "2026-12-30T07:45",
                ["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03", "2027-01-04"]
            ),
        ] as [(String, String, [String])])
    func seedCadences(_ rule: String, _ start: String, _ expected: [String]) throws {
        #expect(try dates(rule, from: start) == expected)
    }

    @Test(
        "ordinals, negative month days, BYSETPOS and WKST",
        arguments: [
            (
                "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "2026-12-01T09:00",
                ["2026-12-31", "2027-01-29", "2027-02-26", "2027-03-31", "2027-04-30", "2027-05-31"]
            ),
            (
                "FREQ=MONTHLY;BYDAY=-1FR", "2026-12-01T09:00",
                ["2026-12-25", "2027-01-29", "2027-02-26", "2027-03-26", "2027-04-30", "2027-05-28"]
            ),
            (
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;WKST=SU", "2026-12-02T09:00",
                ["2026-12-04", "2026-12-14", "2026-12-18", "2026-12-28", "2027-01-01", "2027-01-11"]
            ),
            (
                "FREQ=MONTHLY;BYMONTHDAY=-1", "2026-12-01T09:00",
                ["2026-12-31", "2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31"]
            ),
            ("FREQ=YEARLY;BYDAY=20MO", "2026-01-01T09:00", ["2026-05-18", "2027-05-17", "2028-05-15"]),
            ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "2026-01-01T09:00", ["2028-02-29", "2032-02-29", "2036-02-29"]),
        ] as [(String, String, [String])])
    func richerRules(_ rule: String, _ start: String, _ expected: [String]) throws {
        #expect(try dates(rule, from: start, expected.count) == expected)
    }

    @Test("COUNT and UNTIL end the series; the time of day is kept")
    func countAndUntil() throws {
        let counted = try RecurrenceRule(parsing: "RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=TU")
        let start = LocalDateTime("2026-12-01T14:30")!
        #expect(
            RecurrenceExpansion.occurrences(of: counted, start: start, zone: shanghai).map(\.description)
                == ["2026-12-01T14:30:00", "2026-12-08T14:30:00", "2026-12-15T14:30:00"])
        let until = try RecurrenceRule(parsing: "FREQ=WEEKLY;UNTIL=20261215T143000;BYDAY=TU")
        #expect(RecurrenceExpansion.occurrences(of: until, start: start, zone: shanghai).count == 3)
        // 2026-12-15T06:29:59Z is 14:29:59 in Shanghai: the third Tuesday is just past it.
        let utc = try RecurrenceRule(parsing: "FREQ=WEEKLY;UNTIL=20261215T062959Z;BYDAY=TU")
        #expect(RecurrenceExpansion.occurrences(of: utc, start: start, zone: shanghai).count == 2)
    }

    @Test("extra dates are added and exceptions removed (RDATE/EXDATE)")
    func rdateAndExdate() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=WEEKLY;COUNT=4;BYDAY=TU")
        let start = LocalDateTime("2026-12-01T14:30")!
        let result = RecurrenceExpansion.occurrences(
            of: rule, start: start, adding: [LocalDateTime("2026-12-10T09:00")!],
            excluding: [LocalDateTime("2026-12-08T14:30")!], zone: shanghai)
        #expect(
            result.map(\.description) == [
                "2026-12-01T14:30:00", "2026-12-10T09:00:00", "2026-12-15T14:30:00",
                "2026-12-22T14:30:00",
            ])
    }

    @Test("a rule that can never match ends instead of searching forever")
    func impossibleRule() throws {
        let rule = try RecurrenceRule(parsing: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")
        #expect(RecurrenceExpansion.occurrences(of: rule, start: LocalDateTime("2026-01-01T09:00")!, zone: shanghai).isEmpty)
    }

    @Test(
        "malformed or contradictory rules are refused with a reason",
        arguments: [
            ("FREQ=WEEKLY;COUNT=2;UNTIL=20270101T000000", "recurrence.count_and_until"),
            ("FREQ=WEEKLY;BYDAY=1MO", "recurrence.not_with_frequency"),
            ("FREQ=WEEKLY;BYMONTHDAY=3", "recurrence.not_with_frequency"),
            ("BYDAY=MO", "recurrence.frequency_required"),
            ("FREQ=HOURLY", "recurrence.unsupported_frequency"),
            ("FREQ=DAILY;BYHOUR=9", "recurrence.unsupported_part"),
            ("FREQ=DAILY;FREQ=WEEKLY", "recurrence.repeated_part"),
            ("FREQ=MONTHLY;BYMONTHDAY=0", "recurrence.bad_value"),
            ("FREQ=MONTHLY;BYMONTHDAY=32", "recurrence.bad_value"),
            ("FREQ=MONTHLY;BYDAY=6FR", "recurrence.bad_value"),
            ("FREQ=DAILY;INTERVAL=0", "recurrence.bad_value"),
            ("FREQ=DAILY;UNTIL=20261332", "recurrence.bad_value"),
            ("FREQ=DAILY;;", "recurrence.malformed"),
        ])
    func refusedRules(_ text: String, _ code: String) {
        #expect(throws: RecurrenceRuleError.self) { try RecurrenceRule(parsing: text) }
        do { _ = try RecurrenceRule(parsing: text) } catch let error as RecurrenceRuleError { #expect(error.code == code) } catch
        {}
    }

    @Test("the canonical text parses back to the same rule")
    func roundTrip() throws {
        for text in [
            "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=18,19,20,21,22,23,24", "FREQ=WEEKLY;INTERVAL=2;COUNT=10;BYDAY=MO,FR;WKST=SU",
            "FREQ=YEARLY;UNTIL=20301231T235959;BYDAY=-1SU;BYMONTH=3,10",
            "FREQ=MONTHLY;UNTIL=20270101T000000Z;BYDAY=MO;BYSETPOS=2",
        ] {
            let rule = try RecurrenceRule(parsing: text)
            #expect(rule.text == text)
            #expect(try RecurrenceRule(parsing: rule.text) == rule)
        }
    }
}
