import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// The things the chair and self-dealing rows act on (X1, R5.4): a meeting chaired as its type
/// says, a fine of the room office's own, a correction and a leave request in one's own case.
extension MatrixWorld {
    /// A meeting under way now (started five minutes ago), organised by the organiser, of a type
    /// whose host role is the department head: the head on its list chairs it, the participant
    /// is on it too.
    func chairedMeetingNow() async throws -> String {
        var template = Self.template("m.chair\(unique())")
        template["hostRole"] = Role.departmentHead.rawValue
        let type = try need(try await api(.POST, "/api/v1/meeting-types", as: .admin, json: ["template": template]).json["id"])
        return try await meetingUnderWay(
            ["title": "主持会", "typeId": type, "participants": [["kind": "person", "value": id(.head)]]])
    }

    /// A meeting under way now without a type: nobody chairs it.
    func unchairedMeetingNow() async throws -> String {
        try await meetingUnderWay(["title": "无主持会", "participants": [[String: String]]()])
    }

    /// A meeting without a room, made to start in five minutes (a meeting is not called in the
    /// past) and then moved in the database to have started five minutes ago; the participant is
    /// on its list besides whoever `fields` adds.
    func meetingUnderWay(_ fields: [String: any Sendable]) async throws -> String {
        _ = try await rulebookVersion()
        let now = app.huiwu.clock.now()
        var json = fields
        json["startsAt"] = app.huiwu.time.format(now.addingTimeInterval(300))
        json["endsAt"] = app.huiwu.time.format(now.addingTimeInterval(3300))
        let listed = (fields["participants"] as? [[String: String]]) ?? []
        json["participants"] = [["kind": "person", "value": id(.participant)]] + listed
        let meeting = try await Fixture.meeting(app, as: tokens[.organiser], json).uuidString
        try await app.huiwu.store.write { db in
            try await db.raw(
                "UPDATE meetings SET starts_at = \(bind: now.addingTimeInterval(-300)) WHERE id = \(bind: UUID(uuidString: meeting)!)"
            ).run()
        }
        return meeting
    }

    /// `who`'s row on a meeting's list.
    func row(of who: Who, on meeting: String) async throws -> String {
        let rows = try await api(.GET, "/api/v1/meetings/\(meeting)/participants", as: .organiser).jsonArray
        return try need(rows.first { $0["personId"] as? String == id(who) }?["id"])
    }

    /// A fine assessed against the room office's clerk (whose own case it is).
    func officeFine() async throws -> String {
        let version = try await rulebookVersion()
        let meeting = try await meetingNow()
        let id = UUID()
        try await app.huiwu.store.write { db in
            try await db.raw(
                """
                INSERT INTO penalty_entries (id, kind, person_id, amount_fen, trigger, rulebook_version, clause_id, evidence,
                  meeting_id, created_at)
                VALUES (\(bind: id), 'assessed', \(bind: self.people[.office]!.id), 1000, 'offence', \(bind: version),
                  'A5-9-disturb', '{}', \(bind: UUID(uuidString: meeting)!), \(bind: self.app.huiwu.clock.now()))
                """
            ).run()
        }
        return id.uuidString
    }

    /// A closed meeting the organiser checked in to late, and their own row on it (a correction in
    /// their own case).
    func organisersOwnRecord() async throws -> (meeting: String, row: String) {
        let meeting = try await meetingClosed(late: .organiser)
        return (meeting, try await row(of: .organiser, on: meeting))
    }

    /// The organiser's own leave from their own meeting: its chain names the organiser, who does
    /// not decide their own case, so it waits on an administrator.
    func organisersOwnLeave() async throws -> String {
        _ = try await rulebookVersion()
        let meeting = try await self.meeting()
        let made = try await app.huiwu.leave.requestLeave(
            meeting: UUID(uuidString: meeting)!, person: people[.organiser]!.id, reason: "出差", now: app.huiwu.clock.now())
        return try need(made.approvalId?.uuidString)
    }
}
