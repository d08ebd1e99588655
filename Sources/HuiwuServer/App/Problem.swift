import HuiwuCore
import HuiwuStore
import Vapor

/// An RFC 9457 problem body with a stable machine `code` (and details Huiwu adds).
struct Problem: Content {
    var type: String
    var title: String
    var status: Int
    var detail: String?
    var code: String
    var errors: [ProblemFieldError]?
    var conflicts: [BookingDTO]?
    var alternatives: AlternativesDTO?
    var currentVersion: Int?
    /// A series' conflict report (R2.2): each occurrence still in the way.
    var occurrences: [OccurrenceDTO]?
    /// Seconds until asking again may succeed (also sent as `Retry-After`).
    var retryAfter: Int?
    /// What is wrong with a rulebook document, each at its line and column (X3).
    var problems: [RulebookProblemDTO]?
    /// The clause a refusal applied, as data: id, version, cite and words (X3). "A5 §8" is the
    /// cite of several clauses, so the id and version say which.
    var clause: CitationDTO?
    /// The numbers a refusal compared, as data (X3: "leave requested 40 min before the start;
    /// at least 60 min"): what the clause requires and what the request gave.
    var requiredMinutes: Int?
    var actualMinutes: Int?
    /// When what was refused opens, or stopped being allowed (RFC 3339 in the organisation's zone).
    var opensAt: String?
    var closesAt: String?
    /// Who may take the step instead (recorders, approvers), as the rulebook names them.
    var allowed: [String]?
    /// Whose case a refusal concerns: nobody decides their own (X1).
    var personId: String?
    /// The clause to show with the refusal, read in the reader's language before the answer
    /// is written (`ProblemMiddleware`); not sent itself.
    var citation: Citation?

    enum CodingKeys: String, CodingKey {
        case type, title, status, detail, code, errors, conflicts, alternatives, currentVersion, occurrences, retryAfter
        case problems, clause, requiredMinutes, actualMinutes, opensAt, closesAt, allowed, personId
    }

    init(status: HTTPResponseStatus, code: String, title: String, detail: String? = nil) {
        self.type = "https://huiwu.invalid/problems/" + code.replacingOccurrences(of: ".", with: "/")
        self.title = title
        self.status = Int(status.code)
        self.detail = detail
        self.code = code
    }
}

struct ProblemFieldError: Content, Equatable {
    var field: String
    var code: String
    var message: String
}

/// The error a handler throws when it already knows the problem.
struct ProblemError: Error {
    var status: HTTPResponseStatus
    var code: String
    var parameters: [String: String] = [:]
    var fieldErrors: [FieldError] = []
    var retryAfter: Int?

    init(
        _ status: HTTPResponseStatus, _ code: String, _ parameters: [String: String] = [:], fields: [FieldError] = [],
        retryAfter: Int? = nil
    ) {
        self.status = status
        self.code = code
        self.parameters = parameters
        self.fieldErrors = fields
        self.retryAfter = retryAfter
        if let retryAfter { self.parameters["minutes"] = String((retryAfter + 59) / 60) }
    }
}

/// The one place errors become HTTP answers (conventions: typed errors, mapped once).
enum ProblemMapper {
    static func problem(for error: any Error, on req: Request) -> Problem {
        let locale = req.uiLocale
        let catalogs = req.huiwu.catalogs
        func make(_ status: HTTPResponseStatus, _ code: String, _ params: [String: String] = [:]) -> Problem {
            Problem(status: status, code: code, title: catalogs.text("problem." + code, locale, params))
        }
        func fields(_ list: [FieldError]) -> [ProblemFieldError] {
            list.map {
                ProblemFieldError(
                    field: $0.field, code: $0.code,
                    message: catalogs.text("error." + $0.code, locale, $0.parameters))
            }
        }
        // A capability's own typed errors are its own to answer (RulebookRefusal, BookingError, …).
        let context = ProblemContext(req: req, make: make, fields: fields)
        for capability in req.application.capabilities {
            if let problem = capability.problem(for: error, context) { return problem }
        }
        switch error {
        case let e as ProblemError:
            var p = make(e.status, e.code, e.parameters)
            if !e.fieldErrors.isEmpty { p.errors = fields(e.fieldErrors) }
            p.retryAfter = e.retryAfter
            return p
        case let e as ValidationFailure:
            var p = make(.unprocessableEntity, "validation_failed")
            p.errors = fields(e.errors)
            return p
        case let e as StoreError:
            switch e {
            case .notFound: return make(.notFound, "not_found")
            case .duplicate(let field):
                var p = make(.conflict, "duplicate")
                p.errors = fields([FieldError(field, "field.duplicate")])
                return p
            case .staleVersion(let current):
                var p = make(.preconditionFailed, "stale_version")
                p.currentVersion = current
                return p
            case .inUse: return make(.conflict, "in_use")
            case .invalid(let field, let code):
                var p = make(.unprocessableEntity, "validation_failed")
                p.errors = fields([FieldError(field, code)])
                return p
            }
        case let e as DecodingError:
            var p = make(.badRequest, "malformed_body")
            p.detail = decodingDetail(e)
            return p
        case let e as any AbortError:
            let code: String
            switch e.status {
            case .notFound: code = "not_found"
            case .methodNotAllowed: code = "method_not_allowed"
            case .unsupportedMediaType: code = "unsupported_media_type"
            case .payloadTooLarge: code = "payload_too_large"
            case .unauthorized: code = "unauthorized"
            case .forbidden: code = "forbidden"
            case .tooManyRequests: code = "too_many_requests"
            case .badRequest: code = "bad_request"
            default: code = e.status.code >= 500 ? "internal" : "bad_request"
            }
            var p = make(e.status, code)
            if e.status.code < 500 { p.detail = e.reason } else { req.logger.report(error: error) }
            return p
        case is ConnectionPoolTimeoutError:
            // No database connection came free in time: overload, not a fault; the caller retries.
            req.logger.warning("database pool timeout: answering 503")
            return make(.serviceUnavailable, "busy")
        default:
            // Deadlock victims still failing after the retries, lock or statement timeouts.
            if TransientFailure.isBusy(error) {
                req.logger.warning("transient database failure: \(String(reflecting: error))")
                return make(.serviceUnavailable, "busy")
            }
            // PostgreSQL refusing text it cannot store (22021, e.g. a NUL a check missed) is bad input.
            if String(reflecting: error).contains("22021") { return make(.badRequest, "bad_request") }
            req.logger.report(error: error)
            return make(.internalServerError, "internal")
        }
    }

    static func decodingDetail(_ e: DecodingError) -> String {
        func path(_ c: [any CodingKey]) -> String { c.map(\.stringValue).joined(separator: ".") }
        switch e {
        case .typeMismatch(_, let c): return "wrong type at '\(path(c.codingPath))'"
        case .valueNotFound(_, let c): return "missing value at '\(path(c.codingPath))'"
        case .keyNotFound(let k, let c): return "missing field '\(path(c.codingPath + [k]))'"
        case .dataCorrupted(let c): return c.codingPath.isEmpty ? "malformed JSON" : "invalid value at '\(path(c.codingPath))'"
        @unknown default: return "malformed body"
        }
    }
}

/// Renders every error thrown below it: problem+json for the API, a page for the web.
struct ProblemMiddleware: Middleware {
    func respond(to request: Request, chainingTo next: any Responder) -> EventLoopFuture<Response> {
        next.respond(to: request).flatMapError { error in
            request.eventLoop.makeFutureWithTask { try await render(error, for: request) }
        }
    }

    private func render(_ error: any Error, for request: Request) async throws -> Response {
        do {
            throw error
        } catch let abort as any AbortError where (300..<400).contains(abort.status.code) {
            return Response(status: abort.status, headers: abort.headers)
        } catch let abort as any AbortError where abort.status == .notFound {
            // No route for this method: if the path exists under other methods, it is a 405.
            let allowed = request.application.storage[MethodTableKey.self]?.methods(for: request.url.path) ?? []
            let known = allowed.isEmpty || allowed.contains(request.method.rawValue)
            let status: HTTPResponseStatus = known ? .notFound : .methodNotAllowed
            return try await problemResponse(
                ProblemMapper.problem(
                    for: ProblemError(status, known ? "not_found" : "method_not_allowed"),
                    on: request), allowed: known ? [] : allowed, request: request)
        } catch {
            var problem = ProblemMapper.problem(for: error, on: request)
            if problem.clause == nil, let citation = problem.citation {
                problem.clause = try? await Citations(request).dto(citation)
            }
            return try await problemResponse(problem, allowed: [], request: request)
        }
    }

    func problemResponse(_ problem: Problem, allowed: [String], request: Request) async throws -> Response {
        if !request.url.path.hasPrefix(APIURL.prefix), request.method == .GET || [403, 404, 503].contains(problem.status),
            let page = try? await WebErrorPage.render(problem, on: request)
        {
            if problem.status == 503 { page.headers.replaceOrAdd(name: .retryAfter, value: "1") }
            if let seconds = problem.retryAfter { page.headers.replaceOrAdd(name: .retryAfter, value: String(seconds)) }
            return page
        }
        let response = Response(status: HTTPResponseStatus(statusCode: problem.status))
        try response.content.encode(problem, using: JSONEncoder())
        response.headers.contentType = HTTPMediaType(
            type: "application", subType: "problem+json", parameters: ["charset": "utf-8"])
        if problem.status == 401 { response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer") }
        if problem.status == 503 { response.headers.replaceOrAdd(name: .retryAfter, value: "1") }
        if let seconds = problem.retryAfter { response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds)) }
        if !allowed.isEmpty { response.headers.replaceOrAdd(name: .allow, value: allowed.joined(separator: ", ")) }
        return response
    }
}
