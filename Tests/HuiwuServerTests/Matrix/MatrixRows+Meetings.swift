import Foundation
import HuiwuCore
import HuiwuStore

@testable import HuiwuServer

extension MatrixRows {
    /// A change to a meeting: its organiser and the room office; a participant reads it but may
    /// not change it (403); to anyone else it does not exist (404).
    static func manage(
        _ route: String, _ variant: String = "", _ make: @escaping @Sendable (MatrixWorld, Who) async throws -> Call
    )
        -> Row
    {
        Row(route, variant, ok: .meetingManagers, forbidden: [.participant], otherwise: .notFound, make)
    }

    /// Reading a meeting's content: its organiser, participants and the room office (404 otherwise).
    static func read(_ route: String, _ make: @escaping @Sendable (MatrixWorld, Who) async throws -> Call) -> Row {
        Row(route, ok: .meetingReaders, otherwise: .notFound, make)
    }

    /// Who checks in on a meeting: the people on its list (the organiser is on it).
    static let onTheList: Set<Who> = [.organiser, .participant]

    /// Series, meetings, notices, preparation, minutes, action items, feeds.
    static var meetings: [Row] {
        [
            Row("POST /api/v1/series/preview", ok: exceptCleaning) { _, _ in
                Call(
                    "/api/v1/series/preview",
                    json: [
                        "title": "周会", "rule": "FREQ=WEEKLY;BYDAY=WE", "start": "2026-12-09T09:00:00",
                        "through": "2026-12-23",
                    ])
            },
            Row("POST /api/v1/series", ok: exceptCleaning) { _, _ in
                Call(
                    "/api/v1/series",
                    json: [
                        "title": "周会", "rule": "FREQ=WEEKLY;BYDAY=WE", "start": "2026-12-09T09:00:00",
                        "through": "2026-12-23",
                    ])
            },
            read("GET /api/v1/series/:id") { w, _ in Call("/api/v1/series/\(try await w.series())") },
            Row("GET /api/v1/meetings", ok: .everyone) { _, _ in Call("/api/v1/meetings") },
            Row("GET /api/v1/meetings", "all", ok: .managers) { _, _ in Call("/api/v1/meetings?all=true") },
            Row("POST /api/v1/meetings", ok: exceptCleaning) { w, _ in
                let s = w.slot()
                return Call(
                    "/api/v1/meetings",
                    json: [
                        "title": "碰头会", "startsAt": MatrixWorld.instant(s.day, s.start),
                        "endsAt": MatrixWorld.instant(s.day, s.end),
                    ])
            },
            read("GET /api/v1/meetings/:id") { w, _ in Call("/api/v1/meetings/\(try await w.meeting())") },
            manage("PATCH /api/v1/meetings/:id") { w, _ in
                Call("/api/v1/meetings/\(try await w.meeting())", json: ["title": "新标题"])
            },
            manage("POST /api/v1/meetings/:id/cancel") { w, _ in
                Call("/api/v1/meetings/\(try await w.meeting())/cancel", json: [:])
            },
            read("GET /api/v1/meetings/:id/participants") { w, _ in Call("/api/v1/meetings/\(try await w.meeting())/participants")
            },
            manage("POST /api/v1/meetings/:id/participants") { w, _ in
                Call(
                    "/api/v1/meetings/\(try await w.meeting())/participants",
                    json: ["participants": [["kind": "guest", "value": "王老师", "email": "wang@example.org"]]])
            },
            manage("DELETE /api/v1/meetings/:id/participants/:participant") { w, _ in
                let meeting = try await w.meeting()
                return Call("/api/v1/meetings/\(meeting)/participants/\(try await w.guestRow(meeting))")
            },
            manage("GET /api/v1/meetings/:id/notices") { w, _ in Call("/api/v1/meetings/\(try await w.meeting())/notices") },
            manage("GET /api/v1/meetings/:id/robot-posts") { w, _ in
                Call("/api/v1/meetings/\(try await w.meeting())/robot-posts")
            },
            manage("POST /api/v1/meetings/:id/notices") { w, _ in
                Call("/api/v1/meetings/\(try await w.meeting())/notices", json: ["kind": "update"])
            },
            read("GET /api/v1/meetings/:id/attendance") { w, _ in
                Call("/api/v1/meetings/\(try await w.meetingNow())/attendance")
            },
            Row("POST /api/v1/meetings/:id/check-in", ok: onTheList, forbidden: [.admin, .office], otherwise: .notFound) {
                w, _ in
                let meeting = try await w.meetingNow()
                return Call("/api/v1/meetings/\(meeting)/check-in", json: ["token": w.checkInToken(meeting)])
            },
            Row("POST /api/v1/meetings/:id/check-out", ok: onTheList, forbidden: [.admin, .office], otherwise: .notFound) {
                w, who in
                let meeting = try await w.meetingNow(checkedIn: who)
                return Call("/api/v1/meetings/\(meeting)/check-out", json: ["token": w.checkInToken(meeting)])
            },
            manage("GET /api/v1/meetings/:id/check-in-link") { w, _ in
                Call("/api/v1/meetings/\(try await w.meetingNow())/check-in-link")
            },
            manage("POST /api/v1/meetings/:id/attendance/:participant") { w, _ in
                let meeting = try await w.meetingNow()
                return Call(
                    "/api/v1/meetings/\(meeting)/attendance/\(try await w.participantRow(meeting))", json: ["mark": "check_in"])
            },
            manage("POST /api/v1/meetings/:id/attendance/:participant/correction") { w, _ in
                let meeting = try await w.meetingClosed()
                return Call(
                    "/api/v1/meetings/\(meeting)/attendance/\(try await w.participantRow(meeting))/correction",
                    json: ["outcome": "on_time", "reason": "签到机故障"])
            },
            Row(
                "POST /api/v1/meetings/:id/attendance/:participant/correction", "the organiser's own record",
                ok: [.admin, .office], forbidden: [.organiser, .participant], otherwise: .notFound
            ) { w, _ in
                let (meeting, row) = try await w.organisersOwnRecord()
                return Call(
                    "/api/v1/meetings/\(meeting)/attendance/\(row)/correction", json: ["outcome": "on_time", "reason": "签到机故障"])
            },
            // A5 §9 is the chair's: the chair as the meeting's type names it (R5.4), not whoever called it.
            Row(
                "POST /api/v1/meetings/:id/offences", ok: [.head], forbidden: [.admin, .office, .participant, .organiser],
                otherwise: .notFound
            ) {
                w, _ in
                let meeting = try await w.chairedMeetingNow()
                return Call(
                    "/api/v1/meetings/\(meeting)/offences",
                    json: ["clauseId": "A5-9-disturb", "participantId": try await w.participantRow(meeting), "reason": "扰乱秩序"])
            },
            Row(
                "POST /api/v1/meetings/:id/offences", "no type, no chair", ok: [],
                forbidden: [.admin, .office, .participant, .organiser], otherwise: .notFound
            ) {
                w, _ in
                let meeting = try await w.unchairedMeetingNow()
                return Call(
                    "/api/v1/meetings/\(meeting)/offences",
                    json: ["clauseId": "A5-9-disturb", "participantId": try await w.participantRow(meeting), "reason": "扰乱秩序"])
            },
            Row(
                "POST /api/v1/meetings/:id/chair", ok: [.head], forbidden: [.admin, .office, .participant, .organiser],
                otherwise: .notFound
            ) {
                w, _ in
                Call("/api/v1/meetings/\(try await w.chairedMeetingNow())/chair", json: ["personId": w.id(.participant)])
            },
            read("GET /api/v1/meetings/:id/leave") { w, _ in Call("/api/v1/meetings/\(try await w.meeting())/leave") },
            Row("POST /api/v1/meetings/:id/leave", ok: onTheList, forbidden: [.admin, .office], otherwise: .notFound) { w, _ in
                Call("/api/v1/meetings/\(try await w.meeting())/leave", json: ["reason": "外出"])
            },
            Row("POST /api/v1/meetings/:id/delegation", ok: onTheList, forbidden: [.admin, .office], otherwise: .notFound) {
                w, who in
                _ = try await w.rulebookVersion()
                return Call(
                    "/api/v1/meetings/\(try await w.meeting())/delegation",
                    json: ["delegateId": try await w.colleague(of: who), "reason": "出差"])
            },
            Row("POST /api/v1/leave/:id/:step", ok: [.participant], otherwise: .notFound) { w, _ in
                Call("/api/v1/leave/\(try await w.leaveRequest().leave)/withdraw", json: [:])
            },
            Row("GET /api/v1/approvals", ok: .everyone) { _, _ in Call("/api/v1/approvals") },
            Row("GET /api/v1/approvals/:id", ok: [.participant, .organiser, .admin, .office], otherwise: .notFound) { w, _ in
                Call("/api/v1/approvals/\(try await w.leaveRequest().approval ?? "")")
            },
            Row(
                "POST /api/v1/approvals/:id/approve", ok: [.organiser], forbidden: [.participant, .admin, .office],
                otherwise: .notFound
            ) { w, _ in
                Call("/api/v1/approvals/\(try await w.leaveRequest().approval ?? "")/approve", json: [:])
            },
            Row(
                "POST /api/v1/approvals/:id/reject", ok: [.organiser], forbidden: [.participant, .admin, .office],
                otherwise: .notFound
            ) { w, _ in
                Call("/api/v1/approvals/\(try await w.leaveRequest().approval ?? "")/reject", json: ["reason": "人手不足"])
            },
            Row(
                "POST /api/v1/approvals/:id/approve", "the organiser's own leave", ok: [.admin],
                forbidden: [.organiser, .office],
                otherwise: .notFound
            ) { w, _ in
                Call("/api/v1/approvals/\(try await w.organisersOwnLeave())/approve", json: [:])
            },
            Row("GET /api/v1/penalties", ok: .everyone) { _, _ in Call("/api/v1/penalties") },
            Row("GET /api/v1/reports/cadence", ok: [.admin, .office, .head]) { _, _ in Call("/api/v1/reports/cadence") },
            Row("GET /api/v1/penalties/totals", ok: .everyone) { _, _ in Call("/api/v1/penalties/totals") },
            Row("POST /api/v1/penalties/:id/:step", ok: [.owner], forbidden: [.admin, .office], otherwise: .notFound) { w, _ in
                Call("/api/v1/penalties/\(try await w.penalty())/appeal", json: ["reason": "有异议"])
            },
            Row(
                "POST /api/v1/penalties/:id/:step", "waiving one's own fine", ok: [.admin], forbidden: [.office],
                otherwise: .notFound
            ) { w, _ in
                Call("/api/v1/penalties/\(try await w.officeFine())/waive", json: ["reason": "免除"])
            },
            Row("PUT /api/v1/people/:id/wage", ok: [.admin]) { w, _ in
                Call("/api/v1/people/\(try await w.person())/wage", json: ["dailyWage": "300"])
            },
            read("GET /api/v1/meetings/:id/agenda") { w, _ in Call("/api/v1/meetings/\(try await w.meeting())/agenda") },
            manage("PUT /api/v1/meetings/:id/agenda") { w, _ in
                Call(
                    "/api/v1/meetings/\(try await w.meeting())/agenda",
                    json: ["items": [["title": "议题", "minutes": 10] as [String: any Sendable]]])
            },
            read("GET /api/v1/meetings/:id/checklist") { w, _ in Call("/api/v1/meetings/\(try await w.meeting())/checklist") },
            manage("POST /api/v1/meetings/:id/checklist") { w, _ in
                Call(
                    "/api/v1/meetings/\(try await w.meeting())/checklist",
                    json: ["title": "茶水", "dueAt": "2026-12-02T07:30:00+08:00"])
            },
            // The item is the participant's to sign off too: its assignee, on the meeting.
            Row("POST /api/v1/meetings/:id/checklist/:item/done", ok: .meetingReaders, otherwise: .notFound) { w, _ in
                let meeting = try await w.meeting()
                return Call("/api/v1/meetings/\(meeting)/checklist/\(try await w.checklistItem(meeting))/done")
            },
            Row("DELETE /api/v1/meetings/:id/checklist/:item/done", ok: .meetingReaders, otherwise: .notFound) { w, _ in
                let meeting = try await w.meeting()
                return Call("/api/v1/meetings/\(meeting)/checklist/\(try await w.checklistItem(meeting))/done")
            },
            read("GET /api/v1/meetings/:id/materials") { w, _ in Call("/api/v1/meetings/\(try await w.meeting())/materials") },
            manage("POST /api/v1/meetings/:id/materials") { w, _ in
                Call("/api/v1/meetings/\(try await w.meeting())/materials", multipart: ("议程.pdf", MatrixWorld.pdf))
            },
            read("GET /api/v1/meetings/:id/materials/:material") { w, _ in
                let meeting = try await w.meeting()
                return Call("/api/v1/meetings/\(meeting)/materials/\(try await w.material(meeting))")
            },
            manage("DELETE /api/v1/meetings/:id/materials/:material") { w, _ in
                let meeting = try await w.meeting()
                return Call("/api/v1/meetings/\(meeting)/materials/\(try await w.material(meeting))")
            },
            read("GET /api/v1/meetings/:id/minutes") { w, _ in Call("/api/v1/meetings/\(try await w.meeting())/minutes") },
            manage("PUT /api/v1/meetings/:id/minutes") { w, _ in
                Call("/api/v1/meetings/\(try await w.meeting())/minutes", json: ["body": "纪要", "decisions": "决定"])
            },
            manage("POST /api/v1/meetings/:id/minutes/publish") { w, _ in
                Call("/api/v1/meetings/\(try await w.savedMinutes(try await w.meeting()))/minutes/publish")
            },
            read("GET /api/v1/meetings/:id/actions") { w, _ in Call("/api/v1/meetings/\(try await w.meeting())/actions") },
            manage("POST /api/v1/meetings/:id/actions") { w, _ in
                Call(
                    "/api/v1/meetings/\(try await w.meeting())/actions",
                    json: [
                        "title": "跟进", "ownerId": w.id(.participant),
                        "dueOn": "2026-12-20",
                    ])
            },
            // An action item is also its owner's (who need not be on the meeting).
            Row(
                "PATCH /api/v1/actions/:id", ok: [.admin, .office, .organiser, .owner], forbidden: [.participant],
                otherwise: .notFound
            ) { w, _ in
                Call("/api/v1/actions/\(try await w.action(try await w.meeting()))", json: ["status": "done"])
            },
            Row("GET /api/v1/feeds", ok: .everyone) { _, _ in Call("/api/v1/feeds") },
            Row("POST /api/v1/feeds", ok: .everyone) { _, _ in Call("/api/v1/feeds", json: [:]) },
            Row("DELETE /api/v1/feeds/:id", ok: [.owner], otherwise: .notFound) { w, _ in
                Call("/api/v1/feeds/\(try await w.feed(of: .owner).id)")
            },
            // The token is the credential: whoever holds the address reads the feed.
            Row("GET /ical/:token", ok: public_) { w, _ in Call("/ical/\(try await w.feed(of: .owner).token)") },
        ]
    }
}
