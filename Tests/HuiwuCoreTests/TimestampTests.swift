import Foundation
import Testing

@testable import HuiwuCore

@Suite("Strict RFC 3339 timestamps")
struct TimestampTests {
    @Test("valid timestamps with offsets parse to the right instant")
    func validTimestampsParse() throws {
        let a = try Timestamp.parse("2026-12-01T09:30:00+08:00")
        let b = try Timestamp.parse("2026-12-01T01:30:00Z")
        #expect(a == b)
        #expect(a.timeIntervalSince1970 == 1_796_088_600)
        let frac = try Timestamp.parse("2026-12-01T01:30:00.250Z")
        #expect(frac.timeIntervalSince1970 == 1_796_088_600.25)
        #expect(try Timestamp.parse("2024-02-29T00:00:00-05:30").timeIntervalSince1970 == 1_709_184_600)
    }

    @Test(
        "impossible or incomplete timestamps are refused",
        arguments: [
            "2026-12-01T12:99:00+08:00", "2026-12-01T24:00:00Z", "2026-02-30T10:00:00Z", "2026-12-01T10:00:00",
            "2026-12-01 10:00", "2026-13-01T10:00:00Z", "2026-12-01T10:00:60Z", "2025-02-29T10:00:00Z",
            "2026-12-01T10:00:00+24:00", "２０２６-12-01T10:00:00Z", "2026-12-01T10:00:00Zjunk", "", "2026-12-01T10:00:00.Z",
        ])
    func impossibleTimestampsAreRefused(text: String) {
        #expect(throws: Timestamp.ParseError.self) { try Timestamp.parse(text) }
    }

    @Test("formatting round-trips in a zone")
    func formattingRoundTrips() throws {
        let zone = TimeZone(identifier: "Asia/Shanghai")!
        let date = try Timestamp.parse("2026-12-01T09:30:00+08:00")
        #expect(Timestamp.format(date, in: zone) == "2026-12-01T09:30:00+08:00")
        #expect(Timestamp.format(date) == "2026-12-01T01:30:00Z")
        for seconds in stride(from: -2_000_000_000, to: 4_000_000_000, by: 86_399_917) {
            let d = Date(timeIntervalSince1970: Double(seconds))
            #expect(try Timestamp.parse(Timestamp.format(d, in: zone)) == d)
        }
    }

    @Test("civil dates are strict and know their weekday")
    func civilDates() {
        #expect(CivilDate("2026-12-01")?.isoWeekday == 2)
        #expect(CivilDate("2026-12-06")?.isoWeekday == 7)
        #expect(CivilDate("2026-2-01") == nil)
        #expect(CivilDate("2026-02-29") == nil)
        #expect(CivilDate("2024-02-29")?.adding(days: 1).description == "2024-03-01")
        #expect(ClockTime("24:00")?.minutes == 1440)
        #expect(ClockTime("24:30") == nil)
        #expect(ClockTime("8:00") == nil)
    }
}
