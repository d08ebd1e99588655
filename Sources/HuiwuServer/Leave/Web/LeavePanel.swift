import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// The meeting page's leave section (R5.6): who is on leave, who delegated to whom,
/// what is pending; a participant's own request and delegation forms, with the clause that
/// sets how early they must come.
struct LeavePanel: Encodable {
    struct Row: Encodable {
        var who: String
        var what: String
        var status: String
        var statusLabel: String
        var reason: String
        var withdrawAction: String?
    }

    var rows: [Row]
    var canRequest: Bool
    var rule: String?
    var delegationRule: String?
    var delegates: [Choice]
    var leaveAction: String
    var delegationAction: String

    static func build(_ m: MeetingRecord, actor: Actor, req: Request) async throws -> LeavePanel {
        let leave = try await req.huiwu.leave.of(meeting: m.id)
        let book = try await req.huiwu.rulebooks.rulebook(on: req.huiwu.time.date(of: m.startsAt))
        let onList = try await req.huiwu.attendance.roster(m.id).contains { $0.participant.record.personId == actor.id }
        let open = leave.contains { $0.personId == actor.id && ($0.status == .pending || $0.status == .granted) }
        let readable = try await req.huiwu.leave.reasonsReadable(leave, meeting: m, by: actor)
        let rows = leave.map { l in
            Row(
                who: l.personName,
                what: l.kind == .leave
                    ? req.t("ui_leave_kind_leave") : req.t("ui_leave_kind_delegation", ["name": l.delegateName ?? ""]),
                status: l.status.rawValue, statusLabel: req.t("ui_leave_status_\(l.kind.rawValue)_" + l.status.rawValue),
                reason: readable.contains(l.id) ? l.reason : "",
                withdrawAction: l.personId == actor.id && l.status == .pending
                    ? SiteURL.leaveStep(.value(l.id), .value("withdraw")).path : nil)
        }
        var delegates: [Choice] = []
        if let rule = book?.delegation?.rule, onList {
            let listed = Set(try await req.huiwu.meetings.participants(of: m.id).compactMap(\.record.personId))
            var parents: [UUID: UUID] = [:]
            for d in try await req.huiwu.people.departments() { parents[d.id] = d.parentId }
            func place(_ p: PersonRecord) -> DelegationRule.Place {
                DelegationRule.place(role: p.roleValue, department: p.departmentId, parents: parents)
            }
            let people = try await req.huiwu.people.people()
            // Only those the clause lets one send (A5 §8: a supervisor one level down).
            if let me = people.first(where: { $0.id == actor.id }).map(place) {
                delegates = people.filter { $0.active && !listed.contains($0.id) && rule.admits(place($0), for: me) }.map {
                    Choice(value: $0.id.uuidString, label: $0.displayName, selected: false)
                }
            }
        }
        func words(_ clause: Clause?) -> String? { clause?.shownWords(req) }
        return LeavePanel(
            rows: rows, canRequest: onList && !open && m.status == .scheduled && req.now < m.startsAt,
            rule: words(book?.leave?.clause),
            delegationRule: words(book?.delegation?.clause), delegates: delegates,
            leaveAction: SiteURL.meetingLeave(.value(m.id)).path,
            delegationAction: SiteURL.meetingDelegation(.value(m.id)).path)
    }
}
