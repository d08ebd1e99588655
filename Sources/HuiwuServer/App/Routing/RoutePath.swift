import Foundation
import HuiwuCore
import Vapor

/// A path parameter of a typed route: `.key` when the route is registered (it becomes
/// `:name`), `.value(x)` when a link to it is built. The same case spells both, so a link
/// cannot drift from the route it points at (in the spirit of SwiftPackageIndex's
/// `SiteURL`).
enum Parameter<Value: CustomStringConvertible & Sendable>: Sendable {
    case key
    case value(Value)
}

/// One segment of a typed route's path.
enum PathPart: Sendable {
    case word(String)
    case parameter(name: String, value: String?)

    static func param<V>(_ name: String, _ p: Parameter<V>) -> PathPart {
        switch p {
        case .key: .parameter(name: name, value: nil)
        case .value(let v): .parameter(name: name, value: v.description)
        }
    }
}

/// What `SiteURL` and `APIURL` share: segments in, registration components and links out.
protocol RoutePath: Sendable {
    var parts: [PathPart] { get }
}

extension RoutePath {
    /// What `routes.get(…)` registers: constants, and `:name` for each parameter.
    var pathComponents: [PathComponent] {
        parts.map { part in
            switch part {
            case .word(let w): .constant(w)
            case .parameter(let name, _): .parameter(name)
            }
        }
    }

    /// The absolute path of a link, each parameter's value percent-encoded.
    var path: String {
        "/"
            + parts.map { part in
                switch part {
                case .word(let w): return w
                case .parameter(let name, let value):
                    guard let value else {
                        assertionFailure("a link to :\(name) was built without its value")
                        return ":" + name
                    }
                    return value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? value
                }
            }.joined(separator: "/")
    }

    /// The path cut at its one open (`.key`) parameter, for loops that write thousands of links
    /// and splice each value between the halves (the day grid).
    var halves: (before: String, after: String) {
        var before = "", after = "", cut = false
        for part in parts {
            let text: String
            switch part {
            case .word(let w): text = "/" + w
            case .parameter(_, let value?): text = "/" + (value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? value)
            case .parameter:
                assert(!cut, "halves needs exactly one open parameter")
                cut = true
                before += "/"
                continue
            }
            if cut { after += text } else { before += text }
        }
        return (before, after)
    }

    /// The path with a query (pairs in the order given, values encoded) and a fragment.
    func href(_ query: KeyValuePairs<String, String> = [:], fragment: String? = nil) -> String {
        var out = path
        if !query.isEmpty {
            out += "?" + query.map { $0.key + "=" + Self.encodeQueryValue($0.value) }.joined(separator: "&")
        }
        if let fragment { out += "#" + fragment }
        return out
    }

    static func encodeQueryValue(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? value
    }
}

/// RFC 3986 §2.3 unreserved characters, ASCII only: everything else in a value is escaped, so
/// a value cannot end a segment, start a query or smuggle a second parameter.
private let unreserved = CharacterSet(
    charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

extension RoutesBuilder {
    /// Registers a handler at a typed route: the only way pages and API handlers are mounted.
    @discardableResult
    func get<R: AsyncResponseEncodable>(
        _ url: some RoutePath, use closure: @Sendable @escaping (Request) async throws -> R
    ) -> Route {
        on(.GET, url.pathComponents, use: closure)
    }

    @discardableResult
    func post<R: AsyncResponseEncodable>(
        _ url: some RoutePath, use closure: @Sendable @escaping (Request) async throws -> R
    ) -> Route {
        on(.POST, url.pathComponents, use: closure)
    }

    @discardableResult
    func put<R: AsyncResponseEncodable>(
        _ url: some RoutePath, use closure: @Sendable @escaping (Request) async throws -> R
    ) -> Route {
        on(.PUT, url.pathComponents, use: closure)
    }

    @discardableResult
    func patch<R: AsyncResponseEncodable>(
        _ url: some RoutePath, use closure: @Sendable @escaping (Request) async throws -> R
    ) -> Route {
        on(.PATCH, url.pathComponents, use: closure)
    }

    @discardableResult
    func delete<R: AsyncResponseEncodable>(
        _ url: some RoutePath, use closure: @Sendable @escaping (Request) async throws -> R
    ) -> Route {
        on(.DELETE, url.pathComponents, use: closure)
    }

    /// A POST whose body may be larger than the default (uploads, rulebook documents). Its body
    /// is read only for a signed-in caller whose role allows `action` (`BodyGateMiddleware`).
    @discardableResult
    func upload<R: AsyncResponseEncodable>(
        _ url: some RoutePath, maxSize: ByteCount, requiring action: Action? = nil,
        use closure: @Sendable @escaping (Request) async throws -> R
    ) -> Route {
        let route = on(.POST, url.pathComponents, body: .collect(maxSize: maxSize), use: closure)
        route.userInfo[BodyAllowance.key] = BodyAllowance(maxSize: maxSize, action: action)
        return route
    }
}

/// How much of a body a route reads, and what its caller must be allowed before any of it is
/// read (kept in `Route.userInfo`): megabytes are never read for someone who may not send them.
struct BodyAllowance: Sendable {
    static let key = "huiwu.body-allowance"
    var maxSize: ByteCount
    var action: Action?

    /// The most the matched route reads: its own allowance, else the application's default.
    static func maxSize(for request: Request) -> Int {
        (request.route?.userInfo[key] as? BodyAllowance)?.maxSize.value ?? request.application.routes.defaultMaxBodySize.value
    }
}

extension Request {
    /// A 303 to a typed route (after a form post), with the outcome and section to show.
    func redirect(
        to url: some RoutePath, _ query: KeyValuePairs<String, String> = [:], fragment: String? = nil
    ) -> Response {
        redirect(to: url.href(query, fragment: fragment))
    }
}
