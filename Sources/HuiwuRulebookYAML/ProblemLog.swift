import HuiwuCore
import Yams

/// Problems found while reading one document, and where each visited path is in it, so that
/// problems the model's own checks find by path get a line and column too.
final class ProblemLog {
    private(set) var problems: [RulebookProblem] = []
    private var marks: [String: Mark] = [:]

    func visit(_ path: String, _ node: Node) {
        if let mark = node.mark, marks[path] == nil { marks[path] = mark }
    }

    func add(_ code: String, at path: String, _ node: Node?, _ parameters: [String: String] = [:]) {
        let mark = node?.mark ?? mark(for: path)
        problems.append(RulebookProblem(code, at: path, line: mark?.line, column: mark?.column, parameters))
    }

    /// A problem found by path alone: placed at the nearest visited path (`a.b[2].c` → `a.b[2]` → `a`).
    func add(_ problem: RulebookProblem) {
        var p = problem
        if let mark = mark(for: problem.path) {
            p.line = mark.line
            p.column = mark.column
        }
        problems.append(p)
    }

    private func mark(for path: String) -> Mark? {
        var path = path
        while !path.isEmpty {
            if let m = marks[path] { return m }
            guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            path = String(path[..<cut])
        }
        return marks[""]
    }

    /// In document order, so a reader fixes them top to bottom.
    var sorted: [RulebookProblem] {
        problems.enumerated().sorted { a, b in
            let x = (a.element.line ?? Int.max, a.element.column ?? Int.max, a.offset)
            let y = (b.element.line ?? Int.max, b.element.column ?? Int.max, b.offset)
            return x < y
        }.map(\.element)
    }
}
