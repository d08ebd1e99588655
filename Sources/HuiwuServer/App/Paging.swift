import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// How every paged list of the API reads `limit` and `cursor` and answers (X5): the rows,
/// `next` (the cursor of the following page, null on the last) in the body, and the same page as
/// an RFC 8288 `Link: <…>; rel="next"` header. A request past the largest page is a 422, never a
/// silent cut.
struct PageParameters {
    static let defaultLimit = 100
    static let maxLimit = 1000

    /// The list a cursor belongs to: a cursor of one list given to another is refused, not read
    /// as a position somewhere else.
    let list: String
    let request: PageRequest

    static func parse(_ req: Request, list: String, errors: inout [FieldError]) -> PageParameters {
        var limit = defaultLimit
        if let text = req.query[String.self, at: "limit"] {
            if let n = Int(text), text.allSatisfy(\.isASCII) {
                if (1...maxLimit).contains(n) {
                    limit = n
                } else {
                    errors.append(FieldError("limit", "field.page_limit", ["max": String(maxLimit)]))
                }
            } else {
                errors.append(FieldError("limit", "field.integer"))
            }
        }
        var after: Int64?
        if let text = req.query[String.self, at: "cursor"] {
            after = PageCursor.position(text, list: list)
            if after == nil { errors.append(FieldError("cursor", "field.cursor")) }
        }
        return PageParameters(list: list, request: PageRequest(limit: limit, after: after))
    }

    /// The page's body and headers; `Link` repeats the request with the next cursor.
    func respond<Row, Item: Content>(_ page: Page<Row>, to req: Request, _ item: (Row) throws -> Item) throws -> Response {
        let next = self.next(page, req)
        let response = Response(status: .ok)
        try response.content.encode(PageBody(items: try page.rows.map(item), next: next?.cursor))
        if let next { response.headers.replaceOrAdd(name: "Link", value: "<\(next.url)>; rel=\"next\"") }
        return response
    }

    /// The next page's cursor and the request that reads it, if there is a next page.
    func next<Row>(_ page: Page<Row>, _ req: Request) -> (cursor: String, url: String)? {
        page.next.map { position in
            let cursor = PageCursor.text(list: list, position: position)
            return (cursor, Self.url(req, cursor: cursor))
        }
    }

    /// The request's own path and query, with `cursor` replaced. The other parameters keep their
    /// percent-encoding as sent: decoded and encoded again, the `+` of an offset would turn into
    /// a space.
    static func url(_ req: Request, cursor: String) -> String {
        var parts = URLComponents()
        parts.percentEncodedPath = req.url.path
        let kept = (URLComponents(string: req.url.string)?.percentEncodedQueryItems ?? []).filter { $0.name != "cursor" }
        parts.percentEncodedQueryItems = kept + [URLQueryItem(name: "cursor", value: cursor)]
        return parts.string ?? req.url.path
    }
}

/// `{"items": […], "next": "…" | null}`.
struct PageBody<Item: Content>: Content {
    var items: [Item]
    var next: String?

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(items, forKey: .items)
        try c.encode(next, forKey: .next)  // null, not absent, on the last page
    }
}

/// The opaque cursor: the list's name and a position, base64url without padding. Opaque to
/// callers, so the position's meaning can change without breaking them.
enum PageCursor {
    static func text(list: String, position: Int64) -> String {
        Data("\(list):\(position)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func position(_ text: String, list: String) -> Int64? {
        guard !text.isEmpty, text.count <= 64,
            text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { return nil }
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let decoded = String(data: data, encoding: .utf8) else { return nil }
        let parts = decoded.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0] == list, let n = Int64(parts[1]), n >= 0,
            text == Self.text(list: list, position: n)
        else { return nil }
        return n
    }
}
