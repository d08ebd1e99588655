import Foundation
import HuiwuCore
import HuiwuTestSupport
import Testing

@testable import HuiwuServer

@Suite("The seed regulations' meeting types (R2.1, R3.5, R5.1, R5.5)")
struct MeetingTemplateTests {
    static let templates = try! MeetingTemplates.load(from: packageRoot + "/Resources/Templates/meeting-types.json")
    static let catalogs = try! Catalogs.load(Huiwu.capabilityFolders(root: packageRoot))

    @Test("sixteen types from A2, A3 and A5, each complete in zh-Hans, zh-Hant and en, with a standing agenda")
    func complete() {
        #expect(Self.templates.count == 16)
        #expect(Set(Self.templates.map(\.code)).count == 16)
        #expect(Self.templates.filter { $0.code.hasPrefix("a2.") }.count == 5)
        #expect(Self.templates.filter { $0.code.hasPrefix("a3.") }.count == 3)
        #expect(Self.templates.filter { $0.code.hasPrefix("a5.") }.count == 8)
        for t in Self.templates {
            #expect(t.problems().isEmpty, "\(t.code)")
            #expect(t.name.isComplete && t.host.isComplete && t.cadence.isComplete, "\(t.code)")
            #expect(!t.agenda.isEmpty && t.agenda.allSatisfy { $0.title.isComplete }, "\(t.code)")
        }
    }

    /// The seed cadences, named: each says itself in words in every language and has dates.
    @Test(
        "every cadence is expressible, said in words in three languages, and gives dates",
        arguments: [
            ("a2.office_weekly", "每周二 14:30", "Weekly on Tuesday at 14:30"),
            ("a3.representatives_monthly", "每月25日前的周五 14:00", "Monthly on the Friday before the 25th at 14:00"),
            ("a5.service_quality", "每月最后一个周五 14:30", "Monthly on the last Friday at 14:30"),
            ("a3.team_weekly", "每周一 16:00", "Weekly on Monday at 16:00"),
        ])
    func cadence(code: String, zh: String, en: String) throws {
        let t = try #require(Self.templates.first { $0.code == code })
        let rule = try RecurrenceRule(parsing: try #require(t.rule))
        let start = LocalDateTime(date: CivilDate("2027-01-04")!, secondOfDay: (ClockTime(t.time)?.minutes ?? 0) * 60)
        #expect(RecurrenceWords(catalogs: Self.catalogs, locale: .zhHans).describe(rule, start: start) == zh)
        #expect(RecurrenceWords(catalogs: Self.catalogs, locale: .en).describe(rule, start: start) == en)
    }

    @Test("no cadence leaves a phrase untranslated, and every rule-bearing type has dates in its first year")
    func allCadences() throws {
        let zone = OrgTime(zone: TimeZone(identifier: "Asia/Shanghai")!)
        for t in Self.templates {
            guard let text = t.rule else {
                #expect(t.adHoc, "\(t.code): a type without a cadence is held when needed")
                continue
            }
            let rule = try RecurrenceRule(parsing: text)
            let start = LocalDateTime(date: CivilDate("2027-01-04")!, secondOfDay: (ClockTime(t.time)?.minutes ?? 0) * 60)
            for locale in UILocale.allCases {
                let words = RecurrenceWords(catalogs: Self.catalogs, locale: locale).describe(rule, start: start)
                #expect(!words.contains("rrule.") && !words.isEmpty, "\(t.code) \(locale)")
            }
            let year = RecurrenceExpansion.occurrences(
                of: rule, start: start, zone: zone,
                through: LocalDateTime(date: CivilDate("2027-12-31")!, secondOfDay: 86_399))
            #expect(!year.isEmpty, "\(t.code)")
        }
    }
}

@Suite("Webhook addresses (X2)")
struct WebhookAddressTests {
    @Test("loopback, private, link-local and mapped addresses are internal; public ones are not")
    func internalAddresses() {
        for a: [UInt8] in [
            [127, 0, 0, 1], [10, 1, 2, 3], [172, 20, 0, 1], [192, 168, 1, 1], [169, 254, 169, 254], [0, 0, 0, 0],
        ] {
            #expect(NetworkAddress.isInternal(a), "\(a)")
        }
        #expect(!NetworkAddress.isInternal([203, 119, 25, 1]))
        #expect(!NetworkAddress.isInternal([172, 32, 0, 1]))
        let loopback6: [UInt8] = Array(repeating: 0, count: 15) + [1]
        let mapped: [UInt8] = Array(repeating: 0, count: 10) + [0xFF, 0xFF, 192, 168, 0, 1]
        let uniqueLocal: [UInt8] = [0xFD] + Array(repeating: 0, count: 15)
        let linkLocal: [UInt8] = [0xFE, 0x80] + Array(repeating: 0, count: 14)
        let global: [UInt8] = [0x24, 0x08] + Array(repeating: 0, count: 14)
        #expect(NetworkAddress.isInternal(loopback6) && NetworkAddress.isInternal(mapped))
        #expect(NetworkAddress.isInternal(uniqueLocal) && NetworkAddress.isInternal(linkLocal))
        #expect(!NetworkAddress.isInternal(global))
        #expect(NetworkAddress.resolve("127.0.0.1") == [[127, 0, 0, 1]])
    }
}
