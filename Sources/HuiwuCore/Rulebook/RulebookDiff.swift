/// What a new rulebook version changes against the one in force (X3): clauses added,
/// removed and changed by id, and the documents' lines side by side.
public struct RulebookDiff: Sendable, Equatable {
    public var added: [String]
    public var removed: [String]
    public var changed: [String]
    public var lines: [LineDiff.Line]

    public init(from old: Rulebook?, oldSource: String, to new: Rulebook, newSource: String) {
        let before = Dictionary((old?.clauses ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Set(new.clauses.map(\.id))
        added = new.clauses.map(\.id).filter { before[$0] == nil }
        removed = (old?.clauses ?? []).map(\.id).filter { !after.contains($0) }
        changed = new.clauses.filter { c in before[c.id].map { $0 != c } ?? false }.map(\.id)
        lines = LineDiff.compare(oldSource, newSource)
    }

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
}

/// A line diff (longest common subsequence): each line kept, removed or added, with its
/// number in the old and new text.
public enum LineDiff {
    public enum Change: String, Sendable {
        case kept, removed, added
    }

    public struct Line: Sendable, Equatable {
        public var change: Change
        public var oldNumber: Int?
        public var newNumber: Int?
        public var text: String
    }

    public static func compare(_ old: String, _ new: String) -> [Line] {
        let a = lines(old)
        let b = lines(new)
        // Common head and tail first: most versions change a few lines of a long document.
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let x = Array(a[head..<(a.count - tail)])
        let y = Array(b[head..<(b.count - tail)])
        var out: [Line] = (0..<head).map { Line(change: .kept, oldNumber: $0 + 1, newNumber: $0 + 1, text: a[$0]) }
        if x.count * y.count > 4_000_000 {
            // Two long, wholly different documents: show the old middle removed, the new added.
            out += x.enumerated().map {
                Line(change: .removed, oldNumber: head + $0.offset + 1, newNumber: nil, text: $0.element)
            }
            out += y.enumerated().map { Line(change: .added, oldNumber: nil, newNumber: head + $0.offset + 1, text: $0.element) }
            return out + tailLines(a, b, tail)
        }
        // lcs[i][j]: length of the LCS of x[i...] and y[j...].
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                lcs[i][j] = x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var i = 0
        var j = 0
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, x[i] == y[j] {
                out.append(Line(change: .kept, oldNumber: head + i + 1, newNumber: head + j + 1, text: x[i]))
                i += 1
                j += 1
            } else if j < y.count, i == x.count || lcs[i][j + 1] >= lcs[i + 1][j] {
                out.append(Line(change: .added, oldNumber: nil, newNumber: head + j + 1, text: y[j]))
                j += 1
            } else {
                out.append(Line(change: .removed, oldNumber: head + i + 1, newNumber: nil, text: x[i]))
                i += 1
            }
        }
        return out + tailLines(a, b, tail)
    }

    static func tailLines(_ a: [String], _ b: [String], _ tail: Int) -> [Line] {
        (0..<tail).map { k in
            let oi = a.count - tail + k
            return Line(change: .kept, oldNumber: oi + 1, newNumber: b.count - tail + k + 1, text: a[oi])
        }
    }

    /// A text's lines (a final newline ends the last line, it does not start another).
    public static func lines(_ text: String) -> [String] { TextLines.lines(text) }
}
