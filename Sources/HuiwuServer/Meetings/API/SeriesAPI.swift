import HuiwuCore
import HuiwuStore
import Vapor

/// Recurring series (R2.2): preview with the conflict report, create all or nothing, read.
struct SeriesAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(APIURL.seriesPreview, use: preview)
        routes.post(APIURL.seriesList, use: create)
        routes.get(APIURL.series(.key), use: show)
    }

    struct PreviewDTO: Content {
        var rule: String
        var summary: String
        var zone: String
        var occurrences: [OccurrenceDTO]
        /// Occurrences still in the way (conflict or rules), which creating would refuse.
        var unresolved: Int
    }

    /// The meeting type a body names (422 if there is none such).
    static func type(_ text: String?, req: Request) async throws -> MeetingType? {
        guard let text else { return nil }
        var errors: [FieldError] = []
        var type: MeetingType?
        if let id = Input.uuid(text, field: "typeId", errors: &errors) {
            type = try await req.huiwu.meetingTypes.type(id)
            if type == nil { errors.append(FieldError("typeId", "meeting.type_not_found")) }
        }
        try Input.check(errors)
        return type
    }

    /// The draft a body describes, with the type it names.
    static func draft(_ body: SeriesBody, req: Request) async throws -> (SeriesDraft, [LocalDateTime: OccurrenceResolution]) {
        try SeriesInput.draft(body, type: try await type(body.typeId, req: req), locale: req.uiLocale)
    }

    /// `POST /api/v1/series/preview`: every occurrence with its state (free, conflict, rules,
    /// skipped) and, for those in the way, the alternatives. Writes nothing.
    /// Previewing is part of booking: those who may not book (cleaning) may not probe rooms' use.
    func preview(req: Request) async throws -> PreviewDTO {
        let actor = try req.require(.bookRoom)
        let (draft, resolutions) = try await Self.draft(try req.decodeJSON(SeriesBody.self), req: req)
        let plan = try await req.huiwu.scheduler.preview(draft, resolutions: resolutions, by: actor, now: req.now)
        let time = req.huiwu.time, catalogs = req.huiwu.catalogs, locale = req.uiLocale
        let words = RecurrenceWords(catalogs: catalogs, locale: locale)
        return PreviewDTO(
            rule: draft.schedule.rule.text, summary: words.describe(draft.schedule.rule, start: draft.schedule.start),
            zone: time.zone.identifier,
            occurrences: plan.map { OccurrenceDTO($0, time: time, catalogs: catalogs, locale: locale) },
            unresolved: plan.filter { !$0.isClear }.count)
    }

    /// `POST /api/v1/series`: creates the series and books every occurrence, or answers 409 with
    /// the report (`occurrences`) and writes nothing.
    func create(req: Request) async throws -> Response {
        let actor = try req.require(.bookRoom)
        let (draft, resolutions) = try await Self.draft(try req.decodeJSON(SeriesBody.self), req: req)
        let created = try await req.huiwu.scheduler.createSeries(draft, resolutions: resolutions, by: actor, now: req.now)
        let time = req.huiwu.time
        let dto = SeriesDTO(
            created.series, words: RecurrenceWords(catalogs: req.huiwu.catalogs, locale: req.uiLocale),
            meetings: created.meetings.map { MeetingDTO($0, time: time) })
        let response = try await dto.encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: APIURL.series(.value(created.series.id)).path)
        return response.tag(version: created.series.version)
    }

    /// `GET /api/v1/series/{id}`: the series and its meetings (organiser, or whoever sees all bookings).
    func show(req: Request) async throws -> Response {
        let actor = try req.actor()
        let book = req.huiwu.meetings
        guard let series = try await book.series(try req.idParameter()) else { throw ProblemError(.notFound, "not_found") }
        let meetings = try await book.meetings(ofSeries: series.id)
        guard try await book.maySee(series, meetings: meetings, actor: actor) else { throw ProblemError(.notFound, "not_found") }
        let time = req.huiwu.time
        let dto = SeriesDTO(
            series, words: RecurrenceWords(catalogs: req.huiwu.catalogs, locale: req.uiLocale),
            meetings: meetings.map { MeetingDTO($0, time: time) })
        return try await dto.encodeResponse(for: req).tag(version: series.version)
    }
}
