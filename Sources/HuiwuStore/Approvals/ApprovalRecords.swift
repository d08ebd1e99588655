import Foundation
import HuiwuCore
import SQLKit

public enum ApprovalStatus: String, Sendable, Codable, CaseIterable {
    case pending, approved, rejected, withdrawn
    /// Its subject can no longer be decided (leave for a meeting whose attendance closed).
    case expired
}

public struct ApprovalRequestRecord: Sendable, Equatable {
    public var id: UUID
    public var subject: ApprovalSubject
    public var subjectId: UUID
    public var title: String
    public var status: ApprovalStatus
    public var citation: Citation
    public var requesterId: UUID
    public var createdAt: Date
    public var decidedAt: Date?

    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: UUID.self)
        subject = try row.decode(enum: ApprovalSubject.self, column: "subject_kind")
        subjectId = try row.decode(column: "subject_id", as: UUID.self)
        title = try row.decode(column: "title", as: String.self)
        status = try row.decode(enum: ApprovalStatus.self, column: "status")
        citation = Citation(
            version: try row.decode(column: "rulebook_version", as: Int.self),
            clauseID: try row.decode(column: "clause_id", as: String.self))
        requesterId = try row.decode(column: "requester_id", as: UUID.self)
        createdAt = try row.decode(column: "created_at", as: Date.self)
        decidedAt = try row.decode(column: "decided_at", as: Date?.self)
    }
}

public struct ApprovalTaskRecord: Sendable, Equatable {
    public var id: UUID
    public var requestId: UUID
    public var step: Int
    public var slot: Int
    /// The approver as the rulebook names it (`position:客服经理`).
    public var approver: String
    public var personId: UUID
    public var personName: String
    public var state: ApprovalFlow.TaskState
    public var reason: String?
    public var decidedAt: Date?

    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: UUID.self)
        requestId = try row.decode(column: "request_id", as: UUID.self)
        step = try row.decode(column: "step", as: Int.self)
        slot = try row.decode(column: "slot", as: Int.self)
        approver = try row.decode(column: "approver", as: String.self)
        personId = try row.decode(column: "person_id", as: UUID.self)
        personName = try row.decode(column: "display_name", as: String.self)
        state = try row.decode(enum: ApprovalFlow.TaskState.self, column: "state")
        reason = try row.decode(column: "reason", as: String?.self)
        decidedAt = try row.decode(column: "decided_at", as: Date?.self)
    }

    var flow: ApprovalFlow.Task { ApprovalFlow.Task(step: step, slot: slot, person: personId, state: state) }
}

/// A request with its tasks: where it stands, whom it waits on, and the history.
public struct ApprovalView: Sendable, Equatable {
    public var request: ApprovalRequestRecord
    public var requesterName: String
    public var tasks: [ApprovalTaskRecord]
    /// Why the requester asks (a leave's reason): for the requester and the approvers to read.
    public var requestReason: String?

    /// Whether `person` may read the request's reason: its requester or one asked on it (X1).
    public func mayReadReason(_ person: UUID) -> Bool {
        request.requesterId == person || tasks.contains { $0.personId == person }
    }

    public var waitingOn: [ApprovalTaskRecord] { tasks.filter { $0.state == .pending } }
}

public enum ApprovalError: Error, Sendable, Equatable {
    case notFound
    /// The person has no task to decide on this request now.
    case notYourTurn
    case reasonRequired
    case closed
    /// A step nobody but the requester could decide, and no fallback or administrator besides
    /// them: nobody decides their own case (X1), so the request cannot be opened.
    case noApprover(clause: Citation)
}
