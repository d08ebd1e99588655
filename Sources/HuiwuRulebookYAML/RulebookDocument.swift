import HuiwuCore
import Yams

/// A rulebook's YAML document (X3): read strictly, checked whole. Either every clause loads or
/// the document is refused with every problem, each with its line and column.
public enum RulebookDocument {
    /// Documents larger than this are refused before parsing (a rulebook is a few hundred clauses).
    public static let maximumBytes = 1_000_000

    public static func load(_ yaml: String) throws(RulebookRefusal) -> Rulebook {
        let log = ProblemLog()
        guard yaml.utf8.count <= maximumBytes else {
            throw RulebookRefusal([RulebookProblem("too_large", at: "", ["max": "\(maximumBytes)"])])
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw RulebookRefusal([RulebookProblem("empty_document", at: "", line: 1, column: 1)])
            }
            root = node
        } catch let refusal as RulebookRefusal {
            throw refusal
        } catch let error as YamlError {
            throw RulebookRefusal([syntax(error)])
        } catch {
            throw RulebookRefusal([RulebookProblem("yaml_syntax", at: "", line: 1, column: 1, ["problem": "\(error)"])])
        }
        let book = read(root, log: log)
        if let book, log.problems.isEmpty {
            for p in book.problems() { log.add(p) }
        }
        guard let book, log.problems.isEmpty else { throw RulebookRefusal(log.sorted) }
        return book
    }

    static func read(_ root: Node, log: ProblemLog) -> Rulebook? {
        guard var m = MappingReader(root, path: "", log: log) else { return nil }
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
        var clauses: [Clause] = []
        var complete = true
        if let nodes = m.sequence("clauses", required: true) {
            for (i, node) in nodes.enumerated() {
                if let c = ClauseReader.read(node, path: "clauses[\(i)]", log: log) {
                    clauses.append(c)
                } else {
                    complete = false
                }
            }
        } else {
            complete = false
        }
        m.finish()
        guard let key, let title, let version, let effective, complete else { return nil }
        return Rulebook(key: key, title: title, version: version, effective: effective, clauses: clauses)
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
        guard let root = try? Yams.compose(yaml: yaml), case .mapping(let m) = root else { return nil }
        guard let mark = m[key]?.mark else { return nil }
        return (mark.line, mark.column)
    }
}
