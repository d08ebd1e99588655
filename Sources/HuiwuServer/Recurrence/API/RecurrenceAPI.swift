import HuiwuCore
import Vapor

/// `POST /api/v1/recurrence/preview`: a recurrence rule's occurrences (R2.2), for the series
/// editor's recurrence builder — and the contract the test suite cross-checks against
/// python-dateutil.
struct RecurrenceAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(APIURL.recurrencePreview, use: preview)
    }

    struct PreviewBody: Decodable {
        var rule: String
        var start: String
        var limit: Int?
        var through: String?
        var rdates: [String]?
        var exdates: [String]?
    }

    struct PreviewDTO: Content {
        var rule: String
        /// The rule in words, in the reader's language.
        var summary: String
        var zone: String
        var occurrences: [String]
    }

    static let maxLimit = 1_000

    func preview(req: Request) async throws -> PreviewDTO {
        _ = try req.actor()
        let body = try req.decodeJSON(PreviewBody.self)
        var errors: [FieldError] = []
        var rule: RecurrenceRule?
        do {
            rule = try RecurrenceRule(parsing: body.rule)
        } catch let e as RecurrenceRuleError {
            errors.append(FieldError("rule", e.code, ["part": e.part]))
        }
        let start = LocalDateTime(body.start)
        if start == nil { errors.append(FieldError("start", "field.local_date_time")) }
        let limit = body.limit ?? 50
        if !(1...Self.maxLimit).contains(limit) { errors.append(FieldError("limit", "field.out_of_range")) }
        let through = body.through.flatMap(LocalDateTime.init)
        if body.through != nil && through == nil { errors.append(FieldError("through", "field.local_date_time")) }
        func moments(_ texts: [String]?, _ field: String) -> [LocalDateTime] {
            let parsed = (texts ?? []).map(LocalDateTime.init)
            if parsed.contains(where: { $0 == nil }) { errors.append(FieldError(field, "field.local_date_time")) }
            if parsed.count > Self.maxLimit { errors.append(FieldError(field, "field.out_of_range")) }
            return parsed.compactMap { $0 }
        }
        let extra = moments(body.rdates, "rdates"), exceptions = moments(body.exdates, "exdates")
        try Input.check(errors)
        let time = req.huiwu.time
        let found = RecurrenceExpansion.occurrences(
            of: rule!, start: start!, adding: extra, excluding: Set(exceptions),
            zone: time, limit: limit, through: through)
        let summary = RecurrenceWords(catalogs: req.huiwu.catalogs, locale: req.uiLocale).describe(rule!, start: start!)
        return PreviewDTO(rule: rule!.text, summary: summary, zone: time.zone.identifier, occurrences: found.map(\.description))
    }
}
