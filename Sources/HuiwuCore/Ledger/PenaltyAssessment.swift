import Foundation

/// One participant's attendance as the penalty rules see it when a meeting's attendance closes.
public struct AttendanceFact: Sendable, Equatable {
    public var participantId: UUID
    /// nil for a guest: guests are not fined.
    public var personId: UUID?
    public var outcome: AttendanceOutcome
    /// A notice of the meeting reached them before it started (R5.2).
    public var notified: Bool

    public init(participantId: UUID, personId: UUID?, outcome: AttendanceOutcome, notified: Bool) {
        self.participantId = participantId
        self.personId = personId
        self.outcome = outcome
        self.notified = notified
    }
}

/// A fine the rulebook assesses: on whom, how much (nil while a wage is unknown), why, and the
/// clause it applied (X3).
public struct Assessment: Sendable, Equatable {
    public var liablePersonId: UUID
    /// Whose attendance is the evidence.
    public var participantId: UUID
    public var trigger: FineTrigger
    public var amount: Fen?
    public var daysOfWage: Int?
    public var citation: Citation

    public init(
        liablePersonId: UUID, participantId: UUID, trigger: FineTrigger, amount: Fen?, daysOfWage: Int?, citation: Citation
    ) {
        self.liablePersonId = liablePersonId
        self.participantId = participantId
        self.trigger = trigger
        self.amount = amount
        self.daysOfWage = daysOfWage
        self.citation = citation
    }
}

/// The attendance fines of one meeting (R3.2, R5.2): late and early leave cost the person what
/// their clauses say; an absence costs the person, unless they were never notified and the
/// rulebook moves that fine to the organiser (A5 §1). Leave (excused) costs nothing; guests are
/// not fined. Pure: the store supplies the facts and wages, and stores what comes back.
public enum PenaltyAssessment {
    public static func assess(
        _ facts: [AttendanceFact], organiser: UUID, wages: [UUID: Fen], rulebook: Rulebook
    ) -> [Assessment] {
        var out: [Assessment] = []
        func charge(_ trigger: FineTrigger, _ fact: AttendanceFact, person: UUID) {
            guard let fine = rulebook.fine(for: trigger) else { return }
            let liable = fine.rule.liable == .organiser ? organiser : person
            let days: Int? = if case .daysOfWage(let d) = fine.rule.penalty { d } else { nil }
            out.append(
                Assessment(
                    liablePersonId: liable, participantId: fact.participantId, trigger: trigger,
                    amount: fine.rule.penalty.amount(dailyWage: wages[liable]), daysOfWage: days, citation: fine.citation))
        }
        for fact in facts {
            guard let person = fact.personId else { continue }
            switch fact.outcome {
            case .onTime, .excused:
                break
            case .late:
                charge(.late, fact, person: person)
            case .leftEarly:
                charge(.earlyLeave, fact, person: person)
            case .lateAndLeftEarly:
                charge(.late, fact, person: person)
                charge(.earlyLeave, fact, person: person)
            case .absent:
                if !fact.notified, person != organiser, rulebook.fine(for: .absentUnnotified) != nil {
                    charge(.absentUnnotified, fact, person: person)
                } else {
                    charge(.absent, fact, person: person)
                }
            }
        }
        return out
    }
}
