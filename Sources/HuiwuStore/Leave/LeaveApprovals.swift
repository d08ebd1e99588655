import Foundation
import HuiwuCore
import SQLKit

extension ApprovalSubject {
    /// Leave from a meeting, or a delegate in one's place (R3.1, R5.6).
    public static let leave = ApprovalSubject(named: "leave")
}

/// Leave as a client of the approval engine (R3.1): approvers see the reason given, "the
/// organiser" is the meeting's, and the end of the chain excuses the participant or not.
struct LeaveApprovals: ApprovalClient {
    var subject: ApprovalSubject { .leave }

    func finished(
        _ subjectId: UUID, approved: Bool, reason: String, by person: UUID?, now: Date, _ db: any SQLDatabase
    ) async throws {
        try await LeaveRequests.approvalFinished(subjectId, approved: approved, reason: reason, now: now, db)
    }

    func requestReason(of subjectId: UUID, _ db: any SQLDatabase) async throws -> String? {
        try await db.raw("SELECT reason FROM leave_requests WHERE id = \(bind: subjectId)").first()?
            .decode(column: "reason", as: String.self)
    }

    func organiser(of subjectId: UUID, _ db: any SQLDatabase) async throws -> UUID? {
        try await db.raw(
            """
            SELECT m.organiser_id FROM leave_requests l JOIN meetings m ON m.id = l.meeting_id
            WHERE l.id = \(bind: subjectId)
            """
        ).first()?.decode(column: "organiser_id", as: UUID.self)
    }
}
