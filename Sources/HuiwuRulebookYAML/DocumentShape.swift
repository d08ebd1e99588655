// libyaml as Yams bundles it. `CYaml` is Yams's internal C target, not a product, so Package.swift
// cannot declare it; it is imported in this file only. Yams keeps its event stream private, and
// the checks below must run on events, before Yams builds a tree.
import CYaml
import HuiwuCore

/// What a rulebook document may be made of, checked on libyaml's event stream before Yams
/// composes it (X3): building the tree is where an upload could cost without limit.
///
/// - An alias (`*a`) stands for the whole node it names, and Yams hashes every mapping key in
///   full to find duplicates; nested aliases make a 500-byte document stand for 10⁸ nodes. Every
///   node counts as often as aliases repeat it, and a document standing for more than
///   `maximumNodes` is refused at the alias that crosses the bound. The bound is a count, so the
///   answer is the same on every machine and under any load.
/// - A mapping key is plain text: not an alias, list or mapping (the reader would refuse such a
///   key anyway, after Yams had hashed it).
/// - Nesting is at most `maximumDepth` deep (a rulebook needs eight levels).
/// - No explicit tags (`!!str`, `!!python/name:…`, `!x`): the reader's schema fixes every value's
///   type, and a tag would only make a value read as something other than it looks.
///
/// Syntax errors are left to Yams, which reports them with its own words: every event before
/// the error passed these checks, so composing up to it is bounded too.
enum DocumentShape {
    /// Nodes a document may stand for with its aliases expanded. A rulebook of a few hundred
    /// clauses is about 10,000.
    static let maximumNodes = 100_000
    static let maximumDepth = 32

    /// The first problem, or nil when the document may be composed. `tags`: let explicit tags
    /// through (a stored version adopted before they were refused).
    static func problem(in yaml: String, tags: Bool = false) -> RulebookProblem? {
        guard !yaml.utf8.isEmpty else { return nil }
        // A native string's bytes are read in place; any other is copied once.
        if let scanned = yaml.utf8.withContiguousStorageIfAvailable({ scan($0, tags: tags) }) { return scanned }
        return Array(yaml.utf8).withUnsafeBufferPointer { scan($0, tags: tags) }
    }

    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>, tags: Bool) -> RulebookProblem? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        var scan = Scan(tags: tags)
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            defer { yaml_event_delete(&event) }
            switch scan.next(&event) {
            case .goOn: continue
            case .done: return nil
            case .refuse(let p): return p
            }
        }
        return nil
    }

    private enum Step {
        case goOn, done
        case refuse(RulebookProblem)
    }

    /// The state of one pass over the events of the first document.
    private struct Scan {
        struct Open {
            var anchor: String?
            /// `nodes` before this collection started.
            var before: Int
            var isMapping: Bool
            /// In a mapping: whether the next node is a key.
            var atKey: Bool
        }

        let tags: Bool
        var nodes = 0
        var open: [Open] = []
        /// Expanded size of each anchored node (a later anchor of the same name replaces it).
        var sizes: [String: Int] = [:]

        mutating func next(_ event: inout yaml_event_t) -> Step {
            let mark = (line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            func refuse(_ problem: RulebookProblem) -> Step {
                var p = problem
                p.line = mark.line
                p.column = mark.column
                return .refuse(p)
            }
            switch event.type {
            case YAML_DOCUMENT_END_EVENT, YAML_STREAM_END_EVENT:
                // A second document is Yams's to refuse; it is never composed.
                return .done
            case YAML_ALIAS_EVENT:
                let name = Self.text(event.data.alias.anchor) ?? ""
                if open.last?.isMapping == true && open.last?.atKey == true {
                    return refuse(RulebookProblem("alias_key", at: "", ["alias": name]))
                }
                // An unknown alias counts one; Yams refuses it as it composes.
                nodes += sizes[name] ?? 1
                if nodes > DocumentShape.maximumNodes {
                    return refuse(
                        RulebookProblem("alias_expansion", at: "", ["alias": name, "max": String(DocumentShape.maximumNodes)]))
                }
                placed()
            case YAML_SCALAR_EVENT:
                if !tags, let tag = Self.text(event.data.scalar.tag) {
                    return refuse(RulebookProblem("tag_not_allowed", at: "", ["tag": tag]))
                }
                nodes += 1
                if let anchor = Self.text(event.data.scalar.anchor) { sizes[anchor] = 1 }
                if nodes > DocumentShape.maximumNodes {
                    return refuse(RulebookProblem("too_many_nodes", at: "", ["max": String(DocumentShape.maximumNodes)]))
                }
                placed()
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let mapping = event.type == YAML_MAPPING_START_EVENT
                let tag = mapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
                if !tags, let tag = Self.text(tag) { return refuse(RulebookProblem("tag_not_allowed", at: "", ["tag": tag])) }
                if open.last?.isMapping == true && open.last?.atKey == true { return refuse(RulebookProblem("bad_key", at: "")) }
                if open.count >= DocumentShape.maximumDepth {
                    return refuse(RulebookProblem("too_deep", at: "", ["max": String(DocumentShape.maximumDepth)]))
                }
                let anchor = Self.text(mapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                open.append(Open(anchor: anchor, before: nodes, isMapping: mapping, atKey: true))
                nodes += 1
                if nodes > DocumentShape.maximumNodes {
                    return refuse(RulebookProblem("too_many_nodes", at: "", ["max": String(DocumentShape.maximumNodes)]))
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = open.popLast() else { return .goOn }
                if let anchor = closed.anchor { sizes[anchor] = nodes - closed.before }
                placed()
            default:
                break
            }
            return .goOn
        }

        /// A node ended: in a mapping, keys and values alternate.
        private mutating func placed() {
            guard let last = open.indices.last, open[last].isMapping else { return }
            open[last].atKey.toggle()
        }

        static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            guard let pointer else { return nil }
            return String(cString: pointer)
        }
    }
}
