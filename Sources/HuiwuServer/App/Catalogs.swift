import Foundation
import Vapor

/// The three UI languages (X6). zh-Hans is the default.
public enum UILocale: String, CaseIterable, Sendable, Codable {
    case zhHans = "zh-Hans"
    case zhHant = "zh-Hant"
    case en

    /// Picks a locale from an Accept-Language value (`zh-TW`, `zh-HK` and `zh-Hant` → Traditional).
    static func negotiate(_ header: String?) -> UILocale? {
        guard let header else { return nil }
        for part in header.split(separator: ",") {
            let tag = part.split(separator: ";")[0].trimmingCharacters(in: .whitespaces).lowercased()
            if tag.hasPrefix("zh-hant") || tag == "zh-tw" || tag == "zh-hk" || tag == "zh-mo" { return .zhHant }
            if tag.hasPrefix("zh") { return .zhHans }
            if tag.hasPrefix("en") { return .en }
        }
        return nil
    }
}

/// Message catalogs: every user-visible string, per language, from the shell's and every
/// capability's `Locales/*.json`.
public struct Catalogs: Sendable {
    public let entries: [UILocale: [String: String]]
    /// The `ui_` keys per locale, which templates read as `t.ui_…` (computed once).
    public let ui: [UILocale: [String: String]]

    public init(entries: [UILocale: [String: String]]) {
        self.entries = entries
        self.ui = entries.mapValues { $0.filter { $0.key.hasPrefix("ui_") } }
    }

    /// The shell's catalogs with every capability's entries (`Locales/<language>.json` in each
    /// resource folder). A key in two folders stops start-up, and so does a folder that words its
    /// entries in some of the three languages but not all.
    public static func load(_ folders: CapabilityFolders) throws -> Catalogs {
        var entries: [UILocale: [String: String]] = [:]
        var owners: [String: String] = [:]
        for folder in folders.all {
            let paths = UILocale.allCases.map { (folder.path as NSString).appendingPathComponent("Locales/\($0.rawValue).json") }
            let present = paths.filter { FileManager.default.fileExists(atPath: $0) }
            if present.isEmpty { continue }
            if present.count < paths.count {
                let missing = paths.filter { !present.contains($0) }
                throw MalformedResource(path: missing[0], reason: "missing: the folder words its messages in the other languages")
            }
            for (locale, path) in zip(UILocale.allCases, paths) {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                guard let table = try? JSONDecoder().decode([String: String].self, from: data) else {
                    throw MalformedResource(path: path, reason: "not a JSON object of strings")
                }
                for (key, text) in table {
                    if let first = owners[locale.rawValue + " " + key] {
                        throw DuplicateResource(kind: "catalog key", name: key, owners: [first, folder.owner])
                    }
                    owners[locale.rawValue + " " + key] = folder.owner
                    entries[locale, default: [:]][key] = text
                }
            }
        }
        return Catalogs(entries: entries)
    }

    public func table(_ locale: UILocale) -> [String: String] { entries[locale] ?? [:] }

    /// The text for `key`, with `{name}` placeholders filled; falls back to zh-Hans, then the key.
    public func text(_ key: String, _ locale: UILocale, _ parameters: [String: String] = [:]) -> String {
        var text = entries[locale]?[key] ?? entries[.zhHans]?[key] ?? key
        for (name, value) in parameters {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }
}

extension Request {
    /// The reader's language: `?lang=`, then the `lang` cookie, then Accept-Language, then zh-Hans.
    var uiLocale: UILocale {
        if let q = query[String.self, at: "lang"], let l = UILocale(rawValue: q) { return l }
        if let c = cookies["lang"]?.string, let l = UILocale(rawValue: c) { return l }
        return UILocale.negotiate(headers.first(name: .acceptLanguage)) ?? .zhHans
    }

    func t(_ key: String, _ parameters: [String: String] = [:]) -> String {
        huiwu.catalogs.text(key, uiLocale, parameters)
    }
}
