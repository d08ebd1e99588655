import HuiwuCore
import Yams

/// A rulebook's YAML document (X3): read strictly, checked whole. Either every clause loads or
/// the document is refused with every problem, each with its line and column.
public enum RulebookDocument {
    /// Documents larger than this are refused before parsing (a rulebook is a few hundred clauses).
    public static let maximumBytes = 1_000_000

    /// The problems that refuse a document before it is read, for going past a bound on what
    /// reading it may cost (`DocumentShape`): such a document is not checked any further.
    public static let boundCodes: Set<String> = ["too_large", "alias_key", "alias_expansion", "too_many_nodes", "too_deep"]

    public static func load(_ yaml: String) throws(RulebookRefusal) -> Rulebook {
        try load(yaml, tags: false)
    }

    /// A version already stored, read as it was adopted: one adopted before tags were refused
    /// (where `!!str 2` read as 2) still reads, so the decisions citing it still explain
    /// themselves. Every bound on what reading costs still holds.
    public static func loadStored(_ yaml: String) throws(RulebookRefusal) -> Rulebook {
        try load(yaml, tags: true)
    }

    static func load(_ yaml: String, tags: Bool) throws(RulebookRefusal) -> Rulebook {
        let log = ProblemLog()
        let root = try compose(yaml, tags: tags)
        let reading = read(root, log: log)
        // The model's own checks run on whatever could be read, so one pass reports every
        // problem: a duplicate clause id is found even when one of the two clauses has
        // another fault. A check about a part that did not read is not reported again.
        for p in reading.book.problems() where reading.reports(p) { log.add(p) }
        guard reading.isComplete, log.problems.isEmpty else { throw RulebookRefusal(log.sorted) }
        return reading.book
    }

    /// The document's tree, once its shape is known to be bounded (`DocumentShape`).
    static func compose(_ yaml: String, tags: Bool = false) throws(RulebookRefusal) -> Node {
        guard yaml.utf8.count <= maximumBytes else {
            throw RulebookRefusal([RulebookProblem("too_large", at: "", ["max": "\(maximumBytes)"])])
        }
        if let problem = DocumentShape.problem(in: yaml, tags: tags) { throw RulebookRefusal([problem]) }
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw RulebookRefusal([RulebookProblem("empty_document", at: "", line: 1, column: 1)])
            }
            return node
        } catch let refusal as RulebookRefusal {
            throw refusal
        } catch let error as YamlError {
            throw RulebookRefusal([syntax(error)])
        } catch {
            throw RulebookRefusal([RulebookProblem("yaml_syntax", at: "", line: 1, column: 1, ["problem": "\(error)"])])
        }
    }

    /// A document read as far as it goes: the rulebook, with a stand-in wherever a part did
    /// not read (so clause positions stay those of the document), and which parts those are.
    struct Reading {
        var book: Rulebook
        /// Top-level keys whose value did not read (`rulebook`, `title`, `version`, `clauses`).
        var unreadKeys: Set<String> = []
        /// Clauses that did not read whole, by position, with the parts that did.
        var partial: [Int: ClauseParts] = [:]

        var isComplete: Bool { unreadKeys.isEmpty && partial.isEmpty }

        /// Whether a problem the model's checks found is about something that was read.
        func reports(_ p: RulebookProblem) -> Bool {
            if unreadKeys.contains(p.path) { return false }
            if ["unknown_clause", "wrong_clause_kind"].contains(p.code), let id = p.parameters["id"],
                partial.values.contains(where: { $0.id == id })
            {
                // It names a clause that is there but did not read whole.
                return false
            }
            guard p.path.hasPrefix("clauses["), let close = p.path.firstIndex(of: "]"),
                let index = Int(p.path[p.path.index(p.path.startIndex, offsetBy: 8)..<close]),
                let parts = partial[index]
            else { return true }
            let field = p.path[p.path.index(after: close)...].drop { $0 == "." }.prefix { $0 != "." && $0 != "[" }
            switch field {
            case "id": return parts.id != nil
            case "cite": return parts.cite != nil
            case "quote": return parts.quote != nil && parts.source != nil
            case "text": return parts.text != nil
            // The clause as a whole (a second rule of a singular kind), or its rule.
            default: return parts.rule != nil
            }
        }
    }

    static func read(_ root: Node, log: ProblemLog) -> Reading {
        let empty = LocalizedText(zhHans: "", zhHant: "", en: "")
        var reading = Reading(
            book: Rulebook(key: "", title: empty, version: 1, effective: CivilDate(year: 2000, month: 1, day: 1)!, clauses: []))
        guard var m = MappingReader(root, path: "", log: log) else {
            reading.unreadKeys = ["rulebook", "title", "version", "clauses"]
            return reading
        }
        let key = m.string("rulebook", required: true)
        let title = m.text("title")
        let version = m.int("version", required: true)
        var effective: CivilDate?
        if let text = m.string("effective", required: true) {
            effective = CivilDate(text)
            if effective == nil { log.add("bad_date", at: "effective", m.value("effective"), ["value": text]) }
        }
        if let currency = m.string("currency"), currency != "CNY" {
            log.add("bad_choice", at: "currency", m.value("currency"), ["key": "currency", "value": currency, "allowed": "CNY"])
        }
        if let nodes = m.sequence("clauses", required: true) {
            for (i, node) in nodes.enumerated() {
                let parts = ClauseReader.read(node, path: "clauses[\(i)]", log: log)
                if let clause = parts.clause {
                    reading.book.clauses.append(clause)
                } else {
                    reading.partial[i] = parts
                    // A stand-in with what did read; the rest cannot clash with a real clause.
                    reading.book.clauses.append(
                        Clause(
                            id: parts.id ?? "\u{0}unread-\(i)", cite: parts.cite ?? "", quote: parts.quote ?? "",
                            text: parts.text ?? empty, rule: parts.rule ?? .note, source: parts.source ?? .article))
                }
            }
        } else {
            reading.unreadKeys.insert("clauses")
        }
        m.finish()
        if let key { reading.book.key = key } else { reading.unreadKeys.insert("rulebook") }
        if let title { reading.book.title = title } else { reading.unreadKeys.insert("title") }
        if let version { reading.book.version = version } else { reading.unreadKeys.insert("version") }
        if let effective { reading.book.effective = effective } else { reading.unreadKeys.insert("effective") }
        return reading
    }

    static func syntax(_ error: YamlError) -> RulebookProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return RulebookProblem("yaml_syntax", at: "", line: mark.line, column: mark.column, ["problem": problem])
        case .duplicatedKeysInMapping(let keys, let context):
            return RulebookProblem(
                "duplicate_key", at: "", line: context.mark.line, column: context.mark.column,
                ["key": keys.joined(separator: ", ")])
        case .reader(let problem, _, _, _):
            return RulebookProblem("yaml_syntax", at: "", line: 1, column: 1, ["problem": problem])
        default:
            return RulebookProblem("yaml_syntax", at: "", line: 1, column: 1, ["problem": "\(error)"])
        }
    }
}

extension RulebookDocument {
    /// Where a top-level key's value is in a document (for problems found after loading, such
    /// as a version that is not newer than the stored ones).
    public static func position(of key: String, in yaml: String) -> (line: Int, column: Int)? {
        guard let root = try? compose(yaml, tags: true), case .mapping(let m) = root else { return nil }
        guard let mark = m[key]?.mark else { return nil }
        return (mark.line, mark.column)
    }
}
