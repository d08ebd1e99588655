import HuiwuCore
import HuiwuStore

/// The words of a notice, in one language (X2, X6): the catalog's `notification.<kind>` (and
/// `notice.subject.<kind>`) filled from its parameters — the same for the app's notification list
/// and for an e-mail or robot message, so the two never say different things.
struct NoticeWords {
    let catalogs: Catalogs
    let time: OrgTime
    let locale: UILocale

    /// The values a notice's text is filled with; `name` is the recipient's, where known.
    func values(_ p: NotificationParams, name: String? = nil) -> [String: String] {
        var values: [String: String] = [
            "room": p.roomName ?? "", "title": p.titleCode.map { catalogs.text($0, locale) } ?? p.title ?? "",
            "reason": p.reason ?? "", "actor": p.actorName ?? "", "person": p.personName ?? "",
            "amount": p.amount ?? "", "days": p.daysOfWage ?? "", "name": name ?? "", "when": "",
            "clause": [
                // A local clause is the organisation's setting beside its article, labelled so (X3).
                p.clauseCite.map { p.clauseLocal == true ? catalogs.text("ui_rulebook_cite_local", locale, ["cite": $0]) : $0 },
                p.clauseText?.text(locale.rawValue),
            ].compactMap { $0 }.joined(separator: " "),
        ]
        if let s = p.startsAt, let e = p.endsAt {
            values["when"] = time.date(of: s).description + " " + time.clock(s) + "–" + time.clock(e)
        }
        return values
    }

    /// The catalog key of a notice's text. A delegate's answer stored before notices named the
    /// meeting carries the delegate's name as its title and no meeting: it keeps its older words.
    static func key(_ kind: String, _ p: NotificationParams) -> String {
        let answered =
            kind == NotificationKind.delegationAccepted.rawValue || kind == NotificationKind.delegationDeclined.rawValue
        return answered && p.actorName == nil ? kind + "_unnamed" : kind
    }

    func text(_ kind: String, _ p: NotificationParams, name: String? = nil) -> String {
        var v = values(p, name: name)
        if Self.key(kind, p) != kind { v["actor"] = p.title ?? "" }
        return catalogs.text("notification." + Self.key(kind, p), locale, v)
    }

    func subject(_ kind: String, _ p: NotificationParams, name: String? = nil) -> String {
        catalogs.text("notice.subject." + kind, locale, values(p, name: name))
    }
}
