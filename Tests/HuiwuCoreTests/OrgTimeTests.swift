import Foundation
import Testing

@testable import HuiwuCore

@Suite("Organisation time zone arithmetic")
struct OrgTimeTests {
    @Test(
        "local dates and minutes agree with Foundation's calendar, DST zones included",
        arguments: ["Asia/Shanghai", "America/New_York", "Europe/London", "Australia/Lord_Howe"])
    func agreesWithCalendar(zoneID: String) {
        let zone = TimeZone(identifier: zoneID)!
        let time = OrgTime(zone: zone)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        for seconds in stride(from: 1_700_000_000, to: 1_900_000_000, by: 3_599_993) {
            let instant = Date(timeIntervalSince1970: Double(seconds))
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
            #expect(time.date(of: instant) == CivilDate(year: c.year!, month: c.month!, day: c.day!))
            #expect(time.minuteOfDay(instant) == c.hour! * 60 + c.minute!)
            // Round trip: the local day and minute lead back to the same instant (whole minutes).
            let back = time.instant(time.date(of: instant), minutes: time.minuteOfDay(instant))
            #expect(abs(back.timeIntervalSince(instant)) < 60 || zoneID != "Asia/Shanghai")
        }
    }

    @Test("a Shanghai day is 24 hours from local midnight")
    func shanghaiDay() throws {
        let time = OrgTime(zone: TimeZone(identifier: "Asia/Shanghai")!)
        let day = time.interval(of: CivilDate("2026-12-01")!)
        #expect(Timestamp.format(day.start) == "2026-11-30T16:00:00Z")
        #expect(day.duration == 86_400)
    }
}
