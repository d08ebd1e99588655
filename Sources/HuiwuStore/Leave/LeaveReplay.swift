import Foundation
import HuiwuCore
import SQLKit

/// The dry run's leave part (X3).
struct LeaveReplay: RulebookReplay {
    func replay(
        _ candidate: Rulebook, over span: Interval, time: OrgTime, _ db: any SQLDatabase,
        name: (UUID?) async throws -> String
    ) async throws -> ReplayPart {
        let leave = try await Self.replayLeave(candidate, span: span, time: time, db, name: name)
        return ReplayPart(leaveRequests: leave.count, changes: leave.changes)
    }

    /// Leave and delegation requests made for meetings in the span, and the refusals recorded:
    /// would the candidate's minimum notice have judged them otherwise?
    static func replayLeave(
        _ candidate: Rulebook, span: Interval, time: OrgTime, _ db: any SQLDatabase, name: (UUID?) async throws -> String
    ) async throws -> (count: Int, changes: [DryRunChange]) {
        let requested = try await db.raw(
            """
            SELECT l.kind, l.person_id, l.requested_at AS at, m.id AS meeting_id, m.title, m.starts_at, 0 AS refused
            FROM leave_requests l JOIN meetings m ON m.id = l.meeting_id
            WHERE m.starts_at >= \(bind: span.start) AND m.starts_at < \(bind: span.end)
            UNION ALL
            SELECT CASE WHEN d.kind = \(bind: Decision.Kind.leaveRefused.rawValue) THEN 'leave' ELSE 'delegation' END AS kind, d.person_id, d.decided_at AS at,
              m.id AS meeting_id, m.title, m.starts_at, 1 AS refused
            FROM rule_decisions d JOIN meetings m ON m.id = d.subject_id
            WHERE d.kind IN (\(bind: Decision.Kind.leaveRefused.rawValue), \(bind: Decision.Kind.delegationRefused.rawValue))
              AND m.starts_at >= \(bind: span.start) AND m.starts_at < \(bind: span.end)
            """
        ).all()
        var out: [DryRunChange] = []
        for row in requested {
            let delegation = try row.decode(column: "kind", as: String.self) == "delegation"
            let at = try row.decode(column: "at", as: Date.self)
            let start = try row.decode(column: "starts_at", as: Date.self)
            let refusedBefore = try row.decode(column: "refused", as: Int.self) == 1
            let rule: (RuleDuration?, Citation)? =
                delegation
                ? candidate.delegation.map { ($0.rule.minimumNotice, $0.citation) }
                : candidate.leave.map { (Optional($0.rule.minimumNotice), $0.citation) }
            let refusedAfter = LeaveRules.refusal(requestedAt: at, start: start, minimum: rule?.0, citation: rule?.1) != nil
            guard refusedAfter != refusedBefore else { continue }
            out.append(
                DryRunChange(
                    meetingId: try row.decode(column: "meeting_id", as: UUID.self),
                    meetingTitle: try row.decode(column: "title", as: String.self), startsAt: start,
                    personName: try await name(try row.decode(column: "person_id", as: UUID?.self)),
                    what: .leave(
                        delegation: delegation, given: LeaveRules.notice(requestedAt: at, start: start),
                        refusedBefore: refusedBefore,
                        refusedAfter: refusedAfter, required: rule?.0.map(\.minutes), citation: rule?.1)))
        }
        return (requested.count, out)
    }
}
