import Foundation
import HuiwuCore
import HuiwuRulebookYAML
import Testing

/// The five seed regulations ship as rulebooks (issue 13, X3); each must load and say what
/// its regulation says.
@Suite("Shipped rulebooks: the five seed regulations load and say what they say (X3)")
struct ShippedRulebookTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources/Rulebooks")

    static func load(_ name: String) throws -> Rulebook {
        let text = try String(contentsOf: folder.appendingPathComponent(name + ".yaml"), encoding: .utf8)
        return try RulebookDocument.load(text)
    }

    @Test("every shipped rulebook loads", arguments: ["A1", "A2", "A3", "A4", "A5"])
    func shippedRulebookLoads(_ name: String) throws {
        let book = try Self.load(name)
        #expect(book.version == 1)
        #expect(book.key.hasPrefix(name + "-"))
        #expect(book.clauses.allSatisfy { $0.cite.hasPrefix(name + " ") && !$0.quote.isEmpty && $0.text.isComplete })
    }

    @Test("A5: leave an hour ahead, approved by the organiser; the unnotified absentee's fine is the organiser's")
    func a5SaysWhatTheRestaurantSays() throws {
        let book = try Self.load("A5")
        #expect(book.leave?.rule.minimumNotice == RuleDuration(minutes: 60))
        #expect(book.leave?.clause.cite == "A5 §8")
        let chain = try #require(book.chain(for: .leave))
        #expect(chain.rule.steps == [.init(mode: .anyOf, approvers: [.organiser])])
        let unnotified = try #require(book.fine(for: .absentUnnotified))
        #expect(unnotified.rule.liable == .organiser)
        #expect(unnotified.rule.penalty == .fixed(Fen(1000)))
        #expect(book.fine(for: .late) == nil)  // A5 leaves lateness to the company's attendance rules
        #expect(book.delegation?.rule.to == .subordinate)
        #expect(book.offences.map(\.clause.id) == ["A5-2-prepare", "A5-9-disturb"])
        #expect(book.offences.map(\.rule.liable) == [.organiser, .person])
    }

    @Test("A3: three days' wages for absence, 20 yuan late or early, leave through CS manager then GM")
    func a3SaysWhatTheCentreSays() throws {
        let book = try Self.load("A3")
        #expect(book.fine(for: .absent)?.rule.penalty == .daysOfWage(3))
        #expect(book.fine(for: .late)?.rule.penalty == .fixed(Fen(2000)))
        #expect(book.fine(for: .earlyLeave)?.rule.penalty == .fixed(Fen(2000)))
        let chain = try #require(book.chain(for: .leave))
        #expect(chain.rule.steps.map(\.approvers) == [[.position("客服经理")], [.position("总经理")]])
        #expect(
            book.offences.compactMap { if case .fixed(let f) = $0.rule.penalty { f.value } else { nil } } == [2000, 3000, 5000])
        let monthly = try #require(book.cadences.first { $0.rule.meetingType == "a3.representatives_monthly" })
        #expect(monthly.rule.per == .month && monthly.rule.atLeast == 1 && monthly.rule.atMost == 1)
    }

    @Test("A1: the room office approves bookings, no-show release is on, loans are three days")
    func a1SaysWhatTheCompanySays() throws {
        let book = try Self.load("A1")
        #expect(book.chain(for: .booking)?.rule.steps == [.init(mode: .anyOf, approvers: [.role(.roomOffice)])])
        #expect(book.noShow?.rule.release == true)
        #expect(book.loan?.rule.period == RuleDuration(minutes: 3 * 1440))
        #expect(book.offences.first?.rule.penalty == nil)
    }

    @Test("A2: once or twice a semester reads as at least one, at most two")
    func a2ReadsTheSemesterCadence() throws {
        let book = try Self.load("A2")
        let wide = try #require(book.cadences.first { $0.rule.meetingType == "a2.school_wide" })
        #expect(wide.rule.per == .semester && wide.rule.atLeast == 1 && wide.rule.atMost == 2)
        #expect(book.cadences.count == 5)
    }
}
