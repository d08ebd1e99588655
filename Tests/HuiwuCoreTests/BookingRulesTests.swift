import Foundation
import Testing

@testable import HuiwuCore

@Suite("Booking rules (R1.1, R1.4) and alternatives (R1.2)")
struct BookingRulesTests {
    let time = OrgTime(zone: TimeZone(identifier: "Asia/Shanghai")!)
    let now = try! Timestamp.parse("2026-12-01T08:00:00+08:00")
    let room = RoomPolicy(
        capacity: 10, opensAt: ClockTime("08:00")!, closesAt: ClockTime("22:00")!, minLeadMinutes: 60,
        maxAdvanceDays: 30, maxDurationMinutes: 240)

    func request(_ from: String, _ to: String, purpose: String = "meeting", headcount: Int = 5) -> BookingRequest {
        BookingRequest(
            interval: Interval(start: try! Timestamp.parse(from), end: try! Timestamp.parse(to)),
            purpose: purpose, headcount: headcount)
    }

    func check(_ r: BookingRequest, privileged: Bool = false, room: RoomPolicy? = nil) -> [BookingRuleViolation] {
        BookingRules.violations(
            of: r, room: room ?? self.room, allowedPurposes: ["meeting"], time: time, now: now,
            privileged: privileged)
    }

    @Test("an ordinary request passes")
    func ordinaryRequestPasses() {
        #expect(check(request("2026-12-01T10:00:00+08:00", "2026-12-01T11:00:00+08:00")).isEmpty)
    }

    @Test("each rule reports its own violation")
    func eachRuleReports() {
        #expect(check(request("2026-12-01T11:00:00+08:00", "2026-12-01T10:00:00+08:00")) == [.startNotBeforeEnd])
        #expect(
            check(request("2026-12-01T07:00:00+08:00", "2026-12-01T09:00:00+08:00")).contains(
                .outsideBookableHours(opens: ClockTime("08:00")!, closes: ClockTime("22:00")!)))
        #expect(check(request("2026-12-01T08:30:00+08:00", "2026-12-01T09:30:00+08:00")) == [.tooShortNotice(minLeadMinutes: 60)])
        #expect(check(request("2026-12-01T08:30:00+08:00", "2026-12-01T09:30:00+08:00"), privileged: true).isEmpty)
        #expect(check(request("2027-02-01T10:00:00+08:00", "2027-02-01T11:00:00+08:00")) == [.tooFarAhead(maxDays: 30)])
        #expect(check(request("2026-12-01T10:00:00+08:00", "2026-12-01T15:00:00+08:00")) == [.tooLong(maxMinutes: 240)])
        #expect(
            check(request("2026-12-01T10:00:00+08:00", "2026-12-01T11:00:00+08:00", headcount: 11)) == [
                .headcountOutOfRange(capacity: 10)
            ])
        #expect(check(request("2026-12-01T10:00:00+08:00", "2026-12-01T11:00:00+08:00", purpose: "  ")) == [.purposeRequired])
        #expect(
            check(request("2026-12-01T10:00:00+08:00", "2026-12-01T11:00:00+08:00", purpose: "party")) == [
                .purposeNotAllowed("party")
            ])
        #expect(check(request("2026-12-01T21:00:00+08:00", "2026-12-02T09:00:00+08:00")).contains(.spansDays))
        #expect(check(request("2026-11-30T10:00:00+08:00", "2026-11-30T11:00:00+08:00")).contains(.inPast))
    }

    @Test("maintenance blocks only its period; a closed room takes nothing")
    func maintenanceAndClosed() {
        var m = room
        m.status = .maintenance
        m.maintenance = (try! Timestamp.parse("2026-12-01T12:00:00+08:00"), try! Timestamp.parse("2026-12-01T18:00:00+08:00"))
        #expect(check(request("2026-12-01T10:00:00+08:00", "2026-12-01T11:00:00+08:00"), room: m).isEmpty)
        #expect(check(request("2026-12-01T17:00:00+08:00", "2026-12-01T19:00:00+08:00"), room: m) == [.roomInMaintenance])
        var c = room
        c.status = .closed
        #expect(check(request("2026-12-01T10:00:00+08:00", "2026-12-01T11:00:00+08:00"), room: c) == [.roomClosed])
    }

    @Test("half-open intervals: touching is not overlapping")
    func halfOpen() {
        let a = Interval(start: Date(timeIntervalSince1970: 0), end: Date(timeIntervalSince1970: 3600))
        let b = Interval(start: Date(timeIntervalSince1970: 3600), end: Date(timeIntervalSince1970: 7200))
        #expect(!a.overlaps(b))
        #expect(a.overlaps(Interval(start: Date(timeIntervalSince1970: 3599), end: Date(timeIntervalSince1970: 3700))))
    }

    @Test("nearest free slots avoid busy times and are ordered by distance")
    func nearestFreeSlots() throws {
        let wanted = Interval(
            start: try Timestamp.parse("2026-12-01T10:00:00+08:00"), end: try Timestamp.parse("2026-12-01T11:00:00+08:00"))
        let busy = [
            Interval(
                start: try Timestamp.parse("2026-12-01T09:00:00+08:00"), end: try Timestamp.parse("2026-12-01T11:30:00+08:00"))
        ]
        let slots = Alternatives.nearestFreeSlots(for: wanted, busy: busy, room: room, time: time, now: now, limit: 2)
        #expect(
            slots.map { Timestamp.format($0.start, in: time.zone) } == ["2026-12-01T11:30:00+08:00", "2026-12-01T08:00:00+08:00"])
        #expect(slots.allSatisfy { s in !busy.contains { $0.overlaps(s) } })
    }

    @Test("only the room office approves and places priority bookings")
    func accessPolicy() {
        #expect(AccessPolicy.allows(.roomOffice, .approveBookings))
        #expect(!AccessPolicy.allows(.staff, .approveBookings))
        #expect(!AccessPolicy.allows(.departmentHead, .placePriorityBooking))
        #expect(!AccessPolicy.allows(.cleaning, .bookRoom))
        #expect(AccessPolicy.mayChangeBooking(role: .staff, actorID: "a", bookerID: "a"))
        #expect(!AccessPolicy.mayChangeBooking(role: .staff, actorID: "a", bookerID: "b"))
    }
}

@Suite("The longest booking bound the overlap queries rely on")
struct LongestSpanTests {
    @Test(
        "any request longer than BookingRules.longestSpan is refused, in any zone",
        arguments: ["Asia/Shanghai", "America/New_York", "Pacific/Chatham"])
    func longerThanLongestSpanIsRefused(zoneID: String) throws {
        let time = OrgTime(zone: TimeZone(identifier: zoneID)!)
        let room = RoomPolicy(capacity: 10, opensAt: ClockTime(minutes: 0)!, closesAt: ClockTime(minutes: 1440)!)
        let now = try Timestamp.parse("2026-01-01T00:00:00Z")
        for day in stride(from: 0, to: 366, by: 7) {
            let start = now.addingTimeInterval(Double(day) * 86_400 + 3600)
            let request = BookingRequest(
                interval: Interval(start: start, end: start.addingTimeInterval(BookingRules.longestSpan + 1)),
                purpose: "meeting", headcount: 1)
            let violations = BookingRules.violations(of: request, room: room, allowedPurposes: ["meeting"], time: time, now: now)
            #expect(violations.contains(.spansDays))
        }
    }
}
