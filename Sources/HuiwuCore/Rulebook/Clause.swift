/// One clause of a rulebook (X3): a stable id decisions cite, where it is in the regulation
/// (`A5 §8`), the regulation's own words, its meaning in the three languages, and the one rule
/// it sets.
public struct Clause: Sendable, Equatable {
    /// Whose rule a clause is (X3). An article clause says what its article says, numbers
    /// included, and quotes it. A parameter the regulation leaves open — a check-in window, a
    /// room released 15 minutes after the start — is the organisation's own setting: a local
    /// clause, shown as "本单位规定 / organisation setting" beside the article it serves
    /// (`cite`), never as that article's words, so it quotes nothing.
    public enum Source: String, Sendable, CaseIterable {
        case article, local
    }

    /// Stable id (`A5-8-leave`): decisions store it, so a new version keeps the ids it keeps.
    public var id: String
    /// Where it stands in the regulation, as people cite it (`A5 §8`, `A3 一.3`); for a local
    /// clause, the article it serves.
    public var cite: String
    /// The regulation's words (原文); empty for a local clause.
    public var quote: String
    public var text: LocalizedText
    public var rule: ClauseRule
    public var source: Source

    public init(
        id: String, cite: String, quote: String, text: LocalizedText, rule: ClauseRule, source: Source = .article
    ) {
        self.id = id
        self.cite = cite
        self.quote = quote
        self.text = text
        self.rule = rule
        self.source = source
    }
}

/// The rule a clause sets; each is one key in the YAML (`attendance:`, `fine:` …).
public enum ClauseRule: Sendable, Equatable {
    case attendance(AttendanceRule)
    case leave(LeaveRule)
    case delegation(DelegationRule)
    case fine(FineRule)
    case offence(OffenceRule)
    case escalation(EscalationRule)
    case approvalChain(ApprovalChainRule)
    case noShow(NoShowRule)
    case cadence(CadenceRule)
    case loan(LoanRule)
    /// A clause people must follow that Huiwu shows but does not decide on (A1 §10 lights off
    /// is a checklist, not a decision): quoted so the rulebook is the whole regulation.
    case note

    /// The YAML key of the kind, and the stable name the API and pages use.
    public var kind: String {
        switch self {
        case .attendance: "attendance"
        case .leave: "leave"
        case .delegation: "delegation"
        case .fine: "fine"
        case .offence: "offence"
        case .escalation: "escalation"
        case .approvalChain: "approval_chain"
        case .noShow: "no_show"
        case .cadence: "cadence"
        case .loan: "loan"
        case .note: "note"
        }
    }

    public static let kinds = [
        "attendance", "leave", "delegation", "fine", "offence", "escalation", "approval_chain", "no_show", "cadence",
        "loan", "note",
    ]
}
