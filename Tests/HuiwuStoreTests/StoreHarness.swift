import FluentKit
import FluentPostgresDriver
import Foundation
import HuiwuCore
import Logging
import NIOCore
import NIOPosix
import Testing

@testable import HuiwuStore

let storeNow = try! Timestamp.parse("2026-12-01T08:00:00+08:00")
let shanghai = OrgTime(zone: TimeZone(identifier: "Asia/Shanghai")!)

func local(_ hhmm: String, day: String = "2026-12-01") -> Date { try! Timestamp.parse("\(day)T\(hhmm):00+08:00") }

/// Two people and two rooms.
struct StoreFixture {
    var staff: Actor
    var office: Actor
    var room: RoomRecord
    var other: RoomRecord

    static func make(_ store: Store) async throws -> StoreFixture {
        let directory = People(store: store)
        let dept = try await directory.createDepartment(name: "销售部", parentId: nil, now: storeNow)
        func person(_ name: String, _ role: Role) async throws -> Actor {
            let p = try await directory.createPerson(
                PersonRecord(
                    id: UUID(), username: name, displayName: name, passwordHash: "x", role: role.rawValue, position: nil,
                    email: nil, active: true, createdAt: storeNow, departmentId: dept.id))
            return Actor(id: p.id, role: role, departmentId: dept.id, displayName: name)
        }
        let rooms = Rooms(store: store)
        return StoreFixture(
            staff: try await person("staff", .staff), office: try await person("office", .roomOffice),
            room: try await rooms.create(RoomSpec(name: "A", capacity: 10), now: storeNow).room,
            other: try await rooms.create(RoomSpec(name: "B", capacity: 20), now: storeNow).room)
    }

    func draft(_ from: String, _ to: String, room: RoomRecord? = nil) -> BookingDraft {
        BookingDraft(
            roomId: (room ?? self.room).id, interval: Interval(start: local(from), end: local(to)), title: "t",
            purpose: "meeting", headcount: 4)
    }
}
