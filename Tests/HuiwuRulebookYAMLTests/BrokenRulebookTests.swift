import HuiwuCore
import HuiwuRulebookYAML
import Testing

/// A broken document is refused whole, each problem at its line and column (X3).
@Suite("Broken rulebooks: refused whole, every problem at its line and column (X3)")
struct BrokenRulebookTests {
    /// A valid document; each case edits it.
    static let base = """
        rulebook: test-book
        title: {zh-Hans: 测试, zh-Hant: 測試, en: Test}
        version: 2
        effective: 2027-01-01
        clauses:
          - id: T-leave
            cite: T §1
            quote: 有事須在會議開始前一小時請假
            text: {zh-Hans: 请假, zh-Hant: 請假, en: Leave}
            leave: {minimum_notice: 60min, approval: T-chain}
          - id: T-chain
            cite: T §1
            text: {zh-Hans: 审批, zh-Hant: 審批, en: Approval}
            approval_chain:
              for: leave
              steps:
                - any_of: [department_head]
          - id: T-late
            cite: T §2
            text: {zh-Hans: 迟到, zh-Hant: 遲到, en: Late}
            fine: {for: late, amount: 20 yuan}
        """

    static func refusal(_ yaml: String) -> [RulebookProblem] {
        do throws(RulebookRefusal) {
            _ = try RulebookDocument.load(yaml)
            return []
        } catch {
            return error.problems
        }
    }

    static func replacing(_ old: String, _ new: String) -> String {
        precondition(base.contains(old), old)
        return base.replacingOccurrences(of: old, with: new)
    }

    @Test("the base document loads")
    func baseLoads() throws {
        let book = try RulebookDocument.load(Self.base)
        #expect(book.clauses.count == 3)
        #expect(book.chain("T-chain")?.rule.steps.first?.approvers == [.departmentHead])
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var old: String
        var new: String
        var code: String
        var line: Int
        var column: Int?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "unknown top-level key", old: "version: 2", new: "version: 2\nauthor: me", code: "unknown_key", line: 4,
            column: 1),
        Case(
            name: "unknown key in a rule", old: "amount: 20 yuan}", new: "amount: 20 yuan, fee: 1}", code: "unknown_key",
            line: 21, column: 40),
        Case(
            name: "version not an integer", old: "version: 2", new: "version: two", code: "expected_integer", line: 3, column: 10),
        Case(name: "version quoted", old: "version: 2", new: "version: \"2\"", code: "expected_integer", line: 3, column: 10),
        Case(
            name: "impossible date", old: "effective: 2027-01-01", new: "effective: 2027-02-30", code: "bad_date", line: 4,
            column: 12),
        Case(
            name: "duration without a unit", old: "minimum_notice: 60min", new: "minimum_notice: 60", code: "bad_duration",
            line: 10, column: 29),
        Case(name: "amount without a unit", old: "amount: 20 yuan", new: "amount: 20", code: "bad_amount", line: 21, column: 31),
        Case(
            name: "amount with three decimals", old: "amount: 20 yuan", new: "amount: 20.005 yuan", code: "bad_amount", line: 21,
            column: 31),
        Case(name: "zero amount", old: "amount: 20 yuan", new: "amount: 0 yuan", code: "out_of_range", line: 21, column: 31),
        Case(name: "unknown fine trigger", old: "for: late", new: "for: tardy", code: "bad_choice", line: 21, column: 17),
        Case(
            name: "missing text language", old: "{zh-Hans: 迟到, zh-Hant: 遲到, en: Late}", new: "{zh-Hans: 迟到, en: Late}",
            code: "missing_key", line: 20, column: 11),
        Case(
            name: "duplicate clause id", old: "- id: T-late", new: "- id: T-leave", code: "duplicate_clause", line: 18, column: 9),
        Case(
            name: "duplicate key", old: "    cite: T §2", new: "    cite: T §2\n    cite: T §3", code: "duplicate_key", line: 19,
            column: 5),
        Case(
            name: "approval names no clause", old: "approval: T-chain", new: "approval: T-nothing", code: "unknown_clause",
            line: 10, column: 46),
        Case(
            name: "approval names a fine", old: "approval: T-chain", new: "approval: T-late", code: "wrong_clause_kind", line: 10,
            column: 46),
        Case(
            name: "clause with two rules", old: "fine: {for: late, amount: 20 yuan}",
            new: "fine: {for: late, amount: 20 yuan}\n    note: true", code: "several_rules", line: 22, column: nil),
        Case(
            name: "clause with no rule", old: "    fine: {for: late, amount: 20 yuan}", new: "", code: "missing_rule", line: 18,
            column: 5),
        Case(name: "unknown approver", old: "[department_head]", new: "[the_boss]", code: "bad_approver", line: 17, column: 20),
        Case(name: "unknown role", old: "[department_head]", new: "[{role: emperor}]", code: "bad_choice", line: 17, column: 27),
        Case(
            name: "step with both modes", old: "- any_of: [department_head]", new: "- {any_of: [organiser], all_of: [organiser]}",
            code: "step_mode", line: 17, column: 11),
        Case(name: "YAML syntax error", old: "cite: T §2", new: "cite: [T §2", code: "yaml_syntax", line: 20, column: 9),
        Case(name: "tab indentation", old: "    cite: T §2", new: "\tcite: T §2", code: "yaml_syntax", line: 19, column: 1),
        Case(
            name: "a second fine for lateness", old: "fine: {for: late, amount: 20 yuan}",
            new:
                "fine: {for: late, amount: 20 yuan}\n  - id: T-late2\n    cite: T §2\n    text: {zh-Hans: 迟到, zh-Hant: 遲到, en: Late}\n    fine: {for: late, amount: 30 yuan}",
            code: "duplicate_rule", line: 22, column: 5),
        Case(name: "clauses not a list", old: "clauses:", new: "clauses: none\nx:", code: "expected_list", line: 5, column: 10),
    ]

    @Test("each broken document gives its problem at its place", arguments: cases)
    func brokenDocumentNamesItsProblem(_ c: Case) {
        let problems = Self.refusal(Self.replacing(c.old, c.new))
        let match = problems.first { $0.code == c.code }
        #expect(match != nil, "\(c.name): got \(problems.map { "\($0.code)@\($0.line ?? 0):\($0.column ?? 0)" })")
        #expect(match?.line == c.line, "\(c.name): \(problems)")
        if let column = c.column { #expect(match?.column == column, "\(c.name): \(problems)") }
    }

    @Test("several problems are all reported, in document order")
    func everyProblemIsReportedInOrder() {
        let yaml = Self.replacing("version: 2", "version: x").replacingOccurrences(of: "amount: 20 yuan", with: "amount: 20")
        let problems = Self.refusal(yaml)
        #expect(problems.map(\.code) == ["expected_integer", "bad_amount"])
        #expect(problems.map(\.line) == [3, 21])
    }

    @Test("an empty document and a document that is not a mapping are refused")
    func emptyAndScalarDocumentsAreRefused() {
        #expect(Self.refusal("").map(\.code) == ["empty_document"])
        #expect(Self.refusal("just words").map(\.code) == ["expected_mapping"])
    }

    @Test("amounts are exact fen, never floating point")
    func amountsAreExactFen() {
        #expect(Fen(parsing: "10 yuan") == Fen(1000))
        #expect(Fen(parsing: "10.5 yuan") == Fen(1050))
        #expect(Fen(parsing: "0.01 yuan") == Fen(1))
        #expect(Fen(parsing: "10元") == Fen(1000))
        #expect(Fen(parsing: "¥12.34") == Fen(1234))
        #expect(Fen(parsing: "1000 fen") == Fen(1000))
        for bad in ["10", "10.123 yuan", "1e3 yuan", "-5 yuan", "10.5 fen", "yuan", " . yuan"] {
            #expect(Fen(parsing: bad) == nil, "\(bad)")
        }
        #expect(Fen(-1050).yuanText == "-10.50")
    }
}
