import HuiwuCore
import Vapor

/// A clause as a page shows it (X3): cite, meaning and original words, and its
/// parameters labelled in the reader's language. A local clause (the organisation's own
/// setting) is labelled so beside the article it serves and has no original words.
struct ClauseRow: Encodable {
    struct Parameter: Encodable {
        var label: String
        var value: String
    }

    var id: String
    var cite: String
    var text: String
    var quote: String
    var local: Bool
    var kindLabel: String
    var parameters: [Parameter]

    init(_ c: Clause, req: Request) {
        id = c.id
        cite = c.cite
        text = c.text.text(req.uiLocale.rawValue)
        local = c.source == .local
        quote = local ? "" : c.quote
        kindLabel = req.t("rule_kind_" + c.rule.kind)
        parameters = c.rule.parameters.map { name, value in
            Parameter(label: req.t("rule_param_" + name), value: Self.show(name, value, req: req))
        }
    }

    static func show(_ name: String, _ value: ClauseParameter, req: Request) -> String {
        func choice(_ v: String) -> String {
            let key = "rule_value_" + v
            return req.huiwu.catalogs.table(req.uiLocale)[key] == nil ? v : req.t(key)
        }
        switch value {
        case .text(let t):
            switch name {
            case "amount": return req.t("ui_amount_yuan", ["amount": t])
            case "days_of_wage": return req.t("ui_duration_days", ["n": t])
            default: return t
            }
        case .duration(let d): return req.duration(d)
        case .choice(let v): return choice(v)
        case .choices(let list): return list.map(choice).joined(separator: req.t("ui_list_separator"))
        case .flag(let b): return req.t(b ? "rule_value_true" : "rule_value_false")
        case .steps(let steps):
            return steps.enumerated().map { i, step in
                let who = step.approvers.map { approver($0, req: req) }
                return req.t(
                    "rule_step_" + step.mode.rawValue,
                    ["n": String(i + 1), "who": who.joined(separator: req.t("ui_list_separator"))])
            }.joined(separator: " → ")
        }
    }

    static func approver(_ a: ApprovalChainRule.Approver, req: Request) -> String {
        switch a {
        case .departmentHead: req.t("rule_value_department_head")
        case .organiser: req.t("rule_value_organiser")
        case .role(let r): req.t("ui_role_" + r.rawValue)
        case .position(let p): req.t("rule_value_position", ["position": p])
        case .person(let u): u
        }
    }
}

extension Clause {
    /// Where a clause stands, as a page or notice names it beside the clause's words: a local
    /// clause reads "A1 四（本单位规定）", the organisation's setting beside the article it
    /// serves, never as that article (X3).
    func shownCite(_ req: Request) -> String {
        source == .local ? req.t("ui_rulebook_cite_local", ["cite": cite]) : cite
    }

    /// Where it stands and what it says, in the reader's language: how a decision shows its clause.
    func shownWords(_ req: Request) -> String {
        shownCite(req) + " " + text.text(req.uiLocale.rawValue)
    }
}
