/// The approval Huiwu applies when the rulebook in force names no chain for a request, or no
/// rulebook was adopted: a booking of a room that needs approval is decided by any one of the
/// room office (R1.1), as it always was. Cited as version 0, clause `R1.1`; its words are in the
/// catalogs (`rulebook.builtin.R1.1`), like any other text people read.
public enum BuiltInChains {
    public static let version = 0
    public static let bookingClauseID = "R1.1"

    public static let booking: Cited<ApprovalChainRule> = {
        let rule = ApprovalChainRule(
            subject: .booking, longerThan: nil, steps: [.init(mode: .anyOf, approvers: [.role(.roomOffice)])])
        let clause = Clause(
            id: bookingClauseID, cite: bookingClauseID, quote: "", text: LocalizedText(""), rule: .approvalChain(rule))
        return Cited(clause: clause, version: version, rule: rule)
    }()

    /// The built-in chain a stored citation names, if it names one.
    public static func chain(_ citation: Citation) -> Cited<ApprovalChainRule>? {
        citation.version == version && citation.clauseID == bookingClauseID ? booking : nil
    }
}
