import Foundation
import HuiwuCore
import HuiwuTestSupport
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer
@testable import HuiwuStore

/// X5: a list says when it is cut short. Every paged list answers `limit`, a cursor, `next`
/// and `Link: rel="next"`; rows written between two page reads are neither skipped nor repeated;
/// the register streams every line.
@Suite("Paged lists and the streamed register")
struct PagingTests {
    /// Writes `count` approved bookings of `room`, an hour each from 2027-01-04 08:00 on, straight
    /// into the table: the rows are the point here, not the booking rules.
    static func seed(_ app: Application, room: RoomRecord, booker: PersonRecord, count: Int) async throws -> [UUID] {
        let start = try Timestamp.parse("2027-01-04T08:00:00+08:00")
        let now = app.huiwu.clock.now()
        let ids = (0..<count).map { _ in UUID() }
        try await app.huiwu.store.write { db in
            for i in 0..<count {
                let begins = start.addingTimeInterval(Double(i / 10) * 86_400 + Double(i % 10) * 3600)
                let record = BookingRecord(
                    id: ids[i], roomId: room.id, startsAt: begins, endsAt: begins.addingTimeInterval(3600),
                    title: "第\(i)次", purpose: "内部会议", headcount: 4, bookerId: booker.id,
                    departmentId: booker.departmentId, status: BookingStatus.approved.rawValue, priority: false,
                    decisionReason: nil, decidedById: booker.id, decidedAt: now, displacedById: nil, checkedInAt: nil,
                    checkedOutAt: nil, actualHeadcount: nil, conditionNote: nil, version: 1, createdAt: now, updatedAt: now)
                try await BookingLedger.insert(record, db)
            }
        }
        return ids
    }

    /// The ids of a page and the path of the next one (checking body and header agree).
    static func read(_ app: Application, _ path: String, token: String?) async throws -> (ids: [String], next: String?) {
        let res = try await app.send(.GET, path, as: token)
        #expect(res.status == .ok, "\(path): \(res.body.string)")
        let next = res.json["next"] as? String
        let link = res.headers.first(name: "Link")
        if let next {
            let target = try #require(link.flatMap { $0.firstMatch(of: /^<([^>]+)>; rel="next"$/) }.map { String($0.1) })
            #expect(target.contains("cursor=\(next)"))
            return (res.pageItems.compactMap { $0["id"] as? String }, target)
        }
        #expect(link == nil)
        #expect(res.json.keys.contains("next"), "next is null, not absent, on the last page")
        return (res.pageItems.compactMap { $0["id"] as? String }, nil)
    }

    @Test(
        "1,200 bookings of a room read page by page equal the table's rows, with bookings added, moved and cancelled between pages",
        arguments: TestDatabase.allCases)
    func bookingPagesMissNothingAndRepeatNothing(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let seeded = try await Self.seed(app, room: f.auto, booker: f.staff, count: 1200)
            var seen: [String] = []
            var path: String? = "/api/v1/bookings?roomId=\(f.auto.id)&limit=250"
            var round = 0
            while let here = path {
                let page = try await Self.read(app, here, token: f.tokens["staff"])
                seen += page.ids
                path = page.next
                round += 1
                // Between pages: a booking made through the API, one already read moved to the end
                // of the room's calendar, one not yet read moved to its start, one cancelled.
                if round <= 4 {
                    let round = round
                    let made = try await app.send(
                        .POST, "/api/v1/bookings", as: f.tokens["colleague"],
                        json: [
                            "roomId": f.auto.id.uuidString, "purpose": "meeting", "headcount": 3,
                            "startsAt": at(String(format: "%02d:00", 8 + round), day: "2026-12-02"),
                            "endsAt": at(String(format: "%02d:30", 8 + round), day: "2026-12-02"),
                        ])
                    #expect(made.status == .created, "\(made.body.string)")
                    let read = seeded[round * 10], unread = seeded[1199 - round]
                    try await app.huiwu.store.write { db in
                        try await db.raw(
                            """
                            UPDATE bookings SET starts_at = \(bind: try Timestamp.parse("2028-06-0\(round)T09:00:00+08:00")),
                              ends_at = \(bind: try Timestamp.parse("2028-06-0\(round)T10:00:00+08:00")) WHERE id = \(bind: read)
                            """
                        ).run()
                        try await db.raw(
                            """
                            UPDATE bookings SET starts_at = \(bind: try Timestamp.parse("2026-12-0\(round + 2)T09:00:00+08:00")),
                              ends_at = \(bind: try Timestamp.parse("2026-12-0\(round + 2)T10:00:00+08:00")) WHERE id = \(bind: unread)
                            """
                        ).run()
                        try await db.raw("UPDATE bookings SET status = 'cancelled' WHERE id = \(bind: seeded[600 + round])").run()
                    }
                }
            }
            let table = try await app.huiwu.store.reader.raw(
                "SELECT id FROM bookings WHERE room_id = \(bind: f.auto.id) ORDER BY seq"
            ).all()
                .map { try $0.decode(column: "id", as: UUID.self).uuidString }
            #expect(seen.count == 1204)
            #expect(Set(seen).count == seen.count, "no booking twice")
            #expect(seen == table, "every row of the table, in write order")
        }
    }

    @Test(
        "a page longer than the largest, a limit that is not a number and a foreign or forged cursor are 422; the Link keeps the query",
        arguments: TestDatabase.allCases)
    func badPageParametersAreRefused(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            _ = try await Self.seed(app, room: f.small, booker: f.staff, count: 3)
            let token = f.tokens["staff"]
            for query in [
                "limit=1001", "limit=0", "limit=-1", "limit=abc", "limit=", "cursor=", "cursor=bm90LWEtY3Vyc29y",
                "cursor=%F0%9F%98%80", "cursor=bm90aWZpY2F0aW9uczo1",
            ] {
                let res = try await app.send(.GET, "/api/v1/bookings?\(query)", as: token)
                #expect(res.status == .unprocessableEntity, "\(query)")
                let field = (res.json["errors"] as? [[String: Any]])?.first?["field"] as? String
                #expect(field == (query.hasPrefix("limit") ? "limit" : "cursor"), "\(query)")
            }
            let atMost = try await app.send(.GET, "/api/v1/bookings?limit=1001", as: token)
            let problems = atMost.json["errors"] as? [[String: Any]] ?? []
            let message = problems.first?["message"] as? String ?? ""
            #expect(message.contains("1000"), "\(message)")
            for list in ["/api/v1/notifications", "/api/v1/people", "/api/v1/meetings"] {
                let res = try await app.send(.GET, "\(list)?limit=5000", as: f.tokens["admin"])
                #expect(res.status == .unprocessableEntity, "\(list)")
            }
            // The next page's link repeats the filter as sent, `+08:00` included.
            let from = "2027-01-04T00%3A00%3A00%2B08%3A00"
            let first = try await Self.read(app, "/api/v1/bookings?from=\(from)&limit=2", token: token)
            #expect(first.ids.count == 2)
            let next = try #require(first.next)
            #expect(next.hasPrefix("/api/v1/bookings?from=\(from)&limit=2&cursor="))
            let second = try await Self.read(app, next, token: token)
            #expect(second.ids.count == 1 && second.next == nil)
        }
    }

    @Test(
        "notifications page newest first; one written after the first page is not repeated on the next",
        arguments: TestDatabase.allCases)
    func notificationsPageNewestFirst(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            func note(_ i: Int) async throws {
                try await app.huiwu.store.write { db in
                    try await db.raw(
                        """
                        INSERT INTO notifications (id, person_id, kind, booking_id, params, created_at, read_at)
                        VALUES (\(bind: UUID()), \(bind: f.staff.id), 'booking.received', NULL, \(bind: "{\"n\":\"\(i)\"}"),
                                \(bind: app.huiwu.clock.now()), NULL)
                        """
                    ).run()
                }
            }
            for i in 0..<150 { try await note(i) }
            let first = try await Self.read(app, "/api/v1/notifications", token: f.tokens["staff"])
            #expect(first.ids.count == 100)
            try await note(150)
            let second = try await Self.read(app, try #require(first.next), token: f.tokens["staff"])
            #expect(second.ids.count == 50 && second.next == nil)
            let table = try await app.huiwu.store.reader.raw(
                "SELECT id FROM notifications WHERE person_id = \(bind: f.staff.id) ORDER BY seq DESC"
            ).all()
                .map { try $0.decode(column: "id", as: UUID.self).uuidString }
            #expect(first.ids + second.ids == Array(table.dropFirst()), "the newest 150 as of the first page, each once")
        }
    }

    @Test("the register streams every line of a period, as JSON and as CSV", arguments: TestDatabase.allCases)
    func registerStreamsEveryLine(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            _ = try await Self.seed(app, room: f.big, booker: f.staff, count: 1234)
            let query = "roomId=\(f.big.id)&from=2027-01-01&to=2027-12-31"
            let json = try await app.send(.GET, "/api/v1/register?\(query)", as: f.tokens["office"])
            #expect(json.status == .ok)
            let lines = json.jsonArray
            #expect(lines.count == 1234)
            #expect(Set(lines.compactMap { $0["bookingId"] as? String }).count == 1234)
            #expect(lines.first?["title"] as? String == "第0次" && lines.last?["title"] as? String == "第1233次")
            let csv = try await app.send(.GET, "/api/v1/register?\(query)&format=csv", as: f.tokens["office"])
            #expect(csv.status == .ok)
            let rows = csv.body.string.split(separator: "\r\n")
            #expect(rows.count == 1 + 1234)
            #expect(rows.first?.hasPrefix("\u{FEFF}") == true)
        }
    }
}
