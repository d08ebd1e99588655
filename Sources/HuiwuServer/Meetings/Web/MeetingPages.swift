import HuiwuCore
import HuiwuStore
import Vapor

/// My meetings by week or month, a series with its dates, and the meeting page with its
/// participant list, edits and cancellation by scope (R2.2, R2.3, R2.5).
struct MeetingPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.meetings, use: list)
        routes.get(SiteURL.meetingSeries(.key), use: series)
        routes.get(SiteURL.meeting(.key), use: show)
        routes.post(SiteURL.meetingEdit(.key), use: edit)
        routes.post(SiteURL.meetingCancel(.key), use: cancel)
        routes.post(SiteURL.meetingParticipants(.key), use: addParticipants)
        routes.post(SiteURL.meetingParticipantRemove(.key, .key), use: removeParticipant)
        routes.post(SiteURL.meetingNotices(.key), use: sendNotices)
    }

    func item(_ v: MeetingView, _ req: Request) -> Item {
        let time = req.huiwu.time
        let status = v.meeting.status == .cancelled ? "cancelled" : v.bookingStatus ?? "scheduled"
        return Item(
            id: v.meeting.id.uuidString, time: "\(time.clock(v.meeting.startsAt))–\(time.clock(v.meeting.endsAt))",
            title: v.meeting.title, roomName: v.roomName ?? req.t("ui_no_room"), status: status,
            statusLabel: req.t("ui_meeting_status_" + status), href: SiteURL.meeting(.value(v.meeting.id)).path)
    }

    /// `GET /meetings?view=week|month&date=YYYY-MM-DD`.
    func list(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let time = req.huiwu.time
        let today = time.date(of: req.now)
        let anchor = req.query[String.self, at: "date"].flatMap(CivilDate.init) ?? today
        let month = req.query[String.self, at: "view"] == "month"
        let first: CivilDate, last: CivilDate, previous: CivilDate, next: CivilDate, heading: String
        if month {
            let start = CivilDate(year: anchor.year, month: anchor.month, day: 1)!
            let following =
                anchor.month == 12
                ? CivilDate(year: anchor.year + 1, month: 1, day: 1)!
                : CivilDate(year: anchor.year, month: anchor.month + 1, day: 1)!
            first = start.adding(days: 1 - start.isoWeekday)
            let end = following.adding(days: -1)
            last = end.adding(days: 7 - end.isoWeekday)
            previous = start.adding(days: -1)
            next = following
            heading = req.t("ui_month_heading", ["year": String(anchor.year), "month": String(anchor.month)])
        } else {
            first = anchor.adding(days: 1 - anchor.isoWeekday)
            last = first.adding(days: 6)
            previous = first.adding(days: -7)
            next = first.adding(days: 7)
            heading = "\(first) – \(last)"
        }
        let window = Interval(start: time.instant(first, minutes: 0), end: time.instant(last.adding(days: 1), minutes: 0))
        let found = try await req.huiwu.meetings.meetings(for: actor.id, in: window)
        let byDay = Dictionary(grouping: found) { time.date(of: $0.meeting.startsAt) }
        var weeks: [[Day]] = []
        var day = first
        while day <= last {
            var week: [Day] = []
            for _ in 0..<7 {
                week.append(
                    Day(
                        date: day.description,
                        label: month ? String(day.day) : "\(day.month)/\(day.day) " + req.t("ui_weekday_\(day.isoWeekday)"),
                        today: day == today, inMonth: !month || day.month == anchor.month,
                        items: (byDay[day] ?? []).map { item($0, req) }))
                day = day.adding(days: 1)
            }
            weeks.append(week)
        }
        let view = ListView(
            view: month ? "month" : "week", heading: heading, previous: previous.description, next: next.description,
            weeks: weeks, weekdayLabels: (1...7).map { req.t("ui_weekday_\($0)") }, empty: found.isEmpty,
            canCreate: AccessPolicy.allows(actor.role, .bookRoom),
            previousHref: SiteURL.meetings.href(["view": month ? "month" : "week", "date": previous.description]),
            nextHref: SiteURL.meetings.href(["view": month ? "month" : "week", "date": next.description]))
        return try await req.page("meetings", title: req.t("ui_meetings_title"), section: "meetings", view)
    }

    /// `GET /meetings/series/{id}`: the series in words and every meeting it made.
    func series(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let book = req.huiwu.meetings
        guard let s = try await book.series(try req.idParameter()) else { throw ProblemError(.notFound, "not_found") }
        let meetings = try await book.meetings(ofSeries: s.id)
        guard try await book.maySee(s, meetings: meetings, actor: actor) else { throw ProblemError(.notFound, "not_found") }
        let time = req.huiwu.time
        let words = RecurrenceWords(catalogs: req.huiwu.catalogs, locale: req.uiLocale)
        let items = meetings.map { v in
            let d = time.date(of: v.meeting.startsAt)
            return SeriesItem(
                id: v.meeting.id.uuidString, date: d.description, weekday: req.t("ui_weekday_\(d.isoWeekday)"),
                item: item(v, req), overridden: v.meeting.overridden)
        }
        let view = SeriesView(
            id: s.id.uuidString, title: s.title, summary: words.describe(s.schedule.rule, start: s.schedule.start),
            rule: s.schedule.rule.text, through: s.schedule.through.description,
            policyLabel: req.t("ui_holiday_policy_" + s.schedule.holidayPolicy.rawValue), items: items)
        return try await req.page("meeting-series", title: s.title, section: "meetings", view)
    }

    struct EditForm: Content {
        var scope: String?
        var title: String?
        var roomId: String?
        var date: String?
        var time: String?
        var durationMinutes: String?
        var reason: String?
        var version: String?
    }

    /// `GET /meetings/{id}`.
    func show(req: Request) async throws -> Response {
        try await render(req, edit: nil, errors: FormErrors(), status: .ok, acknowledge: true)
    }

    /// The meeting page; `acknowledge` (opening it, not a form shown again with its errors)
    /// marks the reader's notices of it read (R5.2).
    func render(
        _ req: Request, edit: EditForm?, errors: FormErrors, status: HTTPResponseStatus,
        acknowledge: Bool = false, leaveError: String? = nil, added: AddForm? = nil,
        offence: AttendancePanel.OffenceKept? = nil, kept: MeetingWorkPages.Kept? = nil
    ) async throws -> Response {
        let actor = try req.webActor()
        let view = try await MeetingsAPI.visible(req)
        let m = view.meeting
        let time = req.huiwu.time
        // Organiser or room office: minutes are still theirs after the meeting; changes and notices
        // only while it is ahead.
        let manages = AccessPolicy.mayManageMeeting(role: actor.role, actorID: actor.id, organiserID: m.organiserId)
        let canChange = manages && m.status == .scheduled && m.endsAt > req.now
        let listed = try await req.huiwu.meetings.participants(of: m.id)
        let people = listed.map { p in
            PersonRow(
                id: p.record.id.uuidString, name: p.name,
                detail: [p.departmentName, p.record.personId == nil ? p.email : nil].compactMap { $0 }.joined(separator: " · "),
                roleLabel: req.t("ui_participant_role_" + p.record.role.rawValue), removed: p.record.removed,
                canRemove: canChange && !p.record.removed && p.record.role != .organiser,
                removeAction: SiteURL.meetingParticipantRemove(.value(m.id), .value(p.record.id)).path)
        }
        var seriesSummary: String?
        if let id = m.seriesId, let s = try await req.huiwu.meetings.series(id) {
            seriesSummary = RecurrenceWords(catalogs: req.huiwu.catalogs, locale: req.uiLocale)
                .describe(s.schedule.rule, start: s.schedule.start)
        }
        if acknowledge { try await req.huiwu.notices.acknowledge(m.id, person: actor.id, now: req.now) }
        let canNotify = manages && m.status == .scheduled
        let deliveries = manages ? try await DeliveryRow.rows(of: m.id, req: req) : []
        let day = time.date(of: m.startsAt)
        let form =
            edit
            ?? EditForm(
                scope: "this", title: m.title, roomId: m.roomId?.uuidString, date: day.description,
                time: time.clock(m.startsAt), durationMinutes: String(Int(m.interval.duration / 60)),
                reason: nil, version: String(m.version))
        let rooms = try await req.huiwu.rooms.rooms()
        let state = m.status == .cancelled ? "cancelled" : view.bookingStatus ?? "scheduled"
        let roomName = try await Self.roomText(view, rooms: rooms, req: req)
        var attendance = try await AttendancePanel.build(m, actor: actor, req: req)
        var work = try await MeetingWorkPages.view(m, actor: actor, canChange: canChange, req: req)
        if let kept { work.keep(kept) }
        if let offence { attendance.keep(offence) }
        let page = MeetingPageView(
            id: m.id.uuidString, version: m.version, title: m.title, date: day.description,
            weekday: req.t("ui_weekday_\(day.isoWeekday)"), time: "\(time.clock(m.startsAt))–\(time.clock(m.endsAt))",
            roomName: roomName, organiserName: view.organiserName, status: state,
            statusLabel: req.t("ui_meeting_status_" + state), seriesId: m.seriesId?.uuidString, seriesSummary: seriesSummary,
            canChange: canChange, people: people, edit: form,
            rooms: [Choice(value: "", label: req.t("ui_no_room"), selected: form.roomId == nil)]
                + rooms.map { Choice(value: $0.id.uuidString, label: $0.name, selected: form.roomId == $0.id.uuidString) },
            roles: Role.allCases.map { Choice(value: $0.rawValue, label: req.t("ui_role_" + $0.rawValue), selected: false) },
            errors: errors, canNotify: canNotify, deliveries: deliveries,
            robotPosts: manages ? try await RobotPostRow.rows(of: m.id, req: req) : [],
            notNotified: deliveries.filter(\.notNotified).count,
            notified: deliveries.contains { !$0.notNotified },
            mailNotSetUp: manages && !deliveries.isEmpty && req.huiwu.noticeSettings.smtp == nil,
            work: work,
            canEditMinutes: manages,
            attendance: attendance,
            chair: try await ChairPanel.build(m, people: listed, actor: actor, req: req),
            leave: try await LeavePanel.build(m, actor: actor, req: req),
            leaveError: leaveError,
            links: MeetingLinks(m.id, series: m.seriesId, csrf: req.signedIn?.csrfToken ?? ""),
            picker: try await ParticipantPicker.view(req, typed: added?.people, chosen: added?.personIds),
            adding: try await Self.adding(added, canChange: canChange, req: req))
        return try await req.page("meeting", title: m.title, section: "meetings", page, status: status)
    }

    /// `POST /meetings/{id}/edit`: the edit form, by scope. Only what the organiser changed is
    /// applied: a rename of the whole series must not move every meeting to this one's time.
    func edit(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let view = try await MeetingsAPI.managed(req)
        let m = view.meeting, id = m.id, time = req.huiwu.time
        let form = try req.content.decode(EditForm.self)
        do {
            let scope = form.scope ?? "this"
            var errors: [FieldError] = []
            let duration = SeriesForm.number(form.durationMinutes, field: "durationMinutes", errors: &errors)
            try Input.check(errors)
            let day = time.date(of: m.startsAt).description, clock = time.clock(m.startsAt)
            let moved = (form.date ?? day) != day || (form.time ?? clock) != clock
            let body = MeetingEditBody(
                scope: scope, title: form.title == m.title ? nil : form.title,
                roomId: form.roomId.flatMap { $0.isEmpty || $0 == m.roomId?.uuidString ? nil : $0 },
                start: scope == "this" && moved ? "\(form.date ?? "")T\(form.time ?? ""):00" : nil,
                time: scope != "this" && (form.time ?? clock) != clock ? form.time : nil,
                durationMinutes: duration == Int(m.interval.duration / 60) ? nil : duration)
            let (editScope, change) = try body.change()
            let changed = try await req.huiwu.scheduler.edit(
                id, scope: editScope, change, by: actor,
                expectedVersion: form.version.flatMap(Int.init), now: req.now)
            return req.redirect(to: SiteURL.meeting(.value(changed.first?.id ?? id)), ["done": "saved"])
        } catch let failure as ValidationFailure {
            return try await render(req, edit: form, errors: FormErrors(failure.errors, on: req), status: .unprocessableEntity)
        } catch let error as MeetingError {
            // Not theirs to change: the error page, not the form (X1).
            if case .forbidden = error { throw error }
            var errors = FormErrors()
            errors.general = [ProblemMapper.problem(for: error, on: req).title]
            if case .unresolved(let plan) = error {
                errors.general += plan.map { "\($0.start.date) \(time.clock($0.interval.start))" }
            }
            return try await render(req, edit: form, errors: errors, status: .conflict)
        } catch let error as BookingError {
            let problem = ProblemMapper.problem(for: error, on: req)
            var errors = FormErrors()
            errors.general = [problem.title] + (problem.errors ?? []).map(\.message)
            return try await render(req, edit: form, errors: errors, status: HTTPResponseStatus(statusCode: problem.status))
        }
    }

    /// `POST /meetings/{id}/notices`: notifies every participant (R5.2).
    func sendNotices(req: Request) async throws -> Response {
        let actor = try req.webActor()
        _ = try await MeetingsAPI.managed(req)  // 404 to whoever may not see it, 403 to a participant
        let id = try req.idParameter()
        // Refused (the meeting over or cancelled): the meeting page with why, nothing sent.
        return try await MeetingPages.refusing(req) {
            _ = try await req.huiwu.notices.send(id, kind: .invitation, by: actor, now: req.now)
            return req.redirect(to: SiteURL.meeting(.value(id)), ["done": "sent"])
        }
    }
}
