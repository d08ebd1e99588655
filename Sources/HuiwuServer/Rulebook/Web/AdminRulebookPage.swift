import HuiwuCore
import HuiwuRulebookYAML
import HuiwuStore
import Vapor

/// The admin's rulebook editor (X3): start from the version in force or a seed
/// regulation, edit the YAML, check it (every problem by line, and what it would change), adopt
/// it as the next version. Nothing is stored until it loads whole.
struct AdminRulebookPage: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.adminRulebook, use: show)
        routes.upload(SiteURL.adminRulebook, maxSize: "2mb", requiring: .manageRulebook, use: submit)
    }

    struct Form: Content {
        var source: String?
        var note: String?
        /// `check`, `dry_run` or `adopt`.
        var intent: String?
        /// The month a dry run replays (`YYYY-MM`; empty: last month).
        var month: String?
    }

    /// What the document would have decided differently in a past month (X3 dry run).
    struct DryRunView: Encodable {
        var summary: String
        var lines: [String]
    }

    struct ProblemLine: Encodable {
        var place: String
        var message: String
        /// The document's line the problem is on, for context.
        var excerpt: String
    }

    struct TemplateLink: Encodable {
        var name: String
        var title: String
        var href: String
    }

    struct EditorView: Encodable {
        var source: String
        var note: String
        var problems: [ProblemLine]
        var checked: Bool
        var valid: Bool
        var added: [String]
        var removed: [String]
        var changed: [String]
        var diff: [RulebookPages.DiffLine]
        var templates: [TemplateLink]
        var newest: Int?
        var month: String
        var monthError: String?
        var dryRun: DryRunView?
        var action = SiteURL.adminRulebook.path
        var rulebookHref = SiteURL.rulebook.path
    }

    func show(req: Request) async throws -> Response {
        _ = try req.webRequire(.manageRulebook)
        let newest = try await req.huiwu.rulebooks.versions().first
        let tomorrow = req.huiwu.time.date(of: req.now).adding(days: 1)
        var source = newest.map { RulebookTemplates.renumbered($0.source, version: $0.version + 1, effective: tomorrow) } ?? ""
        if let name = req.query[String.self, at: "template"] {
            guard let template = req.huiwu.rulebookTemplates.first(where: { $0.name == name }) else { throw Abort(.notFound) }
            // A first version takes effect at once; a later one tomorrow, the admin may change it.
            source =
                newest == nil
                ? template.source
                : RulebookTemplates.renumbered(template.source, version: newest!.version + 1, effective: tomorrow)
        }
        return try await render(req, Form(source: source), problems: [], checked: false, status: .ok)
    }

    func submit(req: Request) async throws -> Response {
        let actor = try req.webRequire(.manageRulebook)
        var form = try req.content.decode(Form.self)
        // A browser sends the textarea's lines ending CR LF; the version is kept as typed, with LF (X2).
        form.source = form.source.map { TextLines.normalised($0) }
        let source = form.source ?? ""
        if form.intent == "adopt" {
            do {
                let note = try RulebookAPI.note(form.note)
                let book = try await RulebookReading.load(source)
                let made = try await req.huiwu.rulebooks.adopt(book, source: source, by: actor.id, note: note, now: req.now)
                try await req.huiwu.ledger.citeAdoptedRulebook(now: req.now)
                return req.redirect(to: SiteURL.rulebookVersion(.value(made.version)), ["done": "rulebook_adopted"])
            } catch let refusal as RulebookRefusal {
                return try await render(req, form, problems: refusal.problems, checked: true, status: .unprocessableEntity)
            } catch let failure as ValidationFailure {
                let problems = failure.errors.map { RulebookProblem($0.code, at: $0.field, $0.parameters) }
                return try await render(
                    req, form, problems: problems, checked: true, status: .unprocessableEntity, fieldCodes: true)
            }
        }
        let check: RulebookCheckDTO
        do {
            check = try await RulebookAPI.check(source, req: req)
        } catch let refusal as RulebookRefusal {
            return try await render(req, form, problems: refusal.problems, checked: true, status: .unprocessableEntity)
        }
        let problems = check.problems.map {
            RulebookProblem($0.code, at: $0.path, line: $0.line, column: $0.column, $0.parameters)
        }
        var dryRun: DryRunView?
        if form.intent == "dry_run", problems.isEmpty || check.version != nil {
            do {
                // The form's empty month field means last month.
                let span = try RulebookAPI.dryRunMonth(form.month.flatMap { $0.isEmpty ? nil : $0 }, req: req)
                let book = try await RulebookReading.load(source)
                let report = try await DryRunDTO.make(
                    try await req.huiwu.rulebooks.dryRun(book, over: span, time: req.huiwu.time), candidate: book, req: req)
                dryRun = DryRunView(
                    summary: req.t(
                        report.changes.isEmpty ? "ui_dry_run_same" : "ui_dry_run_summary",
                        [
                            "month": req.huiwu.time.date(of: span.start).description.prefix(7).description,
                            "meetings": String(report.meetings), "leave": String(report.leaveRequests),
                            "changes": String(report.changes.count),
                        ]), lines: report.changes.map(\.text))
            } catch let failure as ValidationFailure {
                return try await render(
                    req, form, problems: problems, checked: true, status: .unprocessableEntity, check: check,
                    monthError: FormErrors(failure.errors, on: req).messages["month"])
            } catch is RulebookRefusal {
                // Problems already listed by the check.
            }
        }
        return try await render(req, form, problems: problems, checked: true, status: .ok, check: check, dryRun: dryRun)
    }

    func render(
        _ req: Request, _ form: Form, problems: [RulebookProblem], checked: Bool, status: HTTPResponseStatus,
        check: RulebookCheckDTO? = nil, fieldCodes: Bool = false, dryRun: DryRunView? = nil, monthError: String? = nil
    ) async throws -> Response {
        let source = form.source ?? ""
        let lines = LineDiff.lines(source)
        let rows = problems.map { p in
            ProblemLine(
                place: p.line.map { req.t("ui_rulebook_at", ["line": "\($0)", "column": "\(p.column ?? 1)"]) } ?? "",
                message: fieldCodes ? req.t("error." + p.code, p.parameters) : req.t("error.rulebook." + p.code, p.parameters),
                excerpt: p.line.flatMap { $0 >= 1 && $0 <= lines.count ? lines[$0 - 1] : nil } ?? "")
        }
        let newest = try await req.huiwu.rulebooks.versions().first
        var diff: [RulebookPages.DiffLine] = []
        if check?.valid == true || (check != nil && check?.version != nil) {
            diff = RulebookPages.lines(LineDiff.compare(newest?.source ?? "", source))
        }
        let view = EditorView(
            source: source, note: form.note ?? "", problems: rows, checked: checked, valid: checked && problems.isEmpty,
            added: check?.added ?? [], removed: check?.removed ?? [], changed: check?.changed ?? [], diff: diff,
            templates: req.huiwu.rulebookTemplates.map {
                TemplateLink(
                    name: $0.name, title: $0.rulebook.title.text(req.uiLocale.rawValue),
                    href: SiteURL.adminRulebook.href(["template": $0.name]))
            }, newest: newest?.version, month: form.month ?? "", monthError: monthError, dryRun: dryRun)
        return try await req.page(
            "admin-rulebook", title: req.t("ui_rulebook_edit_title"), section: "admin-rulebook", view, status: status)
    }
}
