import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// Picking people by name for a meeting (R2.5, X6). The form field is plain text — names or
/// usernames, several separated by 、 or commas — with the directory as a `datalist`, so it works
/// without JavaScript; `people-picker.js` adds search as you type (name, username, pinyin
/// initials) through `GET /api/v1/people-search`, and each person chosen rides as `personIds[]`.
/// It offers no more than the directory shows everyone (X1).
enum ParticipantPicker {
    /// The directory offered in the `datalist` at most (the search serves larger organisations).
    static let datalistLimit = 1_000
    static let separators: Set<Character> = ["、", ",", "，", ";", "；", "\n", "\r"]

    struct Option: Encodable {
        var value: String
        var label: String
    }

    struct Chosen: Encodable {
        var id: String
        var label: String
    }

    struct View: Encodable {
        var searchHref = APIURL.peopleSearch.path
        var scriptHref = SiteURL.peoplePickerScript.path
        var styleHref = SiteURL.peoplePickerStyle.path
        var options: [Option]
        /// What was typed, kept when the form comes back.
        var typed: String
        /// People already chosen with the search, kept when the form comes back.
        var chosen: [Chosen]
    }

    /// How a person is written in the field: "张伟 (zhangwei)" — the username makes a name that
    /// several people share unambiguous.
    static func label(_ p: PersonRecord) -> String { "\(p.displayName) (\(p.username))" }

    static func view(_ req: Request, typed: String?, chosen ids: [String]?) async throws -> View {
        let people = req.huiwu.people
        let all = try await people.people().filter(\.active)
        let byID = Dictionary(all.map { ($0.id.uuidString, $0) }, uniquingKeysWith: { a, _ in a })
        return View(
            options: all.prefix(datalistLimit).map { Option(value: Self.label($0), label: $0.position ?? "") },
            typed: typed ?? "",
            chosen: (ids ?? []).compactMap { byID[$0] }.map { Chosen(id: $0.id.uuidString, label: Self.label($0)) })
    }

    /// The people already chosen and those typed, each once, as ids (the form's `personIds[]`).
    static func merge(_ typed: String?, into chosen: [String]?, req: Request) async throws -> [String]? {
        var ids = (chosen ?? []).filter { UUID(uuidString: $0) != nil }
        for id in try await resolve(typed, req: req).map(\.uuidString) where !ids.contains(id) { ids.append(id) }
        return ids.isEmpty ? nil : ids
    }

    /// The entries typed in the field.
    static func entries(_ text: String?) -> [String] {
        (text ?? "").split { separators.contains($0) }.map { String($0).trimmedWhitespace }.filter { !$0.isEmpty }
    }

    /// Each typed entry as an active person: "名字 (username)", a username, or a name only one
    /// active person has. Anything else is an error on `people` naming the entry.
    static func resolve(_ text: String?, req: Request) async throws -> [UUID] {
        let people = req.huiwu.people
        var found: [UUID] = []
        var errors: [FieldError] = []
        for entry in entries(text).prefix(SeriesInput.maxParticipants) {
            var username = entry
            if let open = entry.lastIndex(where: { $0 == "(" || $0 == "（" }), entry.last == ")" || entry.last == "）" {
                username = String(entry[entry.index(after: open)..<entry.index(before: entry.endIndex)]).trimmedWhitespace
            }
            if let p = try await people.person(username: username), p.active {
                found.append(p.id)
                continue
            }
            let named = try await people.active(named: entry)
            switch named.count {
            case 1: found.append(named[0].id)
            case 0: errors.append(FieldError("people", "person.not_found_named", ["name": entry]))
            default: errors.append(FieldError("people", "person.name_ambiguous", ["name": entry]))
            }
        }
        try Input.check(errors)
        return found
    }
}
