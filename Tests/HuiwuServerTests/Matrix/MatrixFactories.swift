import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// The things rows act on, made afresh for each call by whoever may make them.
extension MatrixWorld {
    /// A booking of the owner's: pending in the approval room, or approved in the other.
    func booking(approved: Bool = false) async throws -> String {
        let s = slot()
        let made = try await api(
            .POST, "/api/v1/bookings", as: .owner,
            json: [
                "roomId": (approved ? autoRoom : approvalRoom).id.uuidString, "startsAt": Self.instant(s.day, s.start),
                "endsAt": Self.instant(s.day, s.end), "purpose": "meeting", "headcount": 3, "title": "矩阵预约",
            ])
        return try need(made.json["id"])
    }

    /// An approved booking of the owner's under way now, in a room of its own (check-in needs
    /// today's clock), optionally checked in already.
    func bookingNow(checkedIn: Bool = false) async throws -> String {
        let now = app.huiwu.clock.now()
        let room = try await Fixture.room(
            app, RoomSpec(name: "现场室\(unique())", capacity: 40, opensAt: ClockTime("06:00")!, autoApprove: true), now: now)
        let made = try await api(
            .POST, "/api/v1/bookings", as: .owner,
            json: [
                "roomId": room.id.uuidString, "startsAt": app.huiwu.time.format(now),
                "endsAt": app.huiwu.time.format(now.addingTimeInterval(3600)), "purpose": "meeting", "headcount": 3,
            ])
        let id = try need(made.json["id"])
        if checkedIn { _ = try await api(.POST, "/api/v1/bookings/\(id)/check-in", as: .owner, json: [:]) }
        return id
    }

    /// A booking holding a meeting's room (moving or cancelling it belongs to the meeting).
    func meetingBooking() async throws -> String {
        let meeting = try await api(.GET, "/api/v1/meetings/\(try await meeting())", as: .organiser)
        return try need(meeting.json["bookingId"])
    }

    /// A meeting the organiser made, the participant on its list and notified (so a refused
    /// call that marked the participant's notices read would show), in a time of its own.
    func meeting() async throws -> String {
        let s = slot()
        let made = try await Fixture.meeting(
            app, as: tokens[.organiser],
            [
                "title": "矩阵会议", "roomId": autoRoom.id.uuidString, "startsAt": Self.instant(s.day, s.start),
                "endsAt": Self.instant(s.day, s.end), "headcount": 3,
                "participants": [
                    ["kind": "person", "value": id(.participant)],
                    ["kind": "guest", "value": "来宾", "email": "guest@example.org"],
                ],
            ]
        ).uuidString
        _ = try await api(.POST, "/api/v1/meetings/\(made)/notices", as: .organiser, json: ["kind": "invitation"])
        return made
    }

    /// A meeting without a room starting in five minutes (check-in open), with the participant;
    /// `checkedIn` checks that caller in first (for check-out).
    func meetingNow(checkedIn who: Who? = nil) async throws -> String {
        let now = app.huiwu.clock.now()
        let meeting = try await Fixture.meeting(
            app, as: tokens[.organiser],
            [
                "title": "现场会", "startsAt": app.huiwu.time.format(now.addingTimeInterval(300)),
                "endsAt": app.huiwu.time.format(now.addingTimeInterval(3900)),
                "participants": [["kind": "person", "value": id(.participant)]],
            ]
        ).uuidString
        if let who, who == .organiser || who == .participant, let person = UUID(uuidString: id(who)) {
            _ = try await app.huiwu.attendance.checkIn(meeting: UUID(uuidString: meeting)!, person: person, method: .api, at: now)
        }
        return meeting
    }

    /// A meeting whose attendance closed with the participant (or `who`) late (a correction's subject).
    func meetingClosed(late who: Who = .participant) async throws -> String {
        let version = try await rulebookVersion()
        let meeting = try await meetingNow(checkedIn: who)
        try await app.huiwu.store.write { db in
            try await db.raw(
                """
                UPDATE meetings SET attendance_closed_at = \(bind: Date()), attendance_version = \(bind: version)
                WHERE id = \(bind: UUID(uuidString: meeting)!)
                """
            ).run()
            try await db.raw("UPDATE attendance SET outcome = 'late' WHERE meeting_id = \(bind: UUID(uuidString: meeting)!)")
                .run()
        }
        return meeting
    }

    /// A fine assessed against the owner (a recorded offence, so no meeting has to close first).
    func penalty() async throws -> String {
        _ = try await rulebookVersion()
        let meeting = try await meetingNow()
        let id = UUID()
        let version = try await rulebookVersion()
        try await app.huiwu.store.write { db in
            try await db.raw(
                """
                INSERT INTO penalty_entries (id, kind, person_id, amount_fen, trigger, rulebook_version, clause_id, evidence,
                  meeting_id, created_at)
                VALUES (\(bind: id), 'assessed', \(bind: UUID(uuidString: self.id(.owner))!), 1000, 'offence', \(bind: version),
                  'A5-9-disturb', '{}', \(bind: UUID(uuidString: meeting)!), \(bind: self.app.huiwu.clock.now()))
                """
            ).run()
        }
        return id.uuidString
    }

    /// Someone new in `who`'s department (an eligible A5 delegate: a subordinate, not on the list).
    func colleague(of who: Who) async throws -> String {
        try await Fixture.person(
            app, "deputy\(unique())", "副手", .staff,
            department: people[who]?.departmentId ?? people[.staff]!.departmentId,
            passwordHash: people[.staff]!.passwordHash
        ).id.uuidString
    }

    /// A leave request of the participant's (under A5: waiting on the organiser's approval).
    func leaveRequest() async throws -> (leave: String, approval: String?) {
        _ = try await rulebookVersion()
        let meeting = try await self.meeting()
        let made = try await app.huiwu.leave.requestLeave(
            meeting: UUID(uuidString: meeting)!, person: people[.participant]!.id, reason: "外出", now: app.huiwu.clock.now())
        return (made.id.uuidString, made.approvalId?.uuidString)
    }

    func checkInToken(_ meeting: String) -> String {
        CheckInToken.make(for: UUID(uuidString: meeting)!, now: app.huiwu.clock.now(), box: app.huiwu.secrets)
    }

    /// The participant's row of a meeting.
    func participantRow(_ meeting: String) async throws -> String {
        let rows = try await api(.GET, "/api/v1/meetings/\(meeting)/participants", as: .organiser).jsonArray
        return try need(rows.first { $0["personId"] as? String == id(.participant) }?["id"])
    }

    /// A meeting's participant row: the guest's (removing it changes no one's access).
    func guestRow(_ meeting: String) async throws -> String {
        let rows = try await api(.GET, "/api/v1/meetings/\(meeting)/participants", as: .organiser).jsonArray
        return try need(rows.first { $0["personId"] == nil || $0["personId"] is NSNull }?["id"])
    }

    /// A checklist item assigned to the participant.
    func checklistItem(_ meeting: String) async throws -> String {
        let made = try await api(
            .POST, "/api/v1/meetings/\(meeting)/checklist", as: .organiser,
            json: [
                "title": "投影仪", "dueAt": "2026-12-02T07:00:00+08:00", "assigneeId": id(.participant),
            ])
        let items = made.jsonArray.isEmpty ? (made.json["items"] as? [[String: Any]] ?? []) : made.jsonArray
        return try need(items.first { $0["title"] as? String == "投影仪" }?["id"])
    }

    func material(_ meeting: String) async throws -> String {
        let res = try await upload(meeting, as: .organiser)
        return try need(res.headers.first(name: .location)?.split(separator: "/").last.map(String.init))
    }

    func upload(_ meeting: String, as who: Who) async throws -> TestingHTTPResponse {
        let (type, body) = Self.multipart(name: "议程.pdf", bytes: Self.pdf)
        var result: TestingHTTPResponse?
        try await app.testing().test(
            .POST, "/api/v1/meetings/\(meeting)/materials", headers: ["Content-Type": type],
            beforeRequest: { req in
                req.headers.bearerAuthorization = .init(token: self.tokens[who]!)
                req.body = body
            }, afterResponse: { result = $0 })
        guard let result, result.status == .created else { throw MatrixSetupFailure("upload failed") }
        return result
    }

    static let pdf = Array("%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF".utf8)

    func savedMinutes(_ meeting: String) async throws -> String {
        _ = try await api(.PUT, "/api/v1/meetings/\(meeting)/minutes", as: .organiser, json: ["body": "纪要", "decisions": "决定"])
        return meeting
    }

    /// An action item of the meeting, owned by the owner (who is not on the meeting).
    func action(_ meeting: String) async throws -> String {
        let made = try await api(
            .POST, "/api/v1/meetings/\(meeting)/actions", as: .organiser,
            json: [
                "title": "整理清单", "ownerId": id(.owner), "dueOn": "2026-12-20",
            ])
        return try need(made.jsonArray.last?["id"])
    }

    /// A room-less weekly series the organiser made, the participant on it.
    func series() async throws -> String {
        let made = try await api(
            .POST, "/api/v1/series", as: .organiser,
            json: [
                "title": "矩阵周会", "rule": "FREQ=WEEKLY;BYDAY=WE", "start": "2026-12-09T09:00:00", "through": "2026-12-23",
                "participants": [["kind": "person", "value": id(.participant)]],
            ])
        return try need(made.json["id"])
    }

    func feed(of who: Who) async throws -> (id: String, token: String) {
        let made = try await api(.POST, "/api/v1/feeds", as: who, json: [:])
        let url = try need(made.json["url"])
        let token = String(url.split(separator: "/").last ?? "").replacingOccurrences(of: ".ics", with: "")
        return (try need(made.json["id"]), token)
    }

    /// One of the owner's notifications (a booking receipt).
    func notification() async throws -> String {
        _ = try await booking()
        let page = try await api(.GET, "/api/v1/notifications", as: .owner)
        return try need(page.pageItems.first?["id"])
    }

    func room() async throws -> RoomRecord {
        try await Fixture.room(app, RoomSpec(name: "空室\(unique())", capacity: 10))
    }

    func department() async throws -> String {
        try await Fixture.department(app, "空部门\(unique())").id.uuidString
    }

    func person() async throws -> String {
        try await Fixture.person(
            app, "spare\(unique())", "临时", .staff, department: nil, passwordHash: people[.staff]!.passwordHash
        ).id.uuidString
    }

    /// A group robot of a fresh department (R5.2, X2).
    func robot() async throws -> String {
        let made = try await api(
            .POST, "/api/v1/robots", as: .admin,
            json: [
                "name": "群\(unique())", "platform": "dingtalk",
                "url": "https://oapi.dingtalk.com/robot/send?access_token=m\(unique())",
                "scope": "department", "scopeId": try await department(),
            ])
        return try need(made.json["id"])
    }

    /// A rulebook document numbered above every stored version (each adopting call needs its own).
    /// A5 under a new version number; delegates may be anyone in one's department, so that who may
    /// delegate is about the caller, not about the org tree (A5's own rule, a supervisor one level
    /// down, is tested in `LeaveTests`).
    func nextRulebook() -> String {
        let a5 = app.huiwu.rulebookTemplates.first { $0.name == "A5" }!.source
        return a5.replacingOccurrences(of: "version: 1", with: "version: \(1000 + unique())")
            .replacingOccurrences(of: "to: subordinate", with: "to: department_member")
    }

    /// A stored rulebook version in force (adopted once), its number.
    func rulebookVersion() async throws -> Int {
        if let v = try await app.huiwu.rulebooks.versions().first { return v.version }
        return try await app.huiwu.rulebooks.adopt(nextRulebook(), by: nil, note: nil, now: app.huiwu.clock.now()).version
    }

    func calendarDay() async throws -> String {
        let day = CivilDate("2027-03-01")!.adding(days: unique() % 200)
        _ = try await api(
            .POST, "/api/v1/calendar/import", as: .admin, json: ["format": "table", "content": "\(day),holiday,假日"])
        return day.description
    }

    func period() async throws -> String {
        let made = try await api(
            .POST, "/api/v1/calendar/periods", as: .admin,
            json: [
                "name": "时段\(unique())", "kind": "custom", "starts": "2027-01-01", "ends": "2027-01-02",
            ])
        return try need(made.json["id"])
    }

    func meetingType() async throws -> (id: String, version: Int) {
        let made = try await api(.POST, "/api/v1/meeting-types", as: .admin, json: ["template": Self.template("m.t\(unique())")])
        return (try need(made.json["id"]), made.json["version"] as? Int ?? 1)
    }

    static func template(_ code: String) -> [String: any Sendable] {
        let words: [String: any Sendable] = ["zh-Hans": "矩阵类型", "zh-Hant": "矩陣類型", "en": "Matrix type"]
        return [
            "code": code, "clause": "", "name": words, "host": words, "participants": [String](), "time": "09:00",
            "durationMinutes": 60, "adHoc": true, "cadence": words, "reportersInOrder": false, "agenda": [String](),
        ]
    }
}
