/// Which clause of which rulebook version a decision applied (X3). Stored with every decision;
/// shown as the clause's cite and text in the reader's language.
public struct Citation: Sendable, Equatable, Hashable, Codable {
    public var version: Int
    public var clauseID: String

    public init(version: Int, clauseID: String) {
        self.version = version
        self.clauseID = clauseID
    }
}

/// A rule together with the clause that set it, so whoever applies it can cite it.
public struct Cited<Rule: Sendable>: Sendable {
    public var clause: Clause
    public var version: Int
    public var rule: Rule

    public init(clause: Clause, version: Int, rule: Rule) {
        self.clause = clause
        self.version = version
        self.rule = rule
    }

    public var citation: Citation { Citation(version: version, clauseID: clause.id) }
}

extension Cited: Equatable where Rule: Equatable {}

/// A clause with the version it belongs to: what a refusal carries so that it can be shown with
/// its clause as data — id, version, cite and words (X3) — without the rule it set.
public struct ClauseReference: Sendable, Equatable {
    public var clause: Clause
    public var version: Int

    public init(clause: Clause, version: Int) {
        self.clause = clause
        self.version = version
    }

    public var citation: Citation { Citation(version: version, clauseID: clause.id) }
}

extension Cited {
    public var reference: ClauseReference { ClauseReference(clause: clause, version: version) }
}
