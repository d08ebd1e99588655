import Foundation
import HuiwuCore
import HuiwuRulebookYAML
import Testing

/// What an uploaded document may cost to read is bounded before Yams builds it (X3): aliases
/// may not expand past a node budget, keys are text, nesting is shallow, tags are refused. Each
/// refusal names its line and column; legitimate aliases still load.
@Suite("Rulebook documents: reading is bounded before the tree is built; tags are refused (X3)")
struct DocumentBoundsTests {
    /// Anchors nested eight deep, ten aliases each: 10⁸ nodes in under 500 bytes, used as a
    /// mapping key (where Yams hashes the whole expansion to look for duplicates).
    static let bomb: String = {
        var lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*" + previous, count: 10).joined(separator: ",") + "]")
        }
        lines.append("? *h")
        lines.append(": boom")
        return lines.joined(separator: "\n") + "\n"
    }()

    static func refusal(_ yaml: String) -> [RulebookProblem] {
        do throws(RulebookRefusal) {
            _ = try RulebookDocument.load(yaml)
            return []
        } catch {
            return error.problems
        }
    }

    @Test("a 500-byte nested-alias bomb is refused at once, at the alias that crosses the node budget")
    func aliasBombIsRefusedQuickly() {
        #expect(Self.bomb.utf8.count < 500)
        let started = ContinuousClock.now
        let problems = Self.refusal(Self.bomb)
        #expect(ContinuousClock.now - started < .seconds(1), "the bound is a node count: milliseconds, not seconds")
        #expect(problems.count == 1)
        let p = problems.first
        #expect(p?.code == "alias_expansion")
        // e = 1 + 10 × 11111 nodes: its fifth-level aliases cross 100,000 on line 5.
        #expect(p?.line == 5 && p?.column != nil, "\(problems)")
        #expect(p?.parameters["alias"] == "d" && p?.parameters["max"] == "100000")
        #expect(RulebookDocument.boundCodes.contains(p?.code ?? ""))
    }

    @Test("an alias as a mapping key is refused before Yams hashes it, at its line and column")
    func aliasKeyIsRefused() {
        let problems = Self.refusal("k: &k [x, y]\n*k : v\n")
        #expect(problems.map(\.code) == ["alias_key"])
        #expect(problems.first?.line == 2 && problems.first?.column == 1)
        let list = Self.refusal("rulebook: x\n[a, b]: v\n")
        #expect(list.map(\.code) == ["bad_key"])
        #expect(list.first?.line == 2 && list.first?.column == 1)
    }

    @Test("nesting deeper than a rulebook needs is refused at the level that goes past it")
    func deepNestingIsRefused() {
        let problems = Self.refusal("rulebook: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\n")
        #expect(problems.map(\.code) == ["too_deep"])
        #expect(problems.first?.line == 1 && problems.first?.column == 11 + 31)
    }

    @Test("a document of more nodes than the budget is refused even without aliases")
    func nodeBudgetHoldsWithoutAliases() {
        let problems = Self.refusal("x: [" + Array(repeating: "1", count: 100_001).joined(separator: ",") + "]\n")
        #expect(problems.map(\.code) == ["too_many_nodes"])
    }

    @Test("aliases a rulebook uses legitimately still load: a shared text, a shared list of approvers")
    func legitimateAliasesLoad() throws {
        let yaml = """
            rulebook: test-aliases
            title: &title {zh-Hans: 测试, zh-Hant: 測試, en: Test}
            version: 1
            effective: 2027-01-01
            clauses:
              - id: T-booking
                cite: T §1
                text: *title
                approval_chain:
                  for: booking
                  steps:
                    - any_of: &office [{role: room_office}]
              - id: T-leave-chain
                cite: T §2
                text: {zh-Hans: 审批, zh-Hant: 審批, en: Approval}
                approval_chain:
                  for: leave
                  steps:
                    - any_of: *office
                    - any_of: [department_head]
            """
        let book = try RulebookDocument.load(yaml)
        #expect(book.clause("T-booking")?.text == book.title)
        #expect(book.chain("T-leave-chain")?.rule.steps.first?.approvers == [.role(.roomOffice)])
    }

    @Test("explicit tags are refused at their line and column: no Python names, and !!str 2 is not a number")
    func tagsAreRefused() {
        let python = Self.refusal(
            BrokenRulebookTests.base.replacingOccurrences(
                of: "rulebook: test-book", with: "rulebook: !!python/name:os.system A5-x"))
        #expect(python.map(\.code) == ["tag_not_allowed"])
        #expect(python.first?.line == 1 && python.first?.column == 11)
        #expect(python.first?.parameters["tag"] == "tag:yaml.org,2002:python/name:os.system")
        let string = Self.refusal(BrokenRulebookTests.base.replacingOccurrences(of: "version: 2", with: "version: !!str 2"))
        #expect(string.map(\.code) == ["tag_not_allowed"])
        #expect(string.first?.line == 3 && string.first?.column == 10)
        let local = Self.refusal(BrokenRulebookTests.base.replacingOccurrences(of: "cite: T §2", with: "cite: !cite T §2"))
        #expect(local.map(\.code) == ["tag_not_allowed"] && local.first?.line == 19)
        let mapping = Self.refusal(
            BrokenRulebookTests.base.replacingOccurrences(
                of: "title: {zh-Hans", with: "title: !!map {zh-Hans"))
        #expect(mapping.map(\.code) == ["tag_not_allowed"] && mapping.first?.line == 2 && mapping.first?.column == 8)
    }

    @Test("a version stored before tags were refused still reads as it was adopted; bounds still hold")
    func storedVersionsStillRead() throws {
        let tagged = BrokenRulebookTests.base.replacingOccurrences(of: "version: 2", with: "version: !!str 2")
        #expect(try RulebookDocument.loadStored(tagged).version == 2)
        #expect(throws: RulebookRefusal.self) { try RulebookDocument.load(tagged) }
        do throws(RulebookRefusal) {
            _ = try RulebookDocument.loadStored(Self.bomb)
            Issue.record("the bomb loaded")
        } catch {
            #expect(error.problems.map(\.code) == ["alias_expansion"])
        }
    }

    @Test("a syntax error is still Yams's to describe, with its line and column")
    func syntaxErrorsAreUnchanged() {
        let problems = Self.refusal("rulebook: [x\nversion: 1\n")
        #expect(problems.map(\.code) == ["yaml_syntax"])
        #expect(problems.first?.line != nil)
    }
}
