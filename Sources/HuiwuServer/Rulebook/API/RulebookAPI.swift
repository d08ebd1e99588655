import Foundation
import HuiwuCore
import HuiwuRulebookYAML
import HuiwuStore
import Vapor

/// The rulebook (X3): everyone reads the version in force and the earlier ones (a
/// decision cites them); admins check and adopt new versions. Versions are never changed.
struct RulebookAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.rulebook, use: inForce)
        routes.get(APIURL.rulebookVersions, use: versions)
        routes.upload(APIURL.rulebookVersions, maxSize: "2mb", requiring: .manageRulebook, use: adopt)
        routes.get(APIURL.rulebookVersion(.key), use: version)
        routes.upload(APIURL.rulebookCheck, maxSize: "2mb", requiring: .manageRulebook, use: check)
        routes.get(APIURL.rulebookTemplates, use: templates)
        routes.upload(APIURL.rulebookDryRun, maxSize: "2mb", requiring: .manageRulebook, use: dryRun)
    }

    struct SourceBody: Content {
        var source: String
        var note: String?
    }

    /// `GET /api/v1/rulebook`: the version in force today, with its clauses (404 before any).
    func inForce(req: Request) async throws -> RulebookDetailDTO {
        _ = try req.require(.readRulebook)
        let rulebooks = req.huiwu.rulebooks
        guard let v = try await rulebooks.inForce(on: req.huiwu.time.date(of: req.now)) else {
            throw ProblemError(.notFound, "rulebook.none_in_force")
        }
        return RulebookDetailDTO(v, try rulebooks.rulebook(v), inForce: v.version, time: req.huiwu.time)
    }

    /// `GET /api/v1/rulebook/versions`: every version, newest first, which one is in force today.
    func versions(req: Request) async throws -> [RulebookVersionDTO] {
        _ = try req.require(.readRulebook)
        let current = try await req.huiwu.rulebooks.inForce(on: req.huiwu.time.date(of: req.now))?.version
        return try await req.huiwu.rulebooks.versions().map { RulebookVersionDTO($0, inForce: current, time: req.huiwu.time) }
    }

    /// `GET /api/v1/rulebook/versions/{version}`.
    func version(req: Request) async throws -> RulebookDetailDTO {
        _ = try req.require(.readRulebook)
        guard let n = req.parameters.get("version").flatMap(Int.init), n > 0,
            let v = try await req.huiwu.rulebooks.version(n)
        else { throw Abort(.notFound) }
        let current = try await req.huiwu.rulebooks.inForce(on: req.huiwu.time.date(of: req.now))?.version
        return RulebookDetailDTO(v, try req.huiwu.rulebooks.rulebook(v), inForce: current, time: req.huiwu.time)
    }

    /// `POST /api/v1/rulebook/versions` `{source, note?}` (admin): adopts the document as the next
    /// version; 422 with every problem (line, column, message) and nothing stored otherwise.
    func adopt(req: Request) async throws -> Response {
        let actor = try req.require(.manageRulebook)
        let body = try req.decodeJSON(SourceBody.self)
        let note = try Self.note(body.note)
        let book = try await RulebookReading.load(body.source)
        let made = try await req.huiwu.rulebooks.adopt(book, source: body.source, by: actor.id, note: note, now: req.now)
        try await req.huiwu.ledger.citeAdoptedRulebook(now: req.now)
        let current = try await req.huiwu.rulebooks.inForce(on: req.huiwu.time.date(of: req.now))?.version
        let dto = RulebookDetailDTO(made, try req.huiwu.rulebooks.rulebook(made), inForce: current, time: req.huiwu.time)
        let response = try await dto.encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: APIURL.rulebookVersion(.value(made.version)).path)
        return response
    }

    /// `POST /api/v1/rulebook/check` `{source, note?}` (admin): would it load, and what would it
    /// change. The note is held to the rule adopting holds it to, so a check that passes means
    /// the same body adopts.
    func check(req: Request) async throws -> RulebookCheckDTO {
        _ = try req.require(.manageRulebook)
        let body = try req.decodeJSON(SourceBody.self)
        _ = try Self.note(body.note)
        return try await Self.check(body.source, req: req)
    }

    /// A document past a bound on what reading it may cost (aliases expanding past the node
    /// budget, too deep, too large) is not checked: 422 with its problem, line and column.
    static func check(_ source: String, req: Request) async throws -> RulebookCheckDTO {
        let catalogs = req.huiwu.catalogs, locale = req.uiLocale
        let rulebooks = req.huiwu.rulebooks
        let book: Rulebook
        do {
            book = try await RulebookReading.load(source)
        } catch let refusal as RulebookRefusal where !RulebookReading.isUnread(refusal) {
            return RulebookCheckDTO(
                valid: false, problems: refusal.problems.map { RulebookProblemDTO($0, catalogs: catalogs, locale: locale) })
        }
        let newest = try await rulebooks.versions().first
        let problems = Rulebooks.numbering(book, source: source, newest: newest?.version)
        let diff = RulebookDiff(
            from: try newest.map { try rulebooks.rulebook($0) }, oldSource: newest?.source ?? "", to: book, newSource: source)
        return RulebookCheckDTO(
            valid: problems.isEmpty, problems: problems.map { RulebookProblemDTO($0, catalogs: catalogs, locale: locale) },
            version: book.version, effective: book.effective.description, added: diff.added, removed: diff.removed,
            changed: diff.changed)
    }

    struct DryRunBody: Content {
        var source: String
        /// `YYYY-MM`; by default last month.
        var month: String?
    }

    /// `POST /api/v1/rulebook/dry-run` `{source, month}`: the decisions of that month that the
    /// document would have taken differently. A document that does not load is a 422 with its
    /// problems by line.
    func dryRun(req: Request) async throws -> DryRunDTO {
        _ = try req.require(.manageRulebook)
        let body = try req.decodeJSON(DryRunBody.self)
        let span = try Self.dryRunMonth(body.month, req: req)
        let book = try await RulebookReading.load(body.source)
        return try await DryRunDTO.make(
            try await req.huiwu.rulebooks.dryRun(book, over: span, time: req.huiwu.time), candidate: book, req: req)
    }

    /// The month a dry run replays: the one named, or last month.
    static func dryRunMonth(_ given: String?, req: Request) throws -> Interval {
        if let given { return try MonthParameter.month(given, req: req).span }
        let time = req.huiwu.time
        let firstOfThisMonth = Escalation.period(.month, containing: time.date(of: req.now)).start
        let last = Escalation.period(.month, containing: firstOfThisMonth.adding(days: -1))
        return Interval(start: time.instant(last.start, minutes: 0), end: time.instant(last.end, minutes: 0))
    }

    /// `GET /api/v1/rulebook/templates`: the five seed regulations, ready to adopt.
    func templates(req: Request) async throws -> [RulebookTemplateDTO] {
        _ = try req.require(.readRulebook)
        return req.huiwu.rulebookTemplates.map {
            RulebookTemplateDTO(
                name: $0.name, key: $0.rulebook.key, title: $0.rulebook.title, clauseCount: $0.rulebook.clauses.count,
                source: $0.source)
        }
    }

    /// An adoption note: optional, one line of at most 200 characters as sent (the document's
    /// `maxLength` and `pattern`): no line break or other control character but tab.
    static func note(_ text: String?) throws -> String? {
        guard let text else { return nil }
        if TextRules.length(text) > noteMaxLength {
            throw ValidationFailure([FieldError("note", "field.too_long", ["max": String(noteMaxLength)])])
        }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" }) {
            throw ValidationFailure([FieldError("note", "field.control_characters")])
        }
        let trimmed = text.trimmedWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }

    static let noteMaxLength = 200
}
