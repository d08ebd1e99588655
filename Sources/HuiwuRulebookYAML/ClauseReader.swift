import HuiwuCore
import Yams

/// One clause as far as it could be read: the parts that read whole, and whether all did.
struct ClauseParts {
    var id: String?
    var cite: String?
    var quote: String?
    var text: LocalizedText?
    var source: Clause.Source?
    var rule: ClauseRule?

    var clause: Clause? {
        guard let id, let cite, let text, let rule, let source else { return nil }
        return Clause(id: id, cite: cite, quote: quote ?? "", text: text, rule: rule, source: source)
    }
}

/// Reads one clause: `id`, `cite`, `quote`, `text`, `source` and exactly one rule key.
enum ClauseReader {
    static func read(_ node: Node, path: String, log: ProblemLog) -> ClauseParts {
        guard var m = MappingReader(node, path: path, log: log) else { return ClauseParts() }
        var parts = ClauseParts()
        parts.id = m.string("id", required: true)
        parts.cite = m.string("cite", required: true)
        parts.quote = m.has("quote") ? m.string("quote") : ""
        parts.text = m.text("text")
        parts.source = m.has("source") ? m.choice("source", Clause.Source.self) : .article
        let kinds = m.keys.filter { ClauseRule.kinds.contains($0) }
        if kinds.isEmpty {
            log.add("missing_rule", at: path, node, ["allowed": ClauseRule.kinds.joined(separator: ", ")])
        } else if kinds.count > 1 {
            log.add("several_rules", at: m.sub(kinds[1]), nil, ["kinds": kinds.joined(separator: ", ")])
        }
        for kind in ClauseRule.kinds {
            guard let v = m.value(kind) else { continue }
            let r = RuleReaders.read(kind: kind, v, path: m.sub(kind), log: log)
            if kind == kinds.first && kinds.count == 1 { parts.rule = r }
        }
        m.finish()
        return parts
    }
}
