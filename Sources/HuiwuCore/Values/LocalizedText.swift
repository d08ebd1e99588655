/// A text in each catalog language (zh-Hans default, zh-Hant, en): meeting-type names,
/// standing agenda items and cadences ship in all three (R2.1).
public struct LocalizedText: Codable, Sendable, Hashable {
    public var zhHans: String
    public var zhHant: String
    public var en: String

    public init(zhHans: String, zhHant: String, en: String) {
        self.zhHans = zhHans
        self.zhHant = zhHant
        self.en = en
    }

    /// The same text in every language (what a person types in one language).
    public init(_ text: String) { self.init(zhHans: text, zhHant: text, en: text) }

    /// The text for a catalog locale code; zh-Hans for anything unknown.
    public func text(_ locale: String) -> String {
        switch locale {
        case "en": en
        case "zh-Hant": zhHant
        default: zhHans
        }
    }

    public var isComplete: Bool { ![zhHans, zhHant, en].contains { $0.trimmedWhitespace.isEmpty } }

    enum CodingKeys: String, CodingKey {
        case zhHans = "zh-Hans"
        case zhHant = "zh-Hant"
        case en
    }
}
