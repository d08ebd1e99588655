import HuiwuCore
import Yams

/// `approval_chain: {for: leave, longer_than: 1d, steps: [{any_of: [...]}, {all_of: [...]}], fallback: [...]}`;
/// an approver is `department_head`, `organiser`, `{role: room_office}`, `{position: 总经理}` or
/// `{person: wangfang}`.
enum ApprovalChainReader {
    static func read(_ m: inout MappingReader, log: ProblemLog) -> ClauseRule? {
        let subject = m.choice("for", ApprovalChainRule.Subject.self, required: true)
        let longer = m.duration("longer_than")
        guard let stepNodes = m.sequence("steps", required: true) else { return nil }
        var steps: [ApprovalChainRule.Step] = []
        var ok = true
        for (i, node) in stepNodes.enumerated() {
            if let s = step(node, path: m.sub("steps") + "[\(i)]", log: log) { steps.append(s) } else { ok = false }
        }
        var fallback: [ApprovalChainRule.Approver] = []
        if let nodes = m.sequence("fallback") {
            for (i, node) in nodes.enumerated() {
                if let a = approver(node, path: m.sub("fallback") + "[\(i)]", log: log) { fallback.append(a) } else { ok = false }
            }
        }
        guard let subject, ok else { return nil }
        return .approvalChain(ApprovalChainRule(subject: subject, longerThan: longer, steps: steps, fallback: fallback))
    }

    static func step(_ node: Node, path: String, log: ProblemLog) -> ApprovalChainRule.Step? {
        guard var m = MappingReader(node, path: path, log: log) else { return nil }
        defer { m.finish() }
        let modes = m.keys.compactMap(ApprovalChainRule.Mode.init(rawValue:))
        guard modes.count == 1, let mode = modes.first else {
            log.add("step_mode", at: path, node)
            _ = m.value("all_of")
            _ = m.value("any_of")
            return nil
        }
        guard let items = m.sequence(mode.rawValue, required: true) else { return nil }
        var approvers: [ApprovalChainRule.Approver] = []
        for (i, item) in items.enumerated() {
            guard let a = approver(item, path: m.sub(mode.rawValue) + "[\(i)]", log: log) else { return nil }
            approvers.append(a)
        }
        return ApprovalChainRule.Step(mode: mode, approvers: approvers)
    }

    static func approver(_ node: Node, path: String, log: ProblemLog) -> ApprovalChainRule.Approver? {
        log.visit(path, node)
        if case .scalar(let s) = node {
            switch s.string {
            case "department_head": return .departmentHead
            case "organiser": return .organiser
            default:
                log.add("bad_approver", at: path, node, ["value": s.string])
                return nil
            }
        }
        guard var m = MappingReader(node, path: path, log: log) else { return nil }
        defer { m.finish() }
        let given = m.keys.filter { ["role", "position", "person"].contains($0) }
        guard given.count == 1 else {
            log.add("bad_approver", at: path, node, ["value": m.keys.joined(separator: ", ")])
            for k in ["role", "position", "person"] { _ = m.value(k) }
            return nil
        }
        switch given[0] {
        case "role":
            return m.choice("role", Role.self).map { .role($0) }
        case "position":
            guard let p = m.string("position"), !p.trimmedWhitespace.isEmpty else { return nil }
            return .position(p)
        default:
            guard let u = m.string("person"), !u.isEmpty else { return nil }
            return .person(username: u)
        }
    }
}
