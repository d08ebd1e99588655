import HuiwuCore
import HuiwuStore
import Vapor

/// The series editor (R2.2, R2.3): a meeting type to start from, the recurrence builder with
/// the rule in words and the dates it gives, the conflict report with a choice per conflicting
/// occurrence (skip, another room), and the participant groups (R2.5). Works without script.
struct SeriesEditorPage: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.meetingNew, use: form)
        routes.post(SiteURL.meetingNew, use: submit)
    }

    struct OccurrenceRow: Encodable {
        var key: String
        var date: String
        var weekday: String
        var time: String
        var roomName: String
        var state: String
        var stateLabel: String
        var moved: Bool
        var problem: String?
        var options: [Choice]
    }

    struct EditorView: Encodable {
        var form: SeriesForm
        var types: [Choice]
        var rooms: [Choice]
        var departments: [Choice]
        var roles: [Choice]
        var weekdays: [Choice]
        var freqs: [Choice]
        var monthModes: [Choice]
        var nths: [Choice]
        var nthDays: [Choice]
        var beforeDays: [Choice]
        var policies: [Choice]
        var periodKinds: [Choice]
        var errors: FormErrors
        var summary: String?
        var ruleText: String?
        var occurrences: [OccurrenceRow]
        var action = SiteURL.meetingNew.path
        var previewed: Bool
        var unresolved: Int
        /// People picked by name (`ParticipantPicker`).
        var picker: ParticipantPicker.View
    }

    func form(req: Request) async throws -> Response {
        let actor = try req.webRequire(.bookRoom)
        var form = SeriesForm()
        let today = req.huiwu.time.date(of: req.now)
        form.date = today.adding(days: 1).description
        form.time = "09:00"
        form.durationMinutes = "60"
        form.freq = "WEEKLY"
        form.holidayPolicy = HolidayPolicy.skip.rawValue
        form.headcount = "10"
        form.beforeDate = "25"
        if let text = req.query[String.self, at: "typeId"], let id = UUID(uuidString: text),
            let type = try await req.huiwu.meetingTypes.type(id)
        {
            form.apply(type, locale: req.uiLocale, listSeparator: req.t("ui_list_separator"))
        }
        return try await render(req, actor: actor, form: form, errors: FormErrors(), plan: nil, status: .ok)
    }

    func submit(req: Request) async throws -> Response {
        let actor = try req.webRequire(.bookRoom)
        var form = try req.content.decode(SeriesForm.self)
        if form.action == "type" {
            if let id = form.typeId.flatMap(UUID.init(uuidString:)), let type = try await req.huiwu.meetingTypes.type(id) {
                form.apply(type, locale: req.uiLocale, listSeparator: req.t("ui_list_separator"))
            }
            return try await render(req, actor: actor, form: form, errors: FormErrors(), plan: nil, status: .ok)
        }
        do {
            // Names typed become people picked: shown as chosen if the form comes back (R2.5).
            form.personIds = try await ParticipantPicker.merge(form.people, into: form.personIds, req: req)
            form.people = nil
            if form.isOnce {
                guard form.action == "create" else {
                    return try await render(req, actor: actor, form: form, errors: FormErrors(), plan: nil, status: .ok)
                }
                let body = try form.meetingBody(zone: req.huiwu.time)
                let type = try await SeriesAPI.type(body.typeId, req: req)
                let meeting = try await req.huiwu.scheduler.createMeeting(
                    try body.draft(type: type, locale: req.uiLocale),
                    by: actor, now: req.now)
                return req.redirect(to: SiteURL.meeting(.value(meeting.id)), ["done": "saved"])
            }
            let body = try form.seriesBody()
            let (draft, resolutions) = try await SeriesAPI.draft(body, req: req)
            if form.action == "create" {
                let created = try await req.huiwu.scheduler.createSeries(draft, resolutions: resolutions, by: actor, now: req.now)
                return req.redirect(to: SiteURL.meetingSeries(.value(created.series.id)), ["done": "saved"])
            }
            let plan = try await req.huiwu.scheduler.preview(draft, resolutions: resolutions, by: actor, now: req.now)
            return try await render(req, actor: actor, form: form, errors: FormErrors(), plan: (draft, plan), status: .ok)
        } catch let failure as ValidationFailure {
            return try await render(
                req, actor: actor, form: form, errors: FormErrors(failure.errors, on: req), plan: nil,
                status: .unprocessableEntity)
        } catch MeetingError.unresolved(let plan) {
            let (draft, _) = try await SeriesAPI.draft(try form.seriesBody(), req: req)
            var errors = FormErrors()
            errors.general = [req.t("problem.meeting.unresolved", ["count": String(plan.filter { !$0.isClear }.count)])]
            let full = try await req.huiwu.scheduler.preview(draft, resolutions: [:], by: actor, now: req.now)
            let chosen = Dictionary(plan.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
            return try await render(
                req, actor: actor, form: form, errors: errors,
                plan: (draft, full.map { chosen[$0.key] ?? $0 }), status: .conflict)
        } catch let error as MeetingError {
            let problem = ProblemMapper.problem(for: error, on: req)
            var errors = FormErrors()
            for e in problem.errors ?? [] { errors.messages[e.field] = e.message }
            if problem.errors == nil { errors.general = [problem.title] }
            return try await render(req, actor: actor, form: form, errors: errors, plan: nil, status: .unprocessableEntity)
        } catch let error as BookingError {
            let problem = ProblemMapper.problem(for: error, on: req)
            var errors = FormErrors()
            errors.general = [problem.title] + (problem.errors ?? []).map(\.message)
            return try await render(
                req, actor: actor, form: form, errors: errors, plan: nil,
                status: HTTPResponseStatus(statusCode: problem.status))
        }
    }

    func render(
        _ req: Request, actor: Actor, form: SeriesForm, errors: FormErrors,
        plan: (SeriesDraft, [PlannedOccurrence])?, status: HTTPResponseStatus
    ) async throws -> Response {
        let services = req.huiwu, locale = req.uiLocale, time = services.time
        let types = try await services.meetingTypes.all().filter(\.active)
        let rooms = try await services.rooms.rooms()
        let departments = try await services.people.departments()
        func choices(_ pairs: [(String, String)], _ selected: (String) -> Bool) -> [Choice] {
            pairs.map { Choice(value: $0.0, label: $0.1, selected: selected($0.0)) }
        }
        let weekdayPairs = RuleBuilder.weekdays.enumerated().map { ($0.element, req.t("ui_weekday_\($0.offset + 1)")) }
        let roomNames = Dictionary(rooms.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var rows: [OccurrenceRow] = []
        var summary: String?, ruleText: String?
        if let (draft, planned) = plan {
            let words = RecurrenceWords(catalogs: services.catalogs, locale: locale)
            summary = words.describe(draft.schedule.rule, start: draft.schedule.start)
            ruleText = draft.schedule.rule.text
            rows = planned.map { p in
                let state =
                    p.isSkipped
                    ? "skipped"
                    : !p.conflicts.isEmpty || p.clashesWith != nil
                        ? "conflict"
                        : !p.violations.isEmpty ? "rules" : "free"
                var problem: String?
                if !p.conflicts.isEmpty {
                    problem = req.list(p.conflicts.map { "\(time.clock($0.startsAt))–\(time.clock($0.endsAt))" })
                } else if !p.violations.isEmpty {
                    problem = p.violations.map { req.t("error." + $0.code, $0.parameters) }.joined(
                        separator: req.t("ui_semicolon"))
                }
                var options: [Choice] = []
                if !p.isClear || p.resolution != nil {
                    let key = p.key.description
                    options = [
                        Choice(value: "", label: req.t("ui_resolve_keep"), selected: p.resolution == nil),
                        Choice(value: key + "~skip", label: req.t("ui_resolve_skip"), selected: p.isSkipped),
                    ]
                    var offered = p.alternatives.otherRooms.map(\.roomId)
                    if case .room(let id)? = p.resolution, !offered.contains(id) { offered.insert(id, at: 0) }
                    for id in offered {
                        options.append(
                            Choice(
                                value: key + "~room~" + id.uuidString,
                                label: req.t("ui_resolve_room", ["room": roomNames[id] ?? ""]),
                                selected: p.resolution == .room(id)))
                    }
                    // The same room at the nearest free times (a moved occurrence keeps its length).
                    var moves = p.alternatives.sameRoom.map { MeetingScheduler.local($0.startsAt, time) }
                    if case .move(let to)? = p.resolution, !moves.contains(to) { moves.insert(to, at: 0) }
                    for to in moves {
                        options.append(
                            Choice(
                                value: key + "~move~" + to.description,
                                label: req.t(
                                    "ui_resolve_move",
                                    ["when": "\(to.date) \(ClockTime(minutes: to.secondOfDay / 60)?.description ?? "")"]),
                                selected: p.resolution == .move(to)))
                    }
                }
                return OccurrenceRow(
                    key: p.key.description, date: p.start.date.description,
                    weekday: req.t("ui_weekday_\(p.start.date.isoWeekday)"), time: time.clock(p.interval.start),
                    roomName: p.roomId.flatMap { roomNames[$0] } ?? req.t("ui_no_room"), state: state,
                    stateLabel: req.t("ui_occurrence_" + state), moved: p.key.date != p.start.date,
                    problem: problem, options: options)
            }
        }
        let view = EditorView(
            form: form,
            types: [Choice(value: "", label: req.t("ui_meeting_type_none"), selected: (form.typeId ?? "").isEmpty)]
                + types.map {
                    Choice(
                        value: $0.id.uuidString, label: $0.template.name.text(locale.rawValue),
                        selected: form.typeId == $0.id.uuidString)
                },
            rooms: [Choice(value: "", label: req.t("ui_no_room"), selected: (form.roomId ?? "").isEmpty)]
                + rooms.map {
                    Choice(
                        value: $0.id.uuidString, label: req.aside($0.name, String($0.capacity)),
                        selected: form.roomId == $0.id.uuidString)
                },
            departments: departments.map {
                Choice(
                    value: $0.id.uuidString, label: $0.name,
                    selected: form.departments?.contains($0.id.uuidString) ?? false)
            },
            roles: choices(Role.allCases.map { ($0.rawValue, req.t("ui_role_" + $0.rawValue)) }) {
                form.roles?.contains($0) ?? false
            },
            weekdays: choices(weekdayPairs) { form.byday?.contains($0) ?? false },
            freqs: choices([
                ("", req.t("ui_freq_rule")), (SeriesForm.once, req.t("ui_freq_once")), ("DAILY", req.t("ui_freq_daily")),
                ("WEEKLY", req.t("ui_freq_weekly")), ("MONTHLY", req.t("ui_freq_monthly")),
                ("YEARLY", req.t("ui_freq_yearly")),
            ]) { (form.freq ?? "") == $0 },
            monthModes: choices([
                ("day", req.t("ui_month_mode_day")), ("nth", req.t("ui_month_mode_nth")),
                ("before", req.t("ui_month_mode_before")),
            ]) { (form.monthMode ?? "day") == $0 },
            nths: choices(["1", "2", "3", "4", "-1"].map { ($0, req.t("ui_nth_" + $0)) }) { form.nth == $0 },
            nthDays: choices(weekdayPairs) { form.nthDay == $0 },
            beforeDays: choices(weekdayPairs) { (form.beforeDay ?? "FR") == $0 },
            policies: choices(HolidayPolicy.allCases.map { ($0.rawValue, req.t("ui_holiday_policy_" + $0.rawValue)) }) {
                (form.holidayPolicy ?? "skip") == $0
            },
            periodKinds: choices(
                [("", req.t("ui_period_none"))]
                    + CalendarPeriod.Kind.allCases.map {
                        ($0.rawValue, req.t("ui_period_kind_" + $0.rawValue))
                    }
            ) { (form.periodKind ?? "") == $0 },
            errors: errors, summary: summary, ruleText: ruleText, occurrences: rows, previewed: plan != nil,
            unresolved: plan?.1.filter { !$0.isClear }.count ?? 0,
            picker: try await ParticipantPicker.view(req, typed: form.people, chosen: form.personIds))
        return try await req.page("meeting-new", title: req.t("ui_series_new_title"), section: "meetings", view, status: status)
    }
}
