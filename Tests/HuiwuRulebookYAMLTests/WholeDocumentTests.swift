import HuiwuCore
import HuiwuRulebookYAML
import Testing

/// One pass reports every problem (X3), including those the model's own checks find in clauses
/// that have another fault; and a clause says whose rule it is (`source`).
@Suite("Rulebook documents: every problem at once; article and local clauses (X3)")
struct WholeDocumentTests {
    static func refusal(_ yaml: String) -> [RulebookProblem] { BrokenRulebookTests.refusal(yaml) }

    @Test("five defects, one a duplicate id on a clause with another fault: all five, in document order")
    func fiveDefectsAreFive() {
        let yaml = BrokenRulebookTests.base
            .replacingOccurrences(of: "version: 2", with: "version: two")
            .replacingOccurrences(of: "effective: 2027-01-01", with: "effective: 2027-02-30")
            .replacingOccurrences(of: "[department_head]", with: "[the_boss]")
            .replacingOccurrences(of: "- id: T-late", with: "- id: T-leave")
            .replacingOccurrences(of: "amount: 20 yuan", with: "amount: 20")
        let problems = Self.refusal(yaml)
        #expect(
            problems.map(\.code) == ["expected_integer", "bad_date", "bad_approver", "duplicate_clause", "bad_amount"],
            "\(problems.map { "\($0.code)@\($0.line ?? 0)" })")
        #expect(problems.map(\.line) == [3, 4, 17, 18, 21])
        #expect(problems.first { $0.code == "duplicate_clause" }?.parameters == ["id": "T-leave", "first": "1"])
    }

    @Test("a duplicate id is found whichever of the two clauses has another fault")
    func duplicateFoundWhenTheFirstIsBroken() {
        let yaml = BrokenRulebookTests.base
            .replacingOccurrences(of: "minimum_notice: 60min", with: "minimum_notice: soon")
            .replacingOccurrences(of: "- id: T-late", with: "- id: T-leave")
        let problems = Self.refusal(yaml)
        #expect(problems.map(\.code) == ["bad_duration", "duplicate_clause"])
    }

    @Test("a clause that does not read is not reported again by the checks that name it")
    func noEchoesOfAnUnreadClause() {
        // T-leave's approval names T-chain; T-chain's approver is unknown. Only that is reported,
        // not "T-chain is not an approval chain".
        let problems = Self.refusal(BrokenRulebookTests.base.replacingOccurrences(of: "[department_head]", with: "[the_boss]"))
        #expect(problems.map(\.code) == ["bad_approver"], "\(problems)")
    }

    @Test("source: article by default; local clauses read, and may quote nothing")
    func sourceIsRead() throws {
        let article = try RulebookDocument.load(BrokenRulebookTests.base)
        #expect(article.clauses.allSatisfy { $0.source == .article })
        let local = try RulebookDocument.load(
            BrokenRulebookTests.base.replacingOccurrences(of: "    cite: T §2\n", with: "    cite: T §2\n    source: local\n"))
        #expect(local.clause("T-late")?.source == .local)
        #expect(local.clause("T-leave")?.source == .article)
        #expect(RulebookDiff(from: article, oldSource: "", to: local, newSource: "").changed == ["T-late"])
    }

    @Test("a local clause with a quote, and an unknown source, are refused at their line and column")
    func badSourcesAreRefused() {
        let quoted = Self.refusal(
            BrokenRulebookTests.base.replacingOccurrences(
                of: "    cite: T §1\n    quote:", with: "    cite: T §1\n    source: local\n    quote:"))
        #expect(quoted.map(\.code) == ["local_quote"])
        #expect(quoted.first?.line == 9 && quoted.first?.column == 12)
        let unknown = Self.refusal(
            BrokenRulebookTests.base.replacingOccurrences(of: "    cite: T §2\n", with: "    cite: T §2\n    source: borrowed\n"))
        #expect(unknown.map(\.code) == ["bad_choice"])
        #expect(unknown.first?.line == 20 && unknown.first?.column == 13)
        #expect(unknown.first?.parameters["allowed"] == "article, local")
    }

    @Test("per: day is a cadence period; an unknown one lists what is allowed")
    func dailyCadenceReads() throws {
        let daily =
            BrokenRulebookTests.base + """

                  - id: T-daily
                    cite: T §3
                    text: {zh-Hans: 班前会, zh-Hant: 班前會, en: Pre-shift}
                    cadence: {meeting_type: t.pre_shift, per: day, at_least: 1}
                """
        let book = try RulebookDocument.load(daily)
        #expect(book.cadences.first?.rule.per == .day)
        let bad = Self.refusal(daily.replacingOccurrences(of: "per: day", with: "per: fortnight"))
        #expect(bad.map(\.code) == ["bad_choice"])
        #expect(bad.first?.parameters["allowed"] == "day, week, month, quarter, semester, year")
    }
}
