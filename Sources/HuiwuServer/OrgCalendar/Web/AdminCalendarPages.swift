import HuiwuCore
import HuiwuStore
import Vapor

/// The organisation calendar's admin page (R2.2): one year's holidays and make-up workdays
/// (调休), an import form (a table or a pasted iCalendar file) and removal of single dates.
struct AdminCalendarPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.adminCalendar, use: show)
        routes.post(SiteURL.adminCalendarImport, use: importEntries)
        routes.post(SiteURL.adminCalendarDayDelete(.key), use: remove)
        routes.post(SiteURL.adminCalendarPeriods, use: addPeriod)
        routes.post(SiteURL.adminCalendarPeriodDelete(.key), use: removePeriod)
    }

    struct PeriodRow: Encodable {
        var id: String
        var name: String
        var kindLabel: String
        var starts: String
        var ends: String
        var deleteAction: String
    }

    struct PeriodForm: Content, Encodable {
        var name: String?
        var kind: String?
        var starts: String?
        var ends: String?
    }

    struct Row: Encodable {
        var date: String
        var weekday: String
        var kind: String
        var kindLabel: String
        var name: String
        var deleteAction: String
    }

    struct CalendarView: Encodable {
        var year: Int
        var previousYear: Int
        var nextYear: Int
        var rows: [Row]
        var format: String
        var content: String
        var errors: FormErrors
        var periods: [PeriodRow]
        var period: PeriodForm
        var periodErrors: FormErrors
        var previousHref: String
        var nextHref: String
        var importAction: String
        var addPeriodAction: String
    }

    /// The calendar page of a year, with an outcome to show.
    static func page(year: Int, done: String? = nil) -> String {
        var query: KeyValuePairs<String, String> = ["year": String(year)]
        if let done { query = ["year": String(year), "done": done] }
        return SiteURL.adminCalendar.href(query)
    }

    func show(req: Request) async throws -> Response {
        _ = try req.webRequire(.manageOrganisation)
        return try await render(req, year: year(req), format: "table", content: "", errors: FormErrors(), status: .ok)
    }

    private func year(_ req: Request) -> Int {
        let current = req.huiwu.time.date(of: req.now).year
        guard let y = req.query[Int.self, at: "year"], (2000...2100).contains(y) else { return current }
        return y
    }

    private func render(
        _ req: Request, year: Int, format: String, content: String, errors: FormErrors,
        period: PeriodForm = PeriodForm(), periodErrors: FormErrors = FormErrors(),
        status: HTTPResponseStatus
    ) async throws -> Response {
        let calendar = req.huiwu.orgCalendar
        let periods = try await calendar.periods().map { p in
            PeriodRow(
                id: p.id.uuidString, name: p.period.name, kindLabel: req.t("ui_period_kind_" + p.period.kind.rawValue),
                starts: p.period.starts.description, ends: p.period.ends.description,
                deleteAction: SiteURL.adminCalendarPeriodDelete(.value(p.id)).href(["year": String(year)]))
        }
        let entries =
            try await calendar
            .entries(from: CivilDate(year: year, month: 1, day: 1)!, through: CivilDate(year: year, month: 12, day: 31)!)
        let rows = entries.map { e in
            Row(
                date: e.date.description, weekday: req.t("ui_weekday_\(e.date.isoWeekday)"), kind: e.kind.rawValue,
                kindLabel: req.t("ui_calendar_kind_" + e.kind.rawValue), name: e.name,
                deleteAction: SiteURL.adminCalendarDayDelete(.value(e.date)).href(["year": String(year)]))
        }
        let view = CalendarView(
            year: year, previousYear: year - 1, nextYear: year + 1, rows: rows, format: format,
            content: content, errors: errors, periods: periods, period: period, periodErrors: periodErrors,
            previousHref: Self.page(year: year - 1), nextHref: Self.page(year: year + 1),
            importAction: SiteURL.adminCalendarImport.href(["year": String(year)]),
            addPeriodAction: SiteURL.adminCalendarPeriods.href(["year": String(year)]))
        return try await req.page("admin-calendar", title: req.t("ui_calendar_title"), section: "calendar", view, status: status)
    }

    struct ImportForm: Content {
        var format: String?
        var content: String?
    }

    func importEntries(req: Request) async throws -> Response {
        _ = try req.webRequire(.manageOrganisation)
        let form = try req.content.decode(ImportForm.self)
        let format = form.format == "icalendar" ? "icalendar" : "table"
        let content = form.content ?? ""
        do {
            let entries = try CalendarAPI.read(format: format, content: content)
            let first = entries[0]
            try await req.huiwu.orgCalendar.save(entries, now: req.now)
            return req.redirect(to: Self.page(year: first.date.year, done: "imported"))
        } catch let failure as ValidationFailure {
            return try await render(
                req, year: year(req), format: format, content: content,
                errors: FormErrors(failure.errors, on: req), status: .unprocessableEntity)
        }
    }

    func remove(req: Request) async throws -> Response {
        _ = try req.webRequire(.manageOrganisation)
        guard let text = req.parameters.get("date"), let date = CivilDate(text) else {
            throw ProblemError(.notFound, "not_found")
        }
        if let ask = try await ConfirmFirst.ask(
            req, question: req.t("ui_confirm_calendar_day_delete", ["date": date.description]), confirm: req.t("ui_delete"),
            back: Self.page(year: date.year, done: nil))
        {
            return ask
        }
        let removed = try await req.huiwu.orgCalendar.remove(date)
        return req.redirect(to: Self.page(year: date.year, done: removed ? "deleted" : "failed_not_found"))
    }

    func addPeriod(req: Request) async throws -> Response {
        _ = try req.webRequire(.manageOrganisation)
        let form = try req.content.decode(PeriodForm.self)
        do {
            let period = try CalendarAPI.period(name: form.name, kind: form.kind, starts: form.starts, ends: form.ends)
            _ = try await req.huiwu.orgCalendar.addPeriod(period, now: req.now)
        } catch let failure as ValidationFailure {
            return try await render(
                req, year: year(req), format: "table", content: "", errors: FormErrors(), period: form,
                periodErrors: FormErrors(failure.errors, on: req), status: .unprocessableEntity)
        } catch StoreError.duplicate {
            return try await render(
                req, year: year(req), format: "table", content: "", errors: FormErrors(), period: form,
                periodErrors: FormErrors([FieldError("name", "field.duplicate")], on: req),
                status: .unprocessableEntity)
        }
        return req.redirect(to: Self.page(year: year(req), done: "saved"))
    }

    func removePeriod(req: Request) async throws -> Response {
        _ = try req.webRequire(.manageOrganisation)
        if let ask = try await ConfirmFirst.ask(
            req, question: req.t("ui_confirm_calendar_period_delete"), confirm: req.t("ui_delete"),
            back: Self.page(year: year(req), done: nil))
        {
            return ask
        }
        let removed = try await req.huiwu.orgCalendar.removePeriod(try req.idParameter())
        return req.redirect(to: Self.page(year: year(req), done: removed ? "deleted" : "failed_not_found"))
    }
}
