import Foundation
import Testing

@testable import HuiwuServer

private let catalogs = try! Catalogs.load(
    Huiwu.capabilityFolders(
        root: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path))

/// A `{name}` placeholder (a word inside braces; `{role: …}` in a message is an example of the
/// format, not a placeholder).
private func placeholders(_ text: String) -> Set<String> {
    var names: Set<String> = []
    var rest = text[...]
    while let open = rest.firstIndex(of: "{") {
        let after = rest[rest.index(after: open)...]
        guard let close = after.firstIndex(of: "}") else { break }
        let name = after[..<close]
        if !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) {
            names.insert(String(name))
        }
        rest = after
    }
    return names
}

/// Messages whose languages word one argument differently, each for a stated reason; anything
/// else must name the same placeholders in all three languages.
private let spelledDifferently: [String: String] = [
    // English writes ordinals (1st, 22nd) where Chinese writes the number; the renderer passes both.
    "rrule.day_of_month": "ordinal", "rrule.nth_last_day": "ordinal", "rrule.nth_last_weekday": "ordinal",
    "rrule.nth_weekday": "ordinal", "rrule.position_n": "ordinal", "rrule.position_nth_last": "ordinal",
    "rrule.weekday_before_day": "ordinal", "rrule.weekday_between_days": "ordinal",
    // Chinese says "this action" where English names it.
    "problem.booking.invalid_transition": "action named in English only",
]

@Suite("Catalog messages with arguments render filled, in every UI language (X6)")
struct CatalogPlaceholderTests {
    static let keysWithArguments: [String] = catalogs.table(.zhHans).keys.filter { key in
        UILocale.allCases.contains { !placeholders(catalogs.table($0)[key] ?? "").isEmpty }
    }.sorted()

    @Test("there are messages with arguments to check")
    func catalogsHaveArguments() {
        #expect(Self.keysWithArguments.count > 100)
    }

    @Test("every message with arguments, filled through the app's rendering, has no placeholder left")
    func everyMessageRendersFilled() {
        for key in Self.keysWithArguments {
            let names = UILocale.allCases.reduce(into: Set<String>()) {
                $0.formUnion(placeholders(catalogs.table($1)[key] ?? ""))
            }
            let arguments = Dictionary(uniqueKeysWithValues: names.map { ($0, "«\($0)»") })
            for locale in UILocale.allCases {
                let text = catalogs.text(key, locale, arguments)
                #expect(placeholders(text).isEmpty, "\(key) [\(locale.rawValue)]: \(text)")
            }
        }
    }

    @Test("the three languages name the same placeholders in each message")
    func languagesAgreeOnArguments() {
        for key in Self.keysWithArguments where spelledDifferently[key] == nil {
            let sets = UILocale.allCases.map { placeholders(catalogs.table($0)[key] ?? "") }
            #expect(Set(sets).count == 1, "\(key): \(sets)")
        }
    }

    @Test("every message exists in all three languages")
    func everyLanguageHasEveryMessage() {
        let keys = UILocale.allCases.map { Set(catalogs.table($0).keys) }
        #expect(keys[0] == keys[1] && keys[1] == keys[2])
    }
}
