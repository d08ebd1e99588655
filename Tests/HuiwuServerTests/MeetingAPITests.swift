import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

@Suite("Meetings through the API (R2.1–R2.3, R2.5)")
struct MeetingAPITests {
    func seriesBody(_ f: Fixture, room: RoomRecord? = nil, extra: [String: any Sendable] = [:]) -> [String: any Sendable] {
        var body: [String: any Sendable] = [
            "title": "业务代表会议", "roomId": (room ?? f.small).id.uuidString, "headcount": 6,
            "rule": "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=18,19,20,21,22,23,24", "start": "2026-12-01T14:00:00",
            "durationMinutes": 90, "through": "2027-02-28", "holidayPolicy": "skip",
            "participants": [["kind": "role", "value": "staff"]],
        ]
        for (k, v) in extra { body[k] = v }
        return body
    }

    @Test(
        "the admin loads the sixteen regulation templates once; everyone reads them with the cadence in words",
        arguments: TestDatabase.allCases)
    func templates(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            #expect(try await app.send(.POST, "/api/v1/meeting-types/templates", as: f.tokens["staff"]).status == .forbidden)
            let loaded = try await app.send(.POST, "/api/v1/meeting-types/templates", as: f.tokens["admin"])
            #expect(loaded.status == .ok)
            #expect(loaded.json["added"] as? Int == 16)
            let again = try await app.send(.POST, "/api/v1/meeting-types/templates", as: f.tokens["admin"])
            #expect(again.json["added"] as? Int == 0)
            let list = try await app.send(
                .GET, "/api/v1/meeting-types", as: f.tokens["staff"], headers: ["Accept-Language": "en"])
            let reps = try #require(list.jsonArray.first { $0["code"] as? String == "a3.representatives_monthly" })
            #expect(reps["ruleSummary"] as? String == "Monthly on the Friday before the 25th at 14:00")
            #expect((reps["names"] as? [String: Any])?["zh-Hans"] as? String == "业务代表会议")
            let zh = try await app.send(.GET, "/api/v1/meeting-types", as: f.tokens["staff"])
            let weekly = try #require(zh.jsonArray.first { $0["code"] as? String == "a2.office_weekly" })
            #expect(weekly["ruleSummary"] as? String == "每周二 14:30")
            #expect(((weekly["agenda"] as? [[String: Any]])?.count ?? 0) >= 3)
        }
    }

    @Test(
        "a series previewed, refused with the report while one occurrence conflicts, then created with it re-roomed",
        arguments: TestDatabase.allCases)
    func seriesLifecycle(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let holder = try await app.send(
                .POST, "/api/v1/bookings", as: f.tokens["colleague"],
                json: bookingBody(f.small, "14:30", "15:00", headcount: 3).merging(
                    ["startsAt": at("14:30", day: "2027-01-22"), "endsAt": at("15:00", day: "2027-01-22")]) { _, b in b })
            #expect(holder.status == .created)
            let preview = try await app.send(.POST, "/api/v1/series/preview", as: f.tokens["office"], json: seriesBody(f))
            #expect(preview.status == .ok)
            #expect(preview.json["summary"] as? String == "每月25日前的周五 14:00")
            let states = (preview.json["occurrences"] as? [[String: Any]] ?? []).map {
                "\($0["start"] ?? "") \($0["state"] ?? "")"
            }
            #expect(states == ["2026-12-18T14:00:00 free", "2027-01-22T14:00:00 conflict", "2027-02-19T14:00:00 free"])
            #expect(preview.json["unresolved"] as? Int == 1)

            let refused = try await app.send(.POST, "/api/v1/series", as: f.tokens["office"], json: seriesBody(f))
            #expect(refused.status == .conflict)
            #expect(refused.json["code"] as? String == "meeting.unresolved")
            let report = try #require((refused.json["occurrences"] as? [[String: Any]])?.first)
            #expect(report["occurrence"] as? String == "2027-01-22T14:00:00")
            let offered = ((report["alternatives"] as? [String: Any])?["otherRooms"] as? [[String: Any]])?.compactMap {
                $0["roomId"] as? String
            }
            #expect(offered?.contains(f.big.id.uuidString) == true)
            #expect(try await bookingCount(app) == 1)

            let created = try await app.send(
                .POST, "/api/v1/series", as: f.tokens["office"],
                json: seriesBody(
                    f,
                    extra: [
                        "resolutions": [["occurrence": "2027-01-22T14:00:00", "action": "room", "roomId": f.big.id.uuidString]]
                    ]))
            #expect(created.status == .created)
            let meetings = created.json["meetings"] as? [[String: Any]] ?? []
            #expect(
                meetings.compactMap { $0["roomId"] as? String } == [
                    f.small.id.uuidString, f.big.id.uuidString, f.small.id.uuidString,
                ])
            #expect(try await bookingCount(app) == 4)
            let seriesId = try #require(created.json["id"] as? String)
            let shown = try await app.send(.GET, "/api/v1/series/\(seriesId)", as: f.tokens["office"])
            #expect((shown.json["meetings"] as? [[String: Any]])?.count == 3)

            // The staff member is a participant: the meeting is in their list and visible to them.
            let mine = try await app.send(.GET, "/api/v1/meetings?from=2026-12-14&to=2026-12-20", as: f.tokens["staff"])
            #expect(mine.pageItems.map { $0["title"] as? String } == ["业务代表会议"])
            let first = try #require(mine.pageItems.first?["id"] as? String)
            let people = try await app.send(.GET, "/api/v1/meetings/\(first)/participants", as: f.tokens["staff"])
            #expect(Set(people.jsonArray.compactMap { $0["name"] as? String }) == ["王芳", "刘洋", "陈静"])
            // Only the organiser (or the room office) changes it.
            let staffEdit = try await app.send(.PATCH, "/api/v1/meetings/\(first)", as: f.tokens["staff"], json: ["title": "x"])
            #expect(staffEdit.status == .forbidden)
            let moved = try await app.send(
                .PATCH, "/api/v1/meetings/\(first)", as: f.tokens["office"],
                json: ["scope": "this", "start": "2026-12-18T16:00:00"], headers: ["If-Match": "\"1\""])
            #expect(moved.status == .ok)
            #expect((moved.json["meetings"] as? [[String: Any]])?.first?["startsAt"] as? String == "2026-12-18T16:00:00+08:00")
            let stale = try await app.send(
                .PATCH, "/api/v1/meetings/\(first)", as: f.tokens["office"],
                json: ["title": "y"], headers: ["If-Match": "\"1\""])
            #expect(stale.status == .preconditionFailed)
            let cancelled = try await app.send(
                .POST, "/api/v1/meetings/\(first)/cancel", as: f.tokens["office"],
                json: ["scope": "all", "reason": "改期"])
            #expect((cancelled.json["meetings"] as? [[String: Any]])?.count == 3)
            let active = try await app.huiwu.store.reader.raw(
                "SELECT COUNT(*) AS n FROM bookings WHERE status IN ('pending', 'approved')"
            )
            .first()!.decode(column: "n", as: Int.self)
            #expect(active == 1)
        }
    }

    @Test(
        "bad input is 422 with every field named, nothing written; a meeting of a type fills in from the type",
        arguments: TestDatabase.allCases)
    func badInputAndTypes(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let bad = try await app.send(
                .POST, "/api/v1/series", as: f.tokens["office"],
                json: seriesBody(
                    f,
                    extra: [
                        "rule": "FREQ=MONTHLY;BYDAY=9FR", "start": "2026-12-01 14:00", "through": "2030-01-01",
                        "participants": [["kind": "guest", "value": "王老师", "email": "not-an-address"]],
                    ]))
            #expect(bad.status == .unprocessableEntity)
            let fields = Set((bad.json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String })
            #expect(fields.isSuperset(of: ["rule", "start", "participants[0]"]))
            let never = try await app.send(
                .POST, "/api/v1/series", as: f.tokens["office"],
                json: seriesBody(
                    f,
                    extra: [
                        "rule": "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"
                    ]))
            #expect(never.status == .unprocessableEntity)
            #expect((never.json["errors"] as? [[String: Any]])?.first?["code"] as? String == "meeting.no_occurrences")
            let unknownType = try await app.send(
                .POST, "/api/v1/meetings", as: f.tokens["staff"],
                json: ["typeId": UUID().uuidString, "startsAt": at("10:00"), "endsAt": at("11:00")])
            #expect(unknownType.status == .unprocessableEntity)
            #expect(try await bookingCount(app) == 0)

            _ = try await app.send(.POST, "/api/v1/meeting-types/templates", as: f.tokens["admin"])
            let types = try await app.send(.GET, "/api/v1/meeting-types", as: f.tokens["staff"])
            let credit = try #require(types.jsonArray.first { $0["code"] as? String == "a5.credit" }?["id"] as? String)
            let adHoc = try await app.send(
                .POST, "/api/v1/meetings", as: f.tokens["staff"],
                json: [
                    "typeId": credit, "roomId": f.auto.id.uuidString, "startsAt": at("10:00", day: "2026-12-02"),
                    "endsAt": at("10:45", day: "2026-12-02"), "headcount": 4,
                ])
            #expect(adHoc.status == .created)
            #expect(adHoc.json["title"] as? String == "信用会议")
            #expect(adHoc.json["seriesId"] == nil)
            let clash = try await app.send(
                .POST, "/api/v1/meetings", as: f.tokens["colleague"],
                json: [
                    "title": "撞车", "roomId": f.auto.id.uuidString, "startsAt": at("10:30", day: "2026-12-02"),
                    "endsAt": at("11:00", day: "2026-12-02"),
                ])
            #expect(clash.status == .conflict)
            #expect(clash.json["code"] as? String == "booking.conflict")
        }
    }
}
