import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// What the web's approval queue and booking form do several at a time, through the API (R1.1,
/// R2.2, X1): each item through the ledger on its own, a refusal reported with its code as data.
@Suite("Bookings several at a time through the API")
struct BookingAPIBatchTests {
    @Test(
        "approving several approves each on its own and reports a stale version and a decided booking by code",
        arguments: TestDatabase.allCases)
    func severalApprovedStaleAndDecidedRefused(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            var made: [(id: String, version: Int)] = []
            for (room, from, to) in [
                (f.small, "09:00", "10:00"), (f.small, "10:00", "11:00"), (f.big, "14:00", "15:00"), (f.auto, "16:00", "17:00"),
            ] {
                let res = try await app.send(.POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(room, from, to))
                #expect(res.status == .created)
                made.append((try #require(res.json["id"] as? String), try #require(res.json["version"] as? Int)))
            }
            let res = try await app.send(
                .POST, "/api/v1/bookings/approve", as: f.tokens["office"],
                json: [
                    "items": [
                        ["id": made[0].id, "version": made[0].version], ["id": made[1].id],
                        ["id": made[2].id, "version": made[2].version + 5], ["id": made[3].id],
                    ] as [[String: any Sendable]]
                ])
            #expect(res.status == .ok)
            #expect(res.json["approved"] as? [String] == [made[0].id, made[1].id])
            let refused = try #require(res.json["refused"] as? [[String: Any]])
            #expect(refused.map { $0["id"] as? String } == [made[2].id, made[3].id])
            #expect(refused.map { $0["code"] as? String } == ["stale_version", "booking.invalid_transition"])
            #expect(refused[0]["currentVersion"] as? Int == made[2].version)
            #expect(refused.allSatisfy { !(($0["detail"] as? String) ?? "").isEmpty })
            for (booking, status) in zip(made, ["approved", "approved", "pending", "approved"]) {
                let now = try await app.send(.GET, "/api/v1/bookings/\(booking.id)", as: f.tokens["admin"])
                #expect(now.json["status"] as? String == status)
                if booking.id == made[2].id || booking.id == made[3].id {
                    #expect(now.json["version"] as? Int == booking.version, "a refused item is untouched")
                }
            }
        }
    }

    /// The batch adds no rule of its own and drops none: the approver's own booking, and one the
    /// approver may not decide, come out of the batch exactly as out of the single approval.
    @Test(
        "the approver's own booking and a booker's approval are decided in the batch as one at a time",
        arguments: TestDatabase.allCases)
    func batchDecidesAsTheSingleApproval(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            var outcomes: [[String]] = []
            for (i, batch) in [false, true].enumerated() {
                var answers: [String] = []
                for who in ["office", "staff"] {
                    let hour = String(format: "%02d", 9 + i * 2 + (who == "office" ? 0 : 1))
                    let own = try await app.send(
                        .POST, "/api/v1/bookings", as: f.tokens[who], json: bookingBody(f.small, "\(hour):00", "\(hour):30"))
                    let id = try #require(own.json["id"] as? String)
                    let status: UInt
                    let code: String
                    if batch {
                        let res = try await app.send(
                            .POST, "/api/v1/bookings/approve", as: f.tokens[who], json: ["items": [["id": id]]])
                        status = res.status == .ok && (res.json["approved"] as? [String]) == [id] ? 200 : res.status.code
                        code =
                            (res.json["refused"] as? [[String: Any]])?.first?["code"] as? String ?? res.json["code"] as? String
                            ?? ""
                    } else {
                        let res = try await app.send(.POST, "/api/v1/bookings/\(id)/approve", as: f.tokens[who])
                        (status, code) = (res.status.code, res.json["code"] as? String ?? "")
                    }
                    let after = try await app.send(.GET, "/api/v1/bookings/\(id)", as: f.tokens["admin"])
                    answers.append("\(who) \(status == 200 ? "approved" : code) \(after.json["status"] ?? "")")
                }
                outcomes.append(answers)
            }
            #expect(outcomes[0] == outcomes[1])
            #expect(outcomes[1].last == "staff forbidden pending")
        }
    }

    @Test("approving none, more than a hundred, or items that are not bookings is 422; a booker may not approve at all")
    func approvalListIsChecked() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            func fields(_ body: [String: any Sendable]) async throws -> [String] {
                let res = try await app.send(.POST, "/api/v1/bookings/approve", as: f.tokens["office"], json: body)
                #expect(res.status == .unprocessableEntity && res.headers.contentType?.subType == "problem+json")
                return (res.json["errors"] as? [[String: Any]] ?? []).map { "\($0["field"] ?? "") \($0["code"] ?? "")" }
            }
            #expect(try await fields(["items": [[String: String]]()]) == ["items booking.approve_count"])
            let many = (0...BulkApproval.limit).map { _ in ["id": UUID().uuidString] }
            #expect(try await fields(["items": many]) == ["items booking.approve_count"])
            #expect(try await fields([:]) == ["items field.required"])
            let odd: [[String: any Sendable]] = [
                ["id": "nope"], ["id": UUID().uuidString, "version": 0], ["id": UUID().uuidString, "ver": 2],
            ]
            #expect(
                try await fields(["items": odd])
                    == ["items[0].id field.uuid", "items[1].version field.out_of_range", "items[2].ver field.unknown"])
            let staff = try await app.send(
                .POST, "/api/v1/bookings/approve", as: f.tokens["staff"], json: ["items": [["id": UUID().uuidString]]])
            #expect(staff.status == .forbidden)
            let missing = try await app.send(
                .POST, "/api/v1/bookings/approve", as: f.tokens["office"], json: ["items": [["id": UUID().uuidString]]])
            #expect(
                missing.status == .ok && (missing.json["refused"] as? [[String: Any]])?.first?["code"] as? String == "not_found")
        }
    }

    static func weekly(_ room: RoomRecord, count: Int, headcount: Int = 3) -> [String: any Sendable] {
        var body = bookingBody(room, "10:00", "11:00", headcount: headcount)
        body["repeat"] = ["every": "weekly", "count": count] as [String: any Sendable]
        return body
    }

    @Test(
        "a weekly booking places each week through the ledger and reports the taken week by date",
        arguments: TestDatabase.allCases)
    func weeklyRepeatReportsTakenWeek(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            var taken = bookingBody(f.auto, "10:30", "11:30")
            taken["startsAt"] = at("10:30", day: "2026-12-15")
            taken["endsAt"] = at("11:30", day: "2026-12-15")
            #expect(try await app.send(.POST, "/api/v1/bookings", as: f.tokens["colleague"], json: taken).status == .created)
            let res = try await app.send(.POST, "/api/v1/bookings", as: f.tokens["staff"], json: Self.weekly(f.auto, count: 4))
            #expect(res.status == .created)
            #expect(res.headers.first(name: .location) == nil && res.headers.first(name: .eTag) == nil)
            let made = try #require(res.json["made"] as? [[String: Any]])
            #expect(made.compactMap { ($0["startsAt"] as? String)?.prefix(10) } == ["2026-12-01", "2026-12-08", "2026-12-22"])
            #expect(made.allSatisfy { $0["status"] as? String == "approved" && $0["title"] as? String == "周例会" })
            let refused = try #require(res.json["refused"] as? [[String: Any]])
            #expect(refused.count == 1 && refused.first?["date"] as? String == "2026-12-15")
            #expect(refused.first?["code"] as? String == "booking.conflict")
            #expect(try await bookingCount(app) == 4)
            // Without `repeat` the answer is the single booking, as before.
            let single = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: bookingBody(f.auto, "14:00", "15:00"))
            #expect(single.status == .created && single.json["id"] is String && single.headers.first(name: .location) != nil)
        }
    }

    @Test("a repeat none of whose days can be made is 409 when a day is taken and 422 when every day breaks a rule")
    func repeatNoneMade() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let first = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["colleague"], json: Self.weekly(f.auto, count: 3))
            #expect(first.status == .created)
            let again = try await app.send(.POST, "/api/v1/bookings", as: f.tokens["staff"], json: Self.weekly(f.auto, count: 3))
            #expect(again.status == .conflict && again.json["code"] as? String == "booking.conflict")
            let crowd = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"], json: Self.weekly(f.big, count: 2, headcount: 50))
            #expect(crowd.status == .unprocessableEntity && crowd.json["code"] as? String == "booking.rules")
            #expect(try await bookingCount(app) == 3)
        }
    }

    @Test("a repeat's bad values are 422 naming the field under `repeat`, and nothing is booked")
    func repeatProblemsNameTheirField() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            func fields(_ asked: [String: any Sendable], priority: Bool = false) async throws -> [String] {
                var body = bookingBody(f.auto, "10:00", "11:00")
                body["repeat"] = asked
                if priority { body["priorityReason"] = "接待" }
                let res = try await app.send(.POST, "/api/v1/bookings", as: f.tokens["office"], json: body)
                #expect(res.status == .unprocessableEntity)
                return (res.json["errors"] as? [[String: Any]] ?? []).map { "\($0["field"] ?? "") \($0["code"] ?? "")" }
            }
            #expect(try await fields(["every": "weekly", "count": 1]) == ["repeat.count booking.repeat_count"])
            #expect(try await fields(["every": "daily", "count": 53]) == ["repeat.count booking.repeat_count"])
            #expect(try await fields(["every": "monthly", "count": 3]) == ["repeat.every field.enum"])
            #expect(try await fields(["every": "weekly"]) == ["repeat booking.repeat_count"])
            #expect(try await fields(["every": "weekly", "count": 3, "until": "2026-12-31"]) == ["repeat booking.repeat_count"])
            #expect(try await fields(["every": "weekly", "cuont": 3, "until": "2026-12-31"]) == ["repeat.cuont field.unknown"])
            #expect(
                try await fields(["every": "weekly", "count": NSNull(), "until": "2026-12-31"]) == ["repeat.count field.required"]
            )
            #expect(try await fields(["every": "weekly", "until": "31/12/2026"]) == ["repeat.until field.date"])
            #expect(try await fields(["every": "weekly", "until": "2026-12-05"]) == ["repeat.until booking.repeat_until"])
            #expect(try await fields(["every": "daily", "until": "2027-02-28"]) == ["repeat.until booking.repeat_until"])
            #expect(
                try await fields(["every": "weekly", "count": 2], priority: true) == ["priorityReason booking.repeat_priority"])
            #expect(try await bookingCount(app) == 0)
            let until = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["staff"],
                json: bookingBody(f.auto, "10:00", "11:00").merging(["repeat": ["every": "daily", "until": "2026-12-03"]]) { $1 })
            #expect((until.json["made"] as? [Any])?.count == 3)
        }
    }

    /// Four clients over real HTTP repeat daily over the same ten slots at once, with overlapping
    /// but different times: every day ends with exactly one booking, and each day each client
    /// asked for is either made or reported refused.
    @Test("clients repeating over the same slots at once never double-book", arguments: TestDatabase.allCases)
    func concurrentRepeatsNeverDoubleBook(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let tokens = [f.tokens["staff"]!, f.tokens["colleague"]!, f.tokens["office"]!, f.tokens["admin"]!]
            let roomId = f.auto.id.uuidString
            let client = app.client
            // Every span holds 10:30–10:45, so no two of them fit in the room on one day.
            let spans = [("10:00", "11:00"), ("10:30", "11:30"), ("09:30", "10:45"), ("10:15", "12:00")]
            let answers = try await app.whileListening { port in
                try await withThrowingTaskGroup(of: (UInt, Int, Int).self) { group in
                    for (token, (start, end)) in zip(tokens, spans) {
                        group.addTask {
                            let body = RepeatRaceBody(
                                roomId: roomId, startsAt: at(start, day: "2026-12-02"), endsAt: at(end, day: "2026-12-02"),
                                purpose: "meeting", headcount: 3, repeat: .init(every: "daily", count: 10))
                            let res = try await client.post(
                                URI(string: "http://127.0.0.1:\(port)/api/v1/bookings"),
                                headers: ["Authorization": "Bearer \(token)"], content: body)
                            let answer = try? res.content.decode(RepeatRaceAnswer.self)
                            return (res.status.code, answer?.made.count ?? 0, answer?.refused.count ?? 0)
                        }
                    }
                    var all: [(UInt, Int, Int)] = []
                    for try await r in group { all.append(r) }
                    return all
                }
            }
            #expect(answers.allSatisfy { $0.0 == 201 ? $0.1 + $0.2 == 10 : $0.0 == 409 }, "\(answers)")
            #expect(answers.map(\.1).reduce(0, +) == 10, "one booking a day, ten days")
            let overlapping = try await app.huiwu.store.reader.raw(
                """
                SELECT COUNT(*) AS n FROM bookings a JOIN bookings b ON a.room_id = b.room_id AND a.id < b.id
                WHERE a.status IN ('pending', 'approved') AND b.status IN ('pending', 'approved')
                  AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at
                """
            ).first()!.decode(column: "n", as: Int.self)
            #expect(overlapping == 0)
            #expect(try await bookingCount(app) == 10)
        }
    }
}

struct RepeatRaceBody: Content {
    struct Repeat: Content {
        var every: String
        var count: Int
    }
    var roomId: String
    var startsAt: String
    var endsAt: String
    var purpose: String
    var headcount: Int
    var `repeat`: Repeat
}

struct RepeatRaceAnswer: Content {
    var made: [BookingDTO]
    var refused: [RefusedItemDTO]
}
