import HuiwuCore
import Yams

/// Reads one clause: `id`, `cite`, `quote`, `text` and exactly one rule key.
enum ClauseReader {
    static func read(_ node: Node, path: String, log: ProblemLog) -> Clause? {
        guard var m = MappingReader(node, path: path, log: log) else { return nil }
        let id = m.string("id", required: true)
        let cite = m.string("cite", required: true)
        let quote = m.string("quote") ?? ""
        let text = m.text("text")
        let kinds = m.keys.filter { ClauseRule.kinds.contains($0) }
        var rule: ClauseRule?
        if kinds.isEmpty {
            log.add("missing_rule", at: path, node, ["allowed": ClauseRule.kinds.joined(separator: ", ")])
        } else if kinds.count > 1 {
            log.add("several_rules", at: m.sub(kinds[1]), nil, ["kinds": kinds.joined(separator: ", ")])
        }
        for kind in ClauseRule.kinds {
            guard let v = m.value(kind) else { continue }
            let r = RuleReaders.read(kind: kind, v, path: m.sub(kind), log: log)
            if kind == kinds.first { rule = r }
        }
        m.finish()
        guard let id, let cite, let text, let rule else { return nil }
        return Clause(id: id, cite: cite, quote: quote, text: text, rule: rule)
    }
}
