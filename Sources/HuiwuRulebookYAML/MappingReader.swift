import HuiwuCore
import Yams

/// Reads one YAML mapping strictly: each field once, of its type; at `finish()` every key not
/// asked for is an unknown key. A wrong value is logged and read as absent, so reading goes on
/// and one pass finds every problem.
struct MappingReader {
    let node: Node
    let path: String
    let log: ProblemLog
    private var pairs: [(key: String, keyNode: Node, value: Node)] = []
    private var used: Set<String> = []

    /// nil (and a logged problem) when `node` is not a mapping.
    init?(_ node: Node, path: String, log: ProblemLog) {
        log.visit(path, node)
        guard case .mapping(let m) = node else {
            log.add("expected_mapping", at: path, node)
            return nil
        }
        self.node = node
        self.path = path
        self.log = log
        // Yams refuses a mapping with a key twice before this runs (RulebookDocument.syntax).
        for (k, v) in m {
            guard case .scalar(let s) = k else {
                log.add("bad_key", at: path, k)
                continue
            }
            pairs.append((s.string, k, v))
            log.visit(sub(s.string), v)
        }
    }

    func sub(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    var keys: [String] { pairs.map(\.key) }

    func has(_ key: String) -> Bool { pairs.contains { $0.key == key } }

    mutating func value(_ key: String, required: Bool = false) -> Node? {
        used.insert(key)
        if let p = pairs.first(where: { $0.key == key }) { return p.value }
        if required { log.add("missing_key", at: sub(key), node, ["key": key]) }
        return nil
    }

    /// Any scalar, as its text (a number where a name is expected is read as that name).
    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let v = value(key, required: required) else { return nil }
        guard case .scalar(let s) = v else {
            log.add("expected_text", at: sub(key), v, ["key": key])
            return nil
        }
        return s.string
    }

    /// A plain decimal integer (not `"3"`, not `3.0`, not `0x3`).
    mutating func int(_ key: String, required: Bool = false) -> Int? {
        guard let v = value(key, required: required) else { return nil }
        guard case .scalar(let s) = v, s.style == .plain, let n = Self.integer(s.string) else {
            log.add("expected_integer", at: sub(key), v, ["key": key])
            return nil
        }
        return n
    }

    /// `true` or `false`, unquoted.
    mutating func bool(_ key: String) -> Bool? {
        guard let v = value(key) else { return nil }
        guard case .scalar(let s) = v, s.style == .plain, s.string == "true" || s.string == "false" else {
            log.add("expected_boolean", at: sub(key), v, ["key": key])
            return nil
        }
        return s.string == "true"
    }

    mutating func duration(_ key: String, required: Bool = false) -> RuleDuration? {
        guard let text = string(key, required: required) else { return nil }
        guard let d = RuleDuration(parsing: text) else {
            log.add("bad_duration", at: sub(key), value(key), ["key": key, "value": text])
            return nil
        }
        return d
    }

    mutating func money(_ key: String) -> Fen? {
        guard let text = string(key) else { return nil }
        guard let fen = Fen(parsing: text) else {
            log.add("bad_amount", at: sub(key), value(key), ["key": key, "value": text])
            return nil
        }
        return fen
    }

    mutating func choice<E: RawRepresentable & CaseIterable>(_ key: String, _: E.Type, required: Bool = false) -> E?
    where E.RawValue == String {
        guard let text = string(key, required: required) else { return nil }
        guard let e = E(rawValue: text) else {
            log.add(
                "bad_choice", at: sub(key), value(key),
                ["key": key, "value": text, "allowed": E.allCases.map(\.rawValue).joined(separator: ", ")])
            return nil
        }
        return e
    }

    mutating func sequence(_ key: String, required: Bool = false) -> [Node]? {
        guard let v = value(key, required: required) else { return nil }
        guard case .sequence(let s) = v else {
            log.add("expected_list", at: sub(key), v, ["key": key])
            return nil
        }
        return Array(s)
    }

    /// A text in all three catalog languages.
    mutating func text(_ key: String, required: Bool = true) -> LocalizedText? {
        guard let v = value(key, required: required) else { return nil }
        guard var m = MappingReader(v, path: sub(key), log: log) else { return nil }
        let hans = m.string("zh-Hans", required: true)
        let hant = m.string("zh-Hant", required: true)
        let en = m.string("en", required: true)
        m.finish()
        guard let hans, let hant, let en else { return nil }
        return LocalizedText(zhHans: hans, zhHant: hant, en: en)
    }

    /// Every key not read is unknown.
    func finish() {
        for p in pairs where !used.contains(p.key) {
            log.add(
                "unknown_key", at: sub(p.key), p.keyNode,
                ["key": p.key, "allowed": used.sorted().joined(separator: ", ")])
        }
    }

    static func integer(_ s: String) -> Int? {
        let digits = s.hasPrefix("-") ? s.dropFirst() : Substring(s)
        guard !digits.isEmpty, digits.count <= 12, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(s)
    }
}
