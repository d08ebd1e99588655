import HuiwuCore
import HuiwuStore
import Vapor

/// Fixture for `make bench`: many rooms, many bookings (placed through the real booking
/// path, several at a time), and bench users who fetch API tokens over HTTP.
public enum BenchSeeder {
    public static let password = "bench-password"

    public static func seed(_ app: Application, rooms roomCount: Int, bookings bookingCount: Int, users: Int) async throws {
        let services = app.huiwu
        let now = services.clock.now()
        let hash = try await app.password.async.hash(password)
        let dept = try await services.people.createDepartment(name: "Bench", parentId: nil, now: now)
        var actors: [Actor] = []
        for i in 1...max(1, users) {
            let p = try await services.people.createPerson(
                PersonRecord(
                    id: UUID(), username: String(format: "bench%02d", i), displayName: "Bench \(i)", passwordHash: hash,
                    role: Role.staff.rawValue, position: nil, email: nil, active: true, createdAt: now, departmentId: dept.id))
            actors.append(Actor(id: p.id, role: .staff, departmentId: dept.id, displayName: p.displayName))
        }
        var roomIds: [UUID] = []
        for i in 1...max(1, roomCount) {
            let room = try await services.rooms.create(
                RoomSpec(
                    name: String(format: "Bench Room %03d", i), building: "Bench", floor: String(i / 50), capacity: 20,
                    opensAt: ClockTime(minutes: 0)!, closesAt: ClockTime(minutes: 1440)!, maxAdvanceDays: 0,
                    maxDurationMinutes: 0, autoApprove: true), now: now)
            roomIds.append(room.room.id)
        }
        // Eight one-hour bookings per room per day (08:00–16:00), from tomorrow on.
        let time = services.time
        let first = time.date(of: now).adding(days: 1)
        let ledger = services.ledger
        let perDay = 8 * roomIds.count
        let rooms = roomIds, people = actors
        try await withThrowingTaskGroup(of: Void.self) { group in
            let workers = 4
            for w in 0..<workers {
                group.addTask {
                    var i = w
                    while i < bookingCount {
                        let day = first.adding(days: i / perDay)
                        let within = i % perDay
                        let room = rooms[within % rooms.count]
                        let start = time.instant(day, minutes: (8 + within / rooms.count) * 60)
                        let draft = BookingDraft(
                            roomId: room, interval: Interval(start: start, end: start.addingTimeInterval(3600)),
                            title: "Bench", purpose: "meeting", headcount: 5)
                        _ = try await ledger.place(draft, by: people[i % people.count], now: now)
                        i += workers
                    }
                }
            }
            try await group.waitForAll()
        }
        print("seeded \(roomIds.count) rooms, \(bookingCount) bookings, \(actors.count) users; first day \(first)")
    }
}
