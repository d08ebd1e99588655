import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// `/reports/cadence` (R2.4): for each cadence clause of the rulebook in force, a
/// table of its periods — required, held, planned, whether held on the days the type's rule
/// names — with a bar per period. A bad date re-renders the form with the message.
struct CadenceReportPage: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.cadenceReport, use: show)
    }

    struct PeriodRow: Encodable {
        var label: String
        var required: String
        var held: Int
        var heldOn: String
        var planned: Int
        var status: String
        var statusLabel: String
        /// The bar's length, percent of the required count (capped at 100).
        var bar: Int
        var note: String
    }

    struct Line: Encodable {
        var clause: String
        var type: String
        var periods: [PeriodRow]
        var summary: String
    }

    struct View: Encodable {
        var from: String
        var months: String
        var action = SiteURL.cadenceReport.path
        var errors: FormErrors
        var lines: [Line]
        var version: String?
        var semesterHint: Bool
    }

    func show(req: Request) async throws -> Response {
        _ = try req.webRequire(.viewCompliance)
        do {
            let (from, through) = try CadenceReportAPI.span(req)
            let report = try await req.huiwu.cadenceReports.report(from: from, through: through, now: req.now)
            let months = (through.year - from.year) * 12 + through.month - from.month + 1
            return try await render(
                req, report: report, from: String(from.description.prefix(7)), months: String(months), errors: FormErrors())
        } catch let failure as ValidationFailure {
            return try await render(
                req, report: nil, from: req.query[String.self, at: "from"] ?? "",
                months: req.query[String.self, at: "months"] ?? "",
                errors: FormErrors(failure.errors, on: req), status: .unprocessableEntity)
        }
    }

    func render(
        _ req: Request, report: CadenceReport?, from: String, months: String, errors: FormErrors,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let lang = req.uiLocale.rawValue
        var lines: [Line] = []
        var semesterClauses = false
        for line in report?.lines ?? [] {
            let r = line.clause.rule
            if r.per == .semester { semesterClauses = true }
            let required =
                r.atMost.map { $0 == r.atLeast ? String($0) : "\(r.atLeast)–\($0)" }
                ?? req.t("ui_cadence_at_least", ["n": String(r.atLeast)])
            let rows = line.periods.map { p in
                var notes: [String] = []
                if !p.offDay.isEmpty {
                    notes.append(req.t("ui_cadence_off_day", ["days": req.list(p.offDay.map(\.description))]))
                }
                if !p.expected.isEmpty && p.held.isEmpty {
                    notes.append(req.t("ui_cadence_expected", ["days": req.list(p.expected.map(\.description))]))
                }
                return PeriodRow(
                    label: p.starts == p.ends ? p.starts.description : "\(p.starts) – \(p.ends)", required: required,
                    held: p.held.count,
                    heldOn: req.list(p.held.map(\.description)), planned: p.planned, status: p.status.rawValue,
                    statusLabel: req.t("ui_cadence_status_" + p.status.rawValue),
                    bar: min(100, p.held.count * 100 / max(p.atLeast, 1)), note: notes.joined(separator: " "))
            }
            let met = line.periods.filter { $0.status == .met }.count
            lines.append(
                Line(
                    clause: line.clause.clause.shownWords(req),
                    type: line.type?.template.name.text(lang) ?? req.t("ui_cadence_type_missing", ["code": r.meetingType]),
                    periods: rows,
                    summary: req.t(
                        "ui_cadence_summary", ["met": String(met), "total": String(line.periods.count)])))
        }
        let view = View(
            from: from, months: months, errors: errors, lines: lines,
            version: report?.rulebookVersion.map { req.t("ui_cadence_version", ["version": String($0)]) },
            semesterHint: semesterClauses && !(report?.hasSemesters ?? true))
        return try await req.page("cadence", title: req.t("ui_cadence_title"), section: "cadence", view, status: status)
    }
}
