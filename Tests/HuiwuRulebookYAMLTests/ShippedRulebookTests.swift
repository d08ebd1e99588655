import Foundation
import HuiwuCore
import HuiwuRulebookYAML
import Testing

/// The five seed regulations ship as rulebooks (X3); each must load and say what
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
        // An article clause quotes its article; the organisation's own setting quotes nothing.
        #expect(
            book.clauses.allSatisfy {
                $0.cite.hasPrefix(name + " ") && ($0.source == .local) == $0.quote.isEmpty && $0.text.isComplete
            })
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

    @Test(
        "A5: the service-quality meeting is monthly (it reviews the month, plans the next); pre-shift meetings are daily (R5.5)")
    func a5Cadences() throws {
        let book = try Self.load("A5")
        let quality = try #require(book.cadences.first { $0.rule.meetingType == "a5.service_quality" })
        #expect(quality.rule.per == .month && quality.rule.atLeast == 1 && quality.rule.atMost == nil)
        #expect(quality.clause.quote.contains("當月") && quality.clause.quote.contains("下月"), "the quote carries the reason")
        #expect(quality.clause.text.zhHans.contains("按月而非每周"))
        let preShift = try #require(book.cadences.first { $0.rule.meetingType == "a5.pre_shift" })
        #expect(preShift.clause.cite == "A5 §4" && preShift.clause.source == .article)
        #expect(preShift.rule.per == .day && preShift.rule.atLeast == 1)
    }

    @Test("the numbers no article states are the organisation's own settings, and say so")
    func settingsTheArticlesLeaveOpenAreLocal() throws {
        let local = [
            "A1": ["A1-4-no-show", "A1-attendance"], "A2": ["A2-attendance"], "A3": ["A3-attendance"], "A4": ["A4-attendance"],
            "A5": ["A5-8-attendance", "A5-8-leave-chain"],
        ]
        for (name, ids) in local {
            let book = try Self.load(name)
            #expect(book.clauses.filter { $0.source == .local }.map(\.id) == ids, "\(name)")
        }
        // Every attendance window is a setting: no article names a check-in window.
        for name in ["A1", "A2", "A3", "A4", "A5"] {
            #expect(try Self.load(name).attendance?.clause.source == .local, "\(name)")
        }
    }

    /// The seed regulations, as shipped with the project (the five articles, first copy).
    static let seed: [String: String] = {
        let url = folder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "Tests/Fixtures/seed-regulations.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        // The seed's damaged characters carry their pinyin: 聯(lián)系 is 聯系 as written.
        let pinyin = try! Regex(#"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)"#)
        let clean = text.replacing(pinyin, with: "")
        var articles: [String: String] = [:]
        let numerals = ["一": "A1", "二": "A2", "三": "A3", "四": "A4", "五": "A5"]
        var current: String?
        for line in clean.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("三星會議管理制度十篇"), let n = numerals[String(line.suffix(1))] {
                current = n
                continue
            }
            if let current { articles[current, default: ""] += line + "\n" }
        }
        return articles
    }()

    /// The part of an article a cite names, where the cite maps mechanically: A1 and A4 number
    /// their items 一、二、…, A5's §N is its Nth paragraph. Nil: the whole article.
    static func item(_ cite: String, of article: String) -> String? {
        let parts = cite.split(separator: " ", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        let name = String(parts[0])
        let mark = String(parts[1])
        let lines = (seed[name] ?? "").split(separator: "\n").map(String.init)
        switch name {
        case "A1", "A4":
            // Items are "三、…"; a line without a number continues the item before it.
            var items: [String: String] = [:]
            var last: String?
            for line in lines {
                if let cut = line.firstIndex(of: "、"), line[..<cut].allSatisfy({ "一二三四五六七八九十".contains($0) }) {
                    last = String(line[..<cut])
                    items[last!] = String(line[line.index(after: cut)...])
                } else if let last {
                    items[last, default: ""] += line
                }
            }
            return items[mark]
        case "A5":
            guard mark.hasPrefix("§"), let n = Int(mark.dropFirst()), n >= 1, n <= lines.count else { return nil }
            return lines[n - 1]
        default:
            return nil
        }
    }

    @Test(
        "every article clause quotes its article word for word; the rest are marked local",
        arguments: ["A1", "A2", "A3", "A4", "A5"])
    func quotesAreTheArticlesWords(_ name: String) throws {
        let article = try #require(Self.seed[name]).replacingOccurrences(of: "\n", with: "")
        #expect(article.count > 200)
        for clause in try Self.load(name).clauses {
            guard clause.source == .article else {
                #expect(clause.quote.isEmpty, "\(clause.id)")
                continue
            }
            let scope = Self.item(clause.cite, of: article) ?? article
            // "……" leaves words out: each piece is the article's, in order.
            var rest = Substring(scope)
            for piece in clause.quote.components(separatedBy: "……") {
                guard let found = rest.range(of: piece) else {
                    Issue.record("\(clause.id): “\(piece)” is not in \(clause.cite)")
                    break
                }
                rest = rest[found.upperBound...]
            }
        }
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
