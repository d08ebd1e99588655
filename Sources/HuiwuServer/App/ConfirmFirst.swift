import Vapor

/// Every destructive action asks first, without JavaScript (X1, the house rule on destructive
/// forms): its form posts as usual, and a post without `confirmed=yes` changes nothing and
/// answers with a page that says what will happen, carries what was typed (a cancellation's
/// reason, a waiver's), and posts it again with the confirmation — or goes back.
struct ConfirmFirst: Encodable {
    struct Field: Encodable {
        var name: String
        var value: String
    }

    var question: String
    var detail: String?
    var action: String
    var fields: [Field]
    var confirmLabel: String
    var back: String

    /// Nil when the post is confirmed (go ahead); otherwise the page that asks. Call it after the
    /// caller's permission is checked: whoever may not act is refused, not asked.
    static func ask(
        _ req: Request, question: String, detail: String? = nil, confirm: String, back: String
    ) async throws -> Response? {
        let sent = (try? req.content.decode([String: String].self)) ?? [:]
        if sent["confirmed"] == "yes" { return nil }
        let fields = sent.filter { $0.key != "_csrf" && $0.key != "confirmed" }.sorted { $0.key < $1.key }.map {
            Field(name: $0.key, value: $0.value)
        }
        let page = ConfirmFirst(
            question: question, detail: detail, action: req.url.string, fields: fields, confirmLabel: confirm, back: back)
        return try await req.page("confirm-first", title: question, section: "confirm", page)
    }
}
