import Foundation
import HuiwuCore
import HuiwuRulebookYAML

/// A seed regulation shipped as a rulebook (X3): `A1` … `A5`, its document and what it says.
public struct RulebookTemplate: Sendable {
    public var name: String
    public var source: String
    public var rulebook: Rulebook
}

enum RulebookTemplates {
    struct Broken: Error, CustomStringConvertible {
        var name: String
        var problems: [RulebookProblem]
        var description: String {
            "shipped rulebook \(name): "
                + problems.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.code) \($0.parameters)" }.joined(separator: "; ")
        }
    }

    /// The shipped rulebooks in `folder` (`A1.yaml` …), by name; a shipped one that does not load stops start-up.
    static func load(from folder: String) throws -> [RulebookTemplate] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
        return try names.map { file in
            let name = String(file.dropLast(5))
            let source = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            let book: Rulebook
            do throws(RulebookRefusal) { book = try RulebookDocument.load(source) } catch {
                throw Broken(name: name, problems: error.problems)
            }
            return RulebookTemplate(name: name, source: source, rulebook: book)
        }
    }

    /// A template's document renumbered to follow `newest` and taking effect on `effective`, so
    /// an organisation that already has versions can adopt it as its next one.
    static func renumbered(_ source: String, version: Int, effective: CivilDate) -> String {
        TextLines.split(source).map { line in
            if line.hasPrefix("version:") { return "version: \(version)" }
            if line.hasPrefix("effective:") { return "effective: \(effective)" }
            return String(line)
        }.joined(separator: "\n")
    }
}
