import Foundation
import HuiwuCore
import SQLKit

extension ApprovalSubject {
    /// A booking of a room that needs approval (R1.1).
    public static let booking = ApprovalSubject(named: "booking")
}

/// Bookings as a client of the approval engine (R1.1): the room office works its queue of
/// requests in the app, so it is told there only — a busy office would otherwise get an
/// e-mail per request (reminders after a day reach every channel, `remindDue`). The office's
/// own booking is an arrangement it may decide (A1 三).
struct BookingApprovals: ApprovalClient {
    var subject: ApprovalSubject { .booking }
    var requesterMayApprove: Bool { true }

    func tellAsked(
        _ people: [UUID], subjectId: UUID, params: NotificationParams, now: Date, _ db: any SQLDatabase
    ) async throws {
        for person in people {
            try await Outbox.notify(db, person: person, kind: .approvalRequested, booking: subjectId, params: params, at: now)
        }
    }

    func finished(
        _ subjectId: UUID, approved: Bool, reason: String, by person: UUID?, now: Date, _ db: any SQLDatabase
    ) async throws {
        try await BookingLedger.approvalFinished(subjectId, approved: approved, reason: reason, by: person, now: now, db)
    }
}
