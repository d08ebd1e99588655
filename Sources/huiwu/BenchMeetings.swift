import ArgumentParser
import Foundation
import HuiwuCore
import HuiwuServer
import HuiwuStore
import Vapor

/// `huiwu bench-meetings`: the meeting figures (R2.2, X2) for `make bench`, on a fresh database
/// (SQLite by default, PostgreSQL with DATABASE_URL): creating a one-year weekly series with its 52
/// bookings; rendering a calendar feed of 1,000 events; sending a notice to 1,000 participants
/// (queued into the outbox). Each is timed in process, through the same code the API runs.
struct BenchMeetings: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-meetings",
        abstract: "Time meeting operations for `make bench`.", shouldDisplay: false)
    @ArgumentParser.OptionGroup var storage: InstanceOptions
    @ArgumentParser.Option(help: "Label for the database column.") var label: String = "sqlite"

    static func median(_ samples: [Double]) -> Double { samples.sorted()[samples.count / 2] }
    static func p90(_ samples: [Double]) -> Double { samples.sorted()[samples.count * 9 / 10] }

    static func timed(_ body: () async throws -> Void) async throws -> Double {
        let t0 = ContinuousClock.now
        try await body()
        let d = ContinuousClock.now - t0
        return Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }

    func run() async throws {
        let label = self.label
        try await withApplication(storage) { app in
            let s = app.huiwu
            let now = s.clock.now()
            let dept = try await s.people.createDepartment(name: "基准部门", parentId: nil, now: now)
            let office = try await s.people.createPerson(
                PersonRecord(
                    id: UUID(), username: "bench-office", displayName: "基准组织者", passwordHash: "x", role: Role.roomOffice.rawValue,
                    position: nil, email: "office@bench.example", active: true, createdAt: now, departmentId: dept.id))
            let actor = Actor(id: office.id, role: .roomOffice, departmentId: dept.id, displayName: office.displayName)
            var rooms: [UUID] = []
            for i in 0..<40 {
                rooms.append(
                    try await s.rooms.create(
                        RoomSpec(
                            name: "基准会议室\(i)", capacity: 30, maxAdvanceDays: 400,
                            autoApprove: i % 2 == 0), now: now
                    ).room.id)
            }
            let today = s.time.date(of: now)
            let monday = today.adding(days: 8 - today.isoWeekday)

            // 1. A one-year weekly series with its 52 bookings, each in a fresh room (31 runs, first is warm-up).
            var series: [Double] = []
            var booked = 0
            for i in 0..<31 {
                let draft = SeriesDraft(
                    typeId: nil, title: "周例会\(i)", roomId: rooms[i], headcount: 10,
                    schedule: SeriesSchedule(
                        rule: try RecurrenceRule(parsing: "FREQ=WEEKLY;BYDAY=MO"),
                        start: LocalDateTime(date: monday, secondOfDay: 9 * 3600),
                        durationMinutes: 60, through: monday.adding(days: 363),
                        holidayPolicy: .keep),
                    participants: [])
                let ms = try await Self.timed {
                    booked = try await s.scheduler.createSeries(draft, resolutions: [:], by: actor, now: now).meetings.count
                }
                if i > 0 { series.append(ms) }
            }

            // 2. A calendar feed of 1,000 events (single meetings in rooms, one per room per day).
            for i in 0..<1_000 {
                let day = monday.adding(days: 1 + i / 40)
                let starts = s.time.instant(day, minutes: 14 * 60)
                _ = try await s.scheduler.createMeeting(
                    MeetingDraft(
                        typeId: nil, title: "专项会议 \(i)", roomId: rooms[i % 40],
                        interval: Interval(start: starts, end: starts.addingTimeInterval(3_600)),
                        headcount: 5, participants: []), by: actor, now: now)
            }
            let feeds = s.feeds
            let (feed, _) = try await feeds.create(room: nil, by: actor, now: now)
            var feedTimes: [Double] = []
            var events = 0, bytes = 0
            for i in 0..<21 {
                var list: [ICalEvent] = []
                let ms = try await Self.timed {
                    list = try await feeds.events(of: feed, time: s.time, now: now)
                    bytes = ICalendar.document(events: list, zone: s.time, name: "bench", stamp: now).utf8.count
                }
                events = list.count
                if i > 0 { feedTimes.append(ms) }
            }

            // 3. A notice to 1,000 participants (a department of 1,000 people with e-mail addresses).
            let crowd = try await s.people.createDepartment(name: "千人部门", parentId: nil, now: now)
            for i in 0..<1_000 {
                _ = try await s.people.createPerson(
                    PersonRecord(
                        id: UUID(), username: "bench-\(i)", displayName: "成员\(i)", passwordHash: "x", role: Role.staff.rawValue,
                        position: nil, email: "m\(i)@bench.example", active: true, createdAt: now, departmentId: crowd.id))
            }
            var noticeTimes: [Double] = []
            var participants = 0
            for i in 0..<11 {
                let starts = s.time.instant(monday.adding(days: 60 + i), minutes: 10 * 60)
                let meeting = try await s.scheduler.createMeeting(
                    MeetingDraft(
                        typeId: nil, title: "全员大会 \(i)", roomId: nil,
                        interval: Interval(start: starts, end: starts.addingTimeInterval(3_600)),
                        headcount: 1_000, participants: [ParticipantSelector(kind: .department, value: crowd.id.uuidString)]),
                    by: actor, now: now)
                let ms = try await Self.timed {
                    participants = try await s.notices.send(meeting.id, kind: .invitation, by: actor, now: now).participants
                }
                if i > 0 { noticeTimes.append(ms) }
            }
            func f(_ x: Double) -> String { String(format: "%.1f", x) }
            print(
                "| create a one-year weekly series (\(booked) bookings) | \(label) | \(f(Self.median(series))) ms | \(f(Self.p90(series))) ms | ≤ 100 ms |"
            )
            print(
                "| calendar feed of \(events) events (\(bytes / 1024) KB) | \(label) | \(f(Self.median(feedTimes))) ms | \(f(Self.p90(feedTimes))) ms | ≤ 50 ms |"
            )
            print(
                "| notice to \(participants) participants (queued) | \(label) | \(f(Self.median(noticeTimes))) ms | \(f(Self.p90(noticeTimes))) ms | ≤ 200 ms |"
            )
        }
    }
}
