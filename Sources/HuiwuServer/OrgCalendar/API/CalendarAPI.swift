import HuiwuCore
import HuiwuStore
import Vapor

/// The organisation calendar (R2.2): holidays and make-up workdays (调休) that series consult.
/// Everyone signed in may read it; the admin imports and removes entries.
struct CalendarAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.calendar, use: list)
        routes.post(APIURL.calendarImport, use: importEntries)
        routes.delete(APIURL.calendarDay(.key), use: remove)
        routes.get(APIURL.calendarPeriods, use: periods)
        routes.post(APIURL.calendarPeriods, use: addPeriod)
        routes.delete(APIURL.calendarPeriod(.key), use: removePeriod)
    }

    struct PeriodDTO: Content {
        var id: String
        var name: String
        var kind: String
        var starts: String
        var ends: String

        init(_ p: OrganisationCalendar.StoredPeriod) {
            id = p.id.uuidString
            name = p.period.name
            kind = p.period.kind.rawValue
            starts = p.period.starts.description
            ends = p.period.ends.description
        }
    }

    struct PeriodBody: Decodable {
        var name: String
        var kind: String
        var starts: String
        var ends: String
    }

    /// `GET /api/v1/calendar/periods`: semesters, quarters and other periods, by start.
    func periods(req: Request) async throws -> [PeriodDTO] {
        _ = try req.actor()
        return try await req.huiwu.orgCalendar.periods().map(PeriodDTO.init)
    }

    /// `POST /api/v1/calendar/periods` (admin).
    func addPeriod(req: Request) async throws -> Response {
        _ = try req.require(.manageOrganisation)
        let body = try req.decodeJSON(PeriodBody.self)
        let stored = try await req.huiwu.orgCalendar
            .addPeriod(try Self.period(name: body.name, kind: body.kind, starts: body.starts, ends: body.ends), now: req.now)
        let response = Response(status: .created)
        try response.content.encode(PeriodDTO(stored))
        return response
    }

    /// A period from its fields as typed (API or form), or every problem with them.
    static func period(name: String?, kind: String?, starts: String?, ends: String?) throws -> CalendarPeriod {
        var errors: [FieldError] = []
        let name = Input.text(name, field: "name", max: 100, required: true, errors: &errors)
        let kind = kind.flatMap(CalendarPeriod.Kind.init(rawValue:))
        if kind == nil { errors.append(FieldError("kind", "field.enum")) }
        let starts = starts.flatMap(CivilDate.init), ends = ends.flatMap(CivilDate.init)
        if starts == nil { errors.append(FieldError("starts", "field.date")) }
        if ends == nil { errors.append(FieldError("ends", "field.date")) }
        if let starts, let ends, ends < starts { errors.append(FieldError("ends", "register.range_order")) }
        if let starts, let ends, ends.daysSinceEpoch - starts.daysSinceEpoch > 400 {
            errors.append(FieldError("ends", "calendar.period_too_long"))
        }
        try Input.check(errors)
        return CalendarPeriod(name: name!, kind: kind!, starts: starts!, ends: ends!)
    }

    /// `DELETE /api/v1/calendar/periods/{id}` (admin).
    func removePeriod(req: Request) async throws -> HTTPStatus {
        _ = try req.require(.manageOrganisation)
        guard try await req.huiwu.orgCalendar.removePeriod(try req.idParameter()) else {
            throw ProblemError(.notFound, "not_found")
        }
        return .noContent
    }

    struct EntryDTO: Content {
        var date: String
        var kind: String
        var name: String

        init(_ e: WorkCalendar.Entry) {
            date = e.date.description
            kind = e.kind.rawValue
            name = e.name
        }
    }

    struct ImportBody: Decodable {
        var format: String
        var content: String
    }

    struct ImportedDTO: Content {
        var imported: Int
        var entries: [EntryDTO]
    }

    /// Longest span one listing covers.
    static let maxDays = 3 * 366
    /// Largest file accepted (a year of holidays is a few kilobytes).
    static let maxContent = 512 * 1024

    /// `GET /api/v1/calendar?from=YYYY-MM-DD&to=YYYY-MM-DD` (default: the current year).
    func list(req: Request) async throws -> [EntryDTO] {
        _ = try req.actor()
        let today = req.huiwu.time.date(of: req.now)
        var errors: [FieldError] = []
        let (from, to) = Input.dateRange(
            req, from: CivilDate(year: today.year, month: 1, day: 1)!,
            to: { _ in CivilDate(year: today.year, month: 12, day: 31)! }, maxDays: Self.maxDays,
            errors: &errors)
        try Input.check(errors)
        return try await req.huiwu.orgCalendar.entries(from: from, through: to).map(EntryDTO.init)
    }

    /// `POST /api/v1/calendar/import` `{"format": "table" | "icalendar", "content": "…"}`: adds the
    /// entries (replacing those of the same dates), all or nothing.
    func importEntries(req: Request) async throws -> ImportedDTO {
        _ = try req.require(.manageOrganisation)
        let body = try req.decodeJSON(ImportBody.self)
        guard body.format == "table" || body.format == "icalendar" else {
            throw ValidationFailure([FieldError("format", "field.enum")])
        }
        let entries = try Self.read(format: body.format, content: body.content)
        try await req.huiwu.orgCalendar.save(entries, now: req.now)
        return ImportedDTO(imported: entries.count, entries: entries.map(EntryDTO.init))
    }

    /// The entries of an import (`table` or `icalendar`), or the problem as a field error on
    /// `content` naming the line; shared with the admin page.
    static func read(format: String, content: String) throws -> [WorkCalendar.Entry] {
        guard content.utf8.count <= maxContent else {
            throw ValidationFailure([FieldError("content", "field.too_long", ["max": String(maxContent)])])
        }
        let entries: [WorkCalendar.Entry]
        do {
            entries = format == "icalendar" ? try WorkCalendarImport.iCalendar(content) : try WorkCalendarImport.table(content)
        } catch let problem as WorkCalendarImport.Problem {
            throw ValidationFailure([FieldError("content", problem.code, ["line": String(problem.line)])])
        }
        guard !entries.isEmpty else { throw ValidationFailure([FieldError("content", "calendar.empty")]) }
        return entries
    }

    /// `DELETE /api/v1/calendar/days/{date}`.
    func remove(req: Request) async throws -> HTTPStatus {
        _ = try req.require(.manageOrganisation)
        guard let text = req.parameters.get("date"), let date = CivilDate(text),
            try await req.huiwu.orgCalendar.remove(date)
        else {
            throw ProblemError(.notFound, "not_found")
        }
        return .noContent
    }
}
