import Foundation
import HuiwuCore
import SQLKit

public enum LeaveKind: String, Sendable, Codable, CaseIterable {
    case leave, delegation
}

public enum LeaveStatus: String, Sendable, Codable, CaseIterable {
    /// Waiting on the approval chain (leave) or on the delegate's answer (delegation).
    case pending
    /// Leave approved (excused), or the delegate accepted (attends in the person's place).
    case granted
    case rejected
    case withdrawn
    /// Still pending when the meeting's attendance closed: leave is settled before one rests
    /// (A3 一.2: 审批后方可休息), so a request nobody decided in time lapses and the person is
    /// judged as expected (R5.6, R3.1).
    case expired
}

public struct LeaveRecord: Sendable, Equatable {
    public var id: UUID
    public var kind: LeaveKind
    public var meetingId: UUID
    public var participantId: UUID
    public var personId: UUID
    public var personName: String
    public var delegateId: UUID?
    public var delegateName: String?
    public var reason: String
    public var status: LeaveStatus
    public var citation: Citation?
    public var approvalId: UUID?
    public var requestedAt: Date
    public var decidedAt: Date?

    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: UUID.self)
        kind = try row.decode(enum: LeaveKind.self, column: "kind")
        meetingId = try row.decode(column: "meeting_id", as: UUID.self)
        participantId = try row.decode(column: "participant_id", as: UUID.self)
        personId = try row.decode(column: "person_id", as: UUID.self)
        personName = try row.decode(column: "person_name", as: String.self)
        delegateId = try row.decode(column: "delegate_id", as: UUID?.self)
        delegateName = try row.decode(column: "delegate_name", as: String?.self)
        reason = try row.decode(column: "reason", as: String.self)
        status = try row.decode(enum: LeaveStatus.self, column: "status")
        let version = try row.decode(column: "rulebook_version", as: Int?.self)
        let clause = try row.decode(column: "clause_id", as: String?.self)
        citation = version.flatMap { v in clause.map { Citation(version: v, clauseID: $0) } }
        approvalId = try row.decode(column: "approval_id", as: UUID?.self)
        requestedAt = try row.decode(column: "requested_at", as: Date.self)
        decidedAt = try row.decode(column: "decided_at", as: Date?.self)
    }
}

public enum LeaveError: Error, Sendable, Equatable {
    case meetingNotFound
    case notParticipant
    /// Refused under the rulebook (too late, or the meeting has started); the refusal is
    /// recorded. `clause` is the one applied, so the refusal can be shown with it (X3).
    case refused(LeaveRules.Refusal, clause: Clause?)
    /// The rulebook has no delegation clause.
    case delegationNotAllowed
    /// The delegate is not someone the clause lets one send (`to`).
    case delegateNotEligible(to: String, clause: ClauseReference)
    case delegateIsParticipant
    /// A leave or delegation is already pending or granted for this participant.
    case alreadyRequested
    case notFound
    case forbidden
    case notPending
    case reasonRequired
    /// The meeting's attendance has closed: its leave is settled; what a person's standing
    /// should be now goes through a correction, which decides the fines again (R5.6).
    case meetingClosed
}
