import Foundation
import HuiwuCore
import SQLKit

/// Where a fine stands, from the entries that refer to it (nothing is edited in place).
public enum PenaltyStatus: String, Sendable, Codable, CaseIterable {
    case assessed
    /// "N days' wages" with no wage on the profile yet.
    case pendingAmount = "pending_amount"
    case appealed
    case reversed
    case settled
    /// A recorded violation without a fine (A1 八).
    case recorded
}

/// An assessed entry with what became of it.
public struct PenaltyLine: Sendable, Equatable {
    public var entry: PenaltyEntry
    public var followUps: [PenaltyEntry]
    public var personName: String
    public var departmentName: String?
    public var meetingTitle: String?
    /// The participant the fine is about, when it is someone other than the one fined (the
    /// absentee an organiser is fined for, the offender of an offence charged to the organiser).
    public var participantName: String?
    public var participantPersonId: UUID?

    /// Whether the fine is for someone else's attendance or conduct (X3: name them).
    public var concernsSomeoneElse: Bool {
        entry.participantId != nil && participantPersonId != entry.personId
    }

    public var status: PenaltyStatus {
        if followUps.contains(where: { $0.kind == .reversed }) { return .reversed }
        if followUps.contains(where: { $0.kind == .settled }) { return .settled }
        let appeals = followUps.filter { $0.kind == .appealed }.count
        let rejected = followUps.filter { $0.kind == .appealRejected }.count
        if appeals > rejected { return .appealed }
        if amount == nil { return entry.daysOfWage == nil ? .recorded : .pendingAmount }
        if amount == Fen.zero { return .recorded }
        return .assessed
    }

    /// The amount owed: as assessed, or as completed once the wage was known.
    public var amount: Fen? {
        entry.amount ?? followUps.last { $0.kind == .completed }?.amount
    }

    /// What counts in totals: nothing once reversed.
    public var owed: Fen { status == .reversed ? .zero : (amount ?? .zero) }
}
