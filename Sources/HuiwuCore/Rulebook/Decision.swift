import Foundation

/// A decision taken under a regulation, as it is kept (X3): what was decided and how it came
/// out, the numbers it used, the clause it applied, whose case it is and when. Stored in
/// `rule_decisions` as the strings `kind.rawValue` and `outcome.rawValue`, which are the
/// records' vocabulary since the first one was written; the types keep a misspelt kind from
/// ever reaching the table.
public struct Decision: Sendable, Equatable {
    /// What a regulation decided about.
    public enum Kind: String, Sendable, CaseIterable {
        /// One approver's step on a request (R1.1, R3.1).
        case approvalStep = "approval.step"
        /// A reminder to an approver who has not decided in time (R3.1, X2).
        case approvalReminder = "approval.reminder"
        /// A room booked and unused, released (R1.3).
        case noShowRelease = "no_show.release"
        /// A series whose room has gone unused again and again, flagged to the office (R1.3).
        case noShowSeriesFlagged = "no_show.series_flagged"
        /// Attendance corrected after the list closed (R5.6, X5).
        case attendanceCorrection = "attendance.correction"
        /// A fine, or a violation recorded without one (R3.2, R5.7, R1.7).
        case fine
        /// A leave request refused for coming too late (R5.6).
        case leaveRefused = "leave.refused"
        /// A delegate named too late (R5.6).
        case delegationRefused = "delegation.refused"
        /// A leave request nobody decided before the meeting closed (R3.1, R5.6).
        case leaveExpired = "leave.expired"
        /// A delegation nobody decided before the meeting closed (R5.6).
        case delegationExpired = "delegation.expired"
    }

    /// How it came out.
    public enum Outcome: Sendable, Hashable {
        case approved, rejected, reminded, released, flagged, tooLate, expired
        /// A corrected attendance: the outcome it now has.
        case corrected(AttendanceOutcome)
        /// A fine: what it was for.
        case charged(ChargeTrigger)

        public var rawValue: String {
            switch self {
            case .approved: "approved"
            case .rejected: "rejected"
            case .reminded: "reminded"
            case .released: "released"
            case .flagged: "flagged"
            case .tooLate: "too_late"
            case .expired: "expired"
            case .corrected(let outcome): outcome.rawValue
            case .charged(let trigger): trigger.rawValue
            }
        }
    }

    public var id: UUID
    public var kind: Kind
    public var outcome: Outcome
    /// The numbers and facts the decision used (`given`/`required` minutes, the amount …).
    public var parameters: [String: String]
    public var citation: Citation
    /// What it is about: the meeting, booking, request or series.
    public var subject: UUID
    /// Whose case it is.
    public var person: UUID?
    public var at: Date

    public init(
        id: UUID = UUID(), _ kind: Kind, _ outcome: Outcome, parameters: [String: String] = [:], citation: Citation,
        subject: UUID, person: UUID?, at: Date
    ) {
        self.id = id
        self.kind = kind
        self.outcome = outcome
        self.parameters = parameters
        self.citation = citation
        self.subject = subject
        self.person = person
        self.at = at
    }
}

/// What a fine is for (R3.2, R5.7): an attendance outcome the rulebook fines (A5 §1–§3), or an offence
/// the chair records during the meeting (A5 §9). Stored as its raw value in the ledger.
public enum ChargeTrigger: RawRepresentable, Sendable, Hashable {
    case attendance(FineTrigger)
    case offence

    public var rawValue: String {
        switch self {
        case .attendance(let trigger): trigger.rawValue
        case .offence: "offence"
        }
    }

    /// Reads a stored trigger; nil for one this version does not know.
    public init?(rawValue: String) {
        if rawValue == "offence" {
            self = .offence
        } else if let trigger = FineTrigger(rawValue: rawValue) {
            self = .attendance(trigger)
        } else {
            return nil
        }
    }
}
