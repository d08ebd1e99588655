/// An organisation's regulations as data (X3): a versioned document with an effective date,
/// made of clauses. Huiwu applies the version in force at a decision's time; every decision
/// cites the version and clause it applied.
public struct Rulebook: Sendable, Equatable {
    /// Which rulebook this is (`A5-restaurant-routine-meetings`); versions of one share it.
    public var key: String
    public var title: LocalizedText
    public var version: Int
    /// In force from the start of this day (organisation time) until a later version's.
    public var effective: CivilDate
    public var clauses: [Clause]

    public init(key: String, title: LocalizedText, version: Int, effective: CivilDate, clauses: [Clause]) {
        self.key = key
        self.title = title
        self.version = version
        self.effective = effective
        self.clauses = clauses
    }

    public func clause(_ id: String) -> Clause? { clauses.first { $0.id == id } }

    /// The attendance window (one per rulebook).
    public var attendance: Cited<AttendanceRule>? {
        first { if case .attendance(let r) = $0 { r } else { nil } }
    }

    public var leave: Cited<LeaveRule>? { first { if case .leave(let r) = $0 { r } else { nil } } }

    public var delegation: Cited<DelegationRule>? { first { if case .delegation(let r) = $0 { r } else { nil } } }

    public var noShow: Cited<NoShowRule>? { first { if case .noShow(let r) = $0 { r } else { nil } } }

    public var loan: Cited<LoanRule>? { first { if case .loan(let r) = $0 { r } else { nil } } }

    /// The fine assessed automatically for an attendance fact (one clause per fact).
    public func fine(for trigger: FineTrigger) -> Cited<FineRule>? {
        first { if case .fine(let r) = $0, r.trigger == trigger { r } else { nil } }
    }

    public var offences: [Cited<OffenceRule>] { all { if case .offence(let r) = $0 { r } else { nil } } }

    public var escalations: [Cited<EscalationRule>] { all { if case .escalation(let r) = $0 { r } else { nil } } }

    public var cadences: [Cited<CadenceRule>] { all { if case .cadence(let r) = $0 { r } else { nil } } }

    public func chain(_ id: String) -> Cited<ApprovalChainRule>? {
        guard let clause = clause(id), case .approvalChain(let r) = clause.rule else { return nil }
        return Cited(clause: clause, version: version, rule: r)
    }

    /// The approval chain for a request of `subject` lasting `length`: the first chain for the
    /// subject whose `longer_than` the request exceeds (or that has none), in document order
    /// with the longest thresholds tried first.
    public func chain(for subject: ApprovalChainRule.Subject, length: RuleDuration? = nil) -> Cited<ApprovalChainRule>? {
        let chains = all { if case .approvalChain(let r) = $0, r.subject == subject { r } else { nil } }
        let ordered = chains.enumerated().sorted { a, b in
            let x = a.element.rule.longerThan?.minutes ?? -1
            let y = b.element.rule.longerThan?.minutes ?? -1
            return x != y ? x > y : a.offset < b.offset
        }
        return ordered.first { c in
            guard let threshold = c.element.rule.longerThan else { return true }
            guard let length else { return false }
            return length > threshold
        }?.element
    }

    private func first<R>(_ pick: (ClauseRule) -> R?) -> Cited<R>? {
        for c in clauses { if let r = pick(c.rule) { return Cited(clause: c, version: version, rule: r) } }
        return nil
    }

    private func all<R>(_ pick: (ClauseRule) -> R?) -> [Cited<R>] {
        clauses.compactMap { c in pick(c.rule).map { Cited(clause: c, version: version, rule: $0) } }
    }
}
