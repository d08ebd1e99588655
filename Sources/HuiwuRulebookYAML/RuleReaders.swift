import HuiwuCore
import Yams

/// One reader per rule kind: the keys each kind takes, their types, which are required.
enum RuleReaders {
    static func read(kind: String, _ node: Node, path: String, log: ProblemLog) -> ClauseRule? {
        if kind == "note" {
            // `note: true` — a clause Huiwu shows but does not decide on.
            guard case .scalar(let s) = node, s.style == .plain, s.string == "true" else {
                log.add("expected_true", at: path, node, ["key": "note"])
                return nil
            }
            return .note
        }
        guard var m = MappingReader(node, path: path, log: log) else { return nil }
        defer { m.finish() }
        switch kind {
        case "attendance":
            let opens = m.duration("check_in_opens_before", required: true)
            let late = m.duration("late_after", required: true)
            let early = m.duration("early_leave_before_end")
            let closes = m.duration("closes_after_end", required: true)
            guard let opens, let late, let closes else { return nil }
            return .attendance(
                AttendanceRule(checkInOpensBefore: opens, lateAfter: late, earlyLeaveBeforeEnd: early, closesAfterEnd: closes))
        case "leave":
            let notice = m.duration("minimum_notice", required: true)
            let approval = m.string("approval")
            guard let notice else { return nil }
            return .leave(LeaveRule(minimumNotice: notice, approval: approval))
        case "delegation":
            let to = m.choice("to", DelegationRule.Delegate.self, required: true)
            let accept = m.bool("accept_required") ?? true
            let notice = m.duration("minimum_notice")
            guard let to else { return nil }
            return .delegation(DelegationRule(to: to, acceptRequired: accept, minimumNotice: notice))
        case "fine":
            let trigger = m.choice("for", FineTrigger.self, required: true)
            let liable = m.choice("liable", Liable.self) ?? .person
            let penalty = self.penalty(&m, required: true)
            guard let trigger, let penalty else { return nil }
            return .fine(FineRule(trigger: trigger, liable: liable, penalty: penalty))
        case "offence":
            let recorders = list(&m, "recorded_by", OffenceRule.Recorder.self)
            let liable = m.choice("liable", Liable.self) ?? .person
            let penalty = self.penalty(&m, required: false)
            let within = m.duration("recorded_within_after_end")
            guard let recorders else { return nil }
            return .offence(OffenceRule(recordedBy: recorders, liable: liable, penalty: penalty, recordedWithin: within))
        case "escalation":
            let counts = m.string("counts", required: true)
            let per = m.choice("per", EscalationRule.Period.self, required: true)
            let every = m.int("every", required: true)
            let countsAs = m.string("counts_as", required: true)
            let replaces = m.bool("replaces") ?? false
            guard let counts, let per, let every, let countsAs else { return nil }
            return .escalation(EscalationRule(counts: counts, per: per, every: every, countsAs: countsAs, replaces: replaces))
        case "approval_chain":
            return ApprovalChainReader.read(&m, log: log)
        case "no_show":
            let release = m.bool("release")
            let after = m.duration("release_after_start", required: true)
            let flag = m.int("flag_series_after")
            guard let release, let after else {
                if !m.has("release") { log.add("missing_key", at: m.sub("release"), node, ["key": "release"]) }
                return nil
            }
            return .noShow(NoShowRule(release: release, releaseAfterStart: after, flagSeriesAfter: flag))
        case "cadence":
            let type = m.string("meeting_type", required: true)
            let per = m.choice("per", CadenceRule.Period.self, required: true)
            let least = m.int("at_least", required: true)
            let most = m.int("at_most")
            guard let type, let per, let least else { return nil }
            return .cadence(CadenceRule(meetingType: type, per: per, atLeast: least, atMost: most))
        case "loan":
            guard let period = m.duration("period", required: true) else { return nil }
            return .loan(LoanRule(period: period))
        default:
            return nil
        }
    }

    /// `amount: 20 yuan` or `days_of_wage: 3`, not both.
    static func penalty(_ m: inout MappingReader, required: Bool) -> Penalty? {
        let both = m.has("amount") && m.has("days_of_wage")
        let amount = m.money("amount")
        let days = m.int("days_of_wage")
        if both {
            m.log.add("amount_or_days", at: m.sub("days_of_wage"), m.value("days_of_wage"))
            return nil
        }
        if let amount { return .fixed(amount) }
        if let days { return .daysOfWage(days) }
        if required && !m.has("amount") && !m.has("days_of_wage") {
            m.log.add("missing_penalty", at: m.path, m.node)
        }
        return nil
    }

    /// A list of choices, or one choice written alone (`recorded_by: chair`).
    static func list<E: RawRepresentable & CaseIterable>(_ m: inout MappingReader, _ key: String, _: E.Type) -> [E]?
    where E.RawValue == String {
        guard let v = m.value(key, required: true) else { return nil }
        let items: [Node]
        switch v {
        case .sequence(let s): items = Array(s)
        case .scalar: items = [v]
        default:
            m.log.add("expected_list", at: m.sub(key), v, ["key": key])
            return nil
        }
        var out: [E] = []
        for (i, item) in items.enumerated() {
            guard case .scalar(let s) = item, let e = E(rawValue: s.string) else {
                m.log.add(
                    "bad_choice", at: m.sub(key) + "[\(i)]", item,
                    [
                        "key": key, "value": item.scalar?.string ?? "",
                        "allowed": E.allCases.map(\.rawValue).joined(separator: ", "),
                    ])
                return nil
            }
            out.append(e)
        }
        return out
    }
}
