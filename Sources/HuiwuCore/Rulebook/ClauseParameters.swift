/// A clause's parameters as named values, in the order the YAML writes them: what the API
/// returns and what pages label in the reader's language. Values are the rulebook's own words
/// (`60min`, `10.00`, `organiser`); an approval step is a list of approvers.
public enum ClauseParameter: Sendable, Equatable {
    /// A value written as text: a duration, an amount in yuan, a count, a clause id.
    case text(String)
    /// A length of time (`15min`, `3d`): the API writes it so, pages in the reader's words.
    case duration(RuleDuration)
    /// One of a fixed set (`late`, `organiser`, `month`): pages translate it.
    case choice(String)
    case choices([String])
    case flag(Bool)
    case steps([ApprovalChainRule.Step])
}

extension ClauseRule {
    public var parameters: [(name: String, value: ClauseParameter)] {
        var out: [(String, ClauseParameter)] = []
        func add(_ name: String, _ d: RuleDuration?) { if let d { out.append((name, .duration(d))) } }
        func penalty(_ p: Penalty?) {
            switch p {
            case .fixed(let fen): out.append(("amount", .text(fen.yuanText)))
            case .daysOfWage(let days): out.append(("days_of_wage", .text(String(days))))
            case nil: break
            }
        }
        switch self {
        case .attendance(let a):
            add("check_in_opens_before", a.checkInOpensBefore)
            add("late_after", a.lateAfter)
            add("early_leave_before_end", a.earlyLeaveBeforeEnd)
            add("closes_after_end", a.closesAfterEnd)
        case .leave(let l):
            add("minimum_notice", l.minimumNotice)
            if let chain = l.approval { out.append(("approval", .text(chain))) }
        case .delegation(let d):
            out.append(("to", .choice(d.to.rawValue)))
            out.append(("accept_required", .flag(d.acceptRequired)))
            add("minimum_notice", d.minimumNotice)
        case .fine(let f):
            out.append(("for", .choice(f.trigger.rawValue)))
            out.append(("liable", .choice(f.liable.rawValue)))
            penalty(f.penalty)
        case .offence(let o):
            out.append(("recorded_by", .choices(o.recordedBy.map(\.rawValue))))
            out.append(("liable", .choice(o.liable.rawValue)))
            penalty(o.penalty)
            add("recorded_within_after_end", o.recordedWithin)
        case .escalation(let e):
            out.append(("counts", .text(e.counts)))
            out.append(("per", .choice(e.per.rawValue)))
            out.append(("every", .text(String(e.every))))
            out.append(("counts_as", .text(e.countsAs)))
            out.append(("replaces", .flag(e.replaces)))
        case .approvalChain(let c):
            out.append(("for", .choice(c.subject.rawValue)))
            add("longer_than", c.longerThan)
            out.append(("steps", .steps(c.steps)))
            if !c.fallback.isEmpty { out.append(("fallback", .steps([.init(mode: .anyOf, approvers: c.fallback)]))) }
        case .noShow(let n):
            out.append(("release", .flag(n.release)))
            add("release_after_start", n.releaseAfterStart)
            if let f = n.flagSeriesAfter { out.append(("flag_series_after", .text(String(f)))) }
        case .cadence(let c):
            out.append(("meeting_type", .text(c.meetingType)))
            out.append(("per", .choice(c.per.rawValue)))
            out.append(("at_least", .text(String(c.atLeast))))
            if let m = c.atMost { out.append(("at_most", .text(String(m)))) }
        case .loan(let l):
            add("period", l.period)
        case .note:
            break
        }
        return out
    }
}

extension ApprovalChainRule.Approver {
    /// `department_head`, `organiser`, `role:room_office`, `position:总经理`, `person:wangfang`.
    public var code: String {
        switch self {
        case .departmentHead: "department_head"
        case .organiser: "organiser"
        case .role(let r): "role:" + r.rawValue
        case .position(let p): "position:" + p
        case .person(let u): "person:" + u
        }
    }
}
