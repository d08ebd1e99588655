/// What a rulebook must satisfy beyond its shape (X3): ids unique, references resolved, one
/// clause per singular rule, values possible. Problems carry paths; the YAML reader adds the
/// line and column of each.
extension Rulebook {
    public func problems() -> [RulebookProblem] {
        var found: [RulebookProblem] = []
        if !Self.isIdentifier(key, max: 64) { found.append(RulebookProblem("bad_identifier", at: "rulebook", ["value": key])) }
        if version < 1 || version > 1_000_000 {
            found.append(RulebookProblem("out_of_range", at: "version", ["min": "1", "max": "1000000"]))
        }
        if !title.isComplete { found.append(RulebookProblem("text_incomplete", at: "title")) }
        if clauses.isEmpty { found.append(RulebookProblem("no_clauses", at: "clauses")) }
        var seen: [String: Int] = [:]
        var singular: [String: Int] = [:]
        for (i, c) in clauses.enumerated() {
            let at = "clauses[\(i)]"
            if !Self.isIdentifier(c.id, max: 40) {
                found.append(RulebookProblem("bad_identifier", at: at + ".id", ["value": c.id]))
            }
            if let first = seen[c.id] {
                found.append(RulebookProblem("duplicate_clause", at: at + ".id", ["id": c.id, "first": "\(first + 1)"]))
            } else {
                seen[c.id] = i
            }
            if c.cite.trimmedWhitespace.isEmpty || c.cite.count > 40 {
                found.append(RulebookProblem("bad_cite", at: at + ".cite"))
            }
            if c.quote.count > 2000 { found.append(RulebookProblem("too_long", at: at + ".quote", ["max": "2000"])) }
            // An organisation's own setting is not the regulation's words: quoting an article
            // beside it would present its numbers as the article's.
            if c.source == .local && !c.quote.isEmpty { found.append(RulebookProblem("local_quote", at: at + ".quote")) }
            if !c.text.isComplete { found.append(RulebookProblem("text_incomplete", at: at + ".text")) }
            let once: String? =
                switch c.rule {
                case .attendance, .leave, .delegation, .noShow, .loan: c.rule.kind
                case .fine(let f): "fine." + f.trigger.rawValue
                default: nil
                }
            if let once {
                if let first = singular[once] {
                    found.append(RulebookProblem("duplicate_rule", at: at, ["kind": once, "first": clauses[first].id]))
                } else {
                    singular[once] = i
                }
            }
            found += ruleProblems(c.rule, at: at + "." + c.rule.kind)
        }
        return found
    }

    private func ruleProblems(_ rule: ClauseRule, at: String) -> [RulebookProblem] {
        var found: [RulebookProblem] = []
        func range(_ d: RuleDuration?, _ field: String, _ max: Int) {
            guard let d, d.minutes > max else { return }
            found.append(
                RulebookProblem(
                    "out_of_range", at: at + "." + field, ["min": "0min", "max": RuleDuration(minutes: max).description]))
        }
        func penalty(_ p: Penalty?, _ field: String) {
            switch p {
            case .fixed(let fen) where fen.value <= 0 || fen.value > 10_000_000:
                found.append(RulebookProblem("out_of_range", at: at + "." + field, ["min": "0.01 yuan", "max": "100000 yuan"]))
            case .daysOfWage(let days) where !(1...60).contains(days):
                found.append(RulebookProblem("out_of_range", at: at + ".days_of_wage", ["min": "1", "max": "60"]))
            default: break
            }
        }
        switch rule {
        case .attendance(let a):
            range(a.checkInOpensBefore, "check_in_opens_before", 1440)
            range(a.lateAfter, "late_after", 240)
            range(a.earlyLeaveBeforeEnd, "early_leave_before_end", 240)
            range(a.closesAfterEnd, "closes_after_end", 1440)
        case .leave(let l):
            range(l.minimumNotice, "minimum_notice", 30 * 1440)
            if let chain = l.approval { found += reference(chain, at: at + ".approval", chainFor: .leave) }
        case .delegation(let d):
            range(d.minimumNotice, "minimum_notice", 30 * 1440)
        case .fine(let f):
            penalty(f.penalty, "amount")
        case .offence(let o):
            penalty(o.penalty, "amount")
            if o.recordedBy.isEmpty { found.append(RulebookProblem("empty_list", at: at + ".recorded_by")) }
        case .escalation(let e):
            found += fineReference(e.counts, at: at + ".counts")
            found += fineReference(e.countsAs, at: at + ".counts_as")
            if !(2...100).contains(e.every) {
                found.append(RulebookProblem("out_of_range", at: at + ".every", ["min": "2", "max": "100"]))
            }
            if e.counts == e.countsAs { found.append(RulebookProblem("escalation_loop", at: at + ".counts_as")) }
        case .approvalChain(let c):
            range(c.longerThan, "longer_than", 365 * 1440)
            if c.steps.isEmpty || c.steps.count > 10 {
                found.append(RulebookProblem("out_of_range", at: at + ".steps", ["min": "1", "max": "10"]))
            }
            for (i, s) in c.steps.enumerated() where s.approvers.isEmpty || s.approvers.count > 20 {
                found.append(RulebookProblem("empty_list", at: at + ".steps[\(i)]"))
            }
        case .noShow(let n):
            range(n.releaseAfterStart, "release_after_start", 240)
            if let f = n.flagSeriesAfter, !(1...100).contains(f) {
                found.append(RulebookProblem("out_of_range", at: at + ".flag_series_after", ["min": "1", "max": "100"]))
            }
        case .cadence(let c):
            if c.meetingType.isEmpty || c.meetingType.count > 64 {
                found.append(RulebookProblem("bad_identifier", at: at + ".meeting_type", ["value": c.meetingType]))
            }
            if !(0...1000).contains(c.atLeast) {
                found.append(RulebookProblem("out_of_range", at: at + ".at_least", ["min": "0", "max": "1000"]))
            }
            if let most = c.atMost, most < max(c.atLeast, 1) || most > 1000 {
                found.append(RulebookProblem("at_most_below_at_least", at: at + ".at_most"))
            }
        case .loan(let l):
            if l.period.minutes < 60 || l.period.minutes > 365 * 1440 {
                found.append(RulebookProblem("out_of_range", at: at + ".period", ["min": "1h", "max": "365d"]))
            }
        case .note:
            break
        }
        return found
    }

    private func reference(_ id: String, at: String, chainFor subject: ApprovalChainRule.Subject) -> [RulebookProblem] {
        guard let target = clause(id) else { return [RulebookProblem("unknown_clause", at: at, ["id": id])] }
        guard case .approvalChain(let c) = target.rule, c.subject == subject else {
            return [RulebookProblem("wrong_clause_kind", at: at, ["id": id, "expected": "approval_chain (\(subject.rawValue))"])]
        }
        return []
    }

    private func fineReference(_ id: String, at: String) -> [RulebookProblem] {
        guard let target = clause(id) else { return [RulebookProblem("unknown_clause", at: at, ["id": id])] }
        guard case .fine = target.rule else {
            return [RulebookProblem("wrong_clause_kind", at: at, ["id": id, "expected": "fine"])]
        }
        return []
    }

    /// Letters, digits and `._-`, 1 to `max` characters.
    static func isIdentifier(_ s: String, max: Int) -> Bool {
        !s.isEmpty && s.count <= max && s.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
    }
}
