import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// Who calls, in the authorization matrix (X1): each role, and the three relations a plain
/// staff member can hold to the thing called on. `staff` holds none of them.
enum Who: String, CaseIterable, Sendable, CustomStringConvertible {
    case anonymous, admin, office, info, head, staff, cleaning, participant, organiser, owner
    var description: String { rawValue }
}

/// What the table says a caller gets.
enum Answer: Sendable, Equatable, CustomStringConvertible {
    case allowed, forbidden, notFound, unauthorized
    /// 409: the call is the caller's to make, but the thing's state refuses it.
    case conflict
    var description: String {
        switch self {
        case .allowed: "allowed"
        case .forbidden: "403"
        case .notFound: "404"
        case .unauthorized: "401"
        case .conflict: "409"
        }
    }
}

/// One request of a row, built afresh for each caller (so a state a call consumes — an approval,
/// a cancellation — is there for the next caller too).
struct Call: Sendable {
    var path: String
    var json: [String: any Sendable]?
    var form: [String: String]?
    var multipart: (name: String, bytes: [UInt8])?
    var headers: HTTPHeaders = [:]
    /// Cookies sent besides the session's (the log-in form's double-submit cookie).
    var cookies: [String: String] = [:]
    /// A token or session of the caller's own to use up (signing out ends it).
    var token: String?
    var session: PageClient?

    init(
        _ path: String, json: [String: any Sendable]? = nil, form: [String: String]? = nil,
        multipart: (name: String, bytes: [UInt8])? = nil, headers: HTTPHeaders = [:], cookies: [String: String] = [:],
        token: String? = nil, session: PageClient? = nil
    ) {
        self.path = path
        self.json = json
        self.form = form
        self.multipart = multipart
        self.headers = headers
        self.cookies = cookies
        self.token = token
        self.session = session
    }
}

/// A row: a route as registered, who is allowed, who is refused how (everyone else gets
/// `otherwise`), and how to make the call.
struct Row: Sendable {
    var method: HTTPMethod
    var route: String
    /// Rows of one route differ by what they call on (`?all=true`, a meeting's booking).
    var variant: String
    var allowed: Set<Who>
    var forbidden: Set<Who>
    var otherwise: Answer
    var anonymous: Answer
    /// Answers that are neither allowed nor `otherwise` nor 403, by caller.
    var special: [Who: Answer]
    /// Success is a redirect to the log-in page (signing out).
    var signsOut = false
    var make: @Sendable (MatrixWorld, Who) async throws -> Call

    /// `route` is "METHOD /path/:param" exactly as the app registers it.
    init(
        _ route: String, _ variant: String = "", ok allowed: Set<Who>, forbidden: Set<Who> = [], otherwise: Answer = .forbidden,
        anonymous: Answer = .unauthorized, special: [Who: Answer] = [:], signsOut: Bool = false,
        _ make: @escaping @Sendable (MatrixWorld, Who) async throws -> Call
    ) {
        let parts = route.split(separator: " ", maxSplits: 1)
        self.method = HTTPMethod(rawValue: String(parts[0]))
        self.route = String(parts[1])
        self.variant = variant
        self.special = special
        self.allowed = allowed
        self.forbidden = forbidden
        self.otherwise = otherwise
        self.anonymous = anonymous
        self.signsOut = signsOut
        self.make = make
    }

    var key: String { "\(method.rawValue) \(route)" }
    var label: String { variant.isEmpty ? key : "\(key) [\(variant)]" }
    var isWeb: Bool { !route.hasPrefix("/api/") && route != "/healthz" && route != "/openapi.json" }

    func expected(_ who: Who) -> Answer {
        if who == .anonymous { return allowed.contains(.anonymous) ? .allowed : anonymous }
        if let answer = special[who] { return answer }
        if allowed.contains(who) { return .allowed }
        if forbidden.contains(who) { return .forbidden }
        return otherwise
    }
}

/// Every signed-in caller at once (the six roles and the three relations).
extension Set where Element == Who {
    static let everyone: Set<Who> = Set(Who.allCases.filter { $0 != .anonymous })
    static let managers: Set<Who> = [.admin, .office]
    static let meetingReaders: Set<Who> = [.admin, .office, .organiser, .participant]
    static let meetingManagers: Set<Who> = [.admin, .office, .organiser]
}

/// The database's content, table by table, except what every request may touch (sessions, the
/// log-in attempts): a refused call must leave it as it was.
enum DatabaseSnapshot {
    static let ignored: Set<String> = ["auth_sessions", "login_attempts", "_fluent_migrations"]

    static func take(_ store: Store) async throws -> [String: String] {
        let db = store.reader
        var out: [String: String] = [:]
        if db.dialect.name == "postgresql" {
            let tables = try await db.raw(
                """
                SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                """
            ).all().map { try $0.decode(column: "table_name", as: String.self) }
            for table in tables where !ignored.contains(table) {
                out[table] =
                    try await db.raw(
                        """
                        SELECT COALESCE(string_agg(t::text, E'\\n' ORDER BY t::text), '') AS r FROM \(ident: table) t
                        """
                    ).first()?.decode(column: "r", as: String.self) ?? ""
            }
        } else {
            let tables = try await db.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                .all().map { try $0.decode(column: "name", as: String.self) }
            for table in tables where !ignored.contains(table) {
                let columns = try await db.raw("SELECT name FROM pragma_table_info(\(bind: table))").all()
                    .map { try $0.decode(column: "name", as: String.self) }
                let row = columns.map { "quote(\"\($0)\")" }.joined(separator: " || '|' || ")
                out[table] = try await db.raw("SELECT \(unsafeRaw: row) AS r FROM \(ident: table)").all()
                    .map { try $0.decode(column: "r", as: String.self) }.sorted().joined(separator: "\n")
            }
        }
        return out
    }
}

extension MatrixWorld {
    /// Makes the row's call as `who` and checks the answer against the table; a refused call
    /// must change nothing. Returns a failure description, or nil.
    func check(_ row: Row, as who: Who) async throws -> String? {
        let call = try await row.make(self, who)
        let expected = row.expected(who)
        let before = expected == .allowed ? nil : try await DatabaseSnapshot.take(app.huiwu.store)
        let (status, location) = try await send(row, call, as: who)
        let label = "\(row.label) as \(who) (\(call.path))"
        switch expected {
        case .allowed:
            if !(200..<400).contains(status.code) || ((location ?? "").hasPrefix("/login") && !row.signsOut) {
                return "\(label): expected allowed, got \(status.code) \(location ?? "")"
            }
        case .unauthorized where row.isWeb:
            if status != .seeOther || !(location ?? "").hasPrefix("/login") {
                return "\(label): expected the log-in page, got \(status.code) \(location ?? "")"
            }
        case .unauthorized, .forbidden, .notFound, .conflict:
            let code: UInt =
                switch expected {
                case .unauthorized: 401
                case .forbidden: 403
                case .notFound: 404
                default: 409
                }
            if status.code != code { return "\(label): expected \(code), got \(status.code)" }
        }
        if let before {
            let after = try await DatabaseSnapshot.take(app.huiwu.store)
            let changed = after.keys.filter { before[$0] != after[$0] }.sorted()
            if !changed.isEmpty { return "\(label): refused, yet changed \(changed.joined(separator: ", "))" }
        }
        return nil
    }

    func send(_ row: Row, _ call: Call, as who: Who) async throws -> (HTTPStatus, String?) {
        var result: (HTTPStatus, String?) = (.internalServerError, nil)
        var headers = call.headers
        var body: ByteBuffer?
        let web = who == .anonymous ? nil : (row.isWeb ? (call.session ?? sessions[who]) : nil)
        // A signed-in form carries the session's CSRF token; the header serves every kind of body.
        if let web { headers.replaceOrAdd(name: "X-CSRF-Token", value: web.csrf) }
        if let json = call.json {
            headers.contentType = .json
            body = ByteBuffer(data: try JSONSerialization.data(withJSONObject: json))
        } else if var form = call.form {
            // As a browser sends it: the token in the form too (an empty form is not one).
            if let web, form["_csrf"] == nil { form["_csrf"] = web.csrf }
            headers.contentType = .urlEncodedForm
            body = ByteBuffer(
                string: form.map { key, value in
                    "\(Self.formEncode(key))=\(Self.formEncode(value))"
                }.joined(separator: "&"))
        } else if let file = call.multipart {
            let (type, buffer) = MatrixWorld.multipart(name: file.name, bytes: file.bytes)
            headers.replaceOrAdd(name: .contentType, value: type)
            body = buffer
        } else if row.method == .POST, row.isWeb, let web {
            headers.contentType = .urlEncodedForm
            body = ByteBuffer(string: "_csrf=\(Self.formEncode(web.csrf))")
        }
        var cookies = call.cookies
        if let web { cookies[AuthConstants.sessionCookie] = web.cookie }
        if !cookies.isEmpty {
            headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        try await app.testing().test(
            row.method, call.path, headers: headers,
            beforeRequest: { req in
                if who != .anonymous, !row.isWeb, let token = call.token ?? tokens[who] {
                    req.headers.bearerAuthorization = .init(token: token)
                }
                if let body { req.body = body }
            }, afterResponse: { res in result = (res.status, res.headers.first(name: .location)) })
        return result
    }

    /// A multipart form with one file field, and its content type.
    static func multipart(name: String, bytes: [UInt8]) -> (String, ByteBuffer) {
        let boundary = "matrix-boundary-7"
        var buffer = ByteBuffer()
        buffer.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\n")
        buffer.writeString("Content-Type: application/octet-stream\r\n\r\n")
        buffer.writeBytes(bytes)
        buffer.writeString("\r\n--\(boundary)--\r\n")
        return ("multipart/form-data; boundary=\(boundary)", buffer)
    }

    static func formEncode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
