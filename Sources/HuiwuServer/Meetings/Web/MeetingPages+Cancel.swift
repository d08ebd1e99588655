import HuiwuCore
import HuiwuStore
import Vapor

/// The meeting page's destructive forms, each asking first (`ConfirmFirst`): cancelling the
/// meeting (or its series, by scope) and removing someone from its list.
extension MeetingPages {
    /// `POST /meetings/{id}/cancel`.
    func cancel(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let m = try await MeetingsAPI.managed(req).meeting  // 404 to whoever may not see it, 403 to a participant
        let id = m.id, time = req.huiwu.time
        let form = try req.content.decode(EditForm.self)
        let scope = EditScope(rawValue: form.scope ?? "this") ?? .this
        var errors: [FieldError] = []
        let reason = Input.text(form.reason, field: "reason", max: 500, required: false, errors: &errors)
        if !errors.isEmpty {
            return try await render(req, edit: form, errors: FormErrors(errors, on: req), status: .unprocessableEntity)
        }
        if let ask = try await ConfirmFirst.ask(
            req, question: req.t("ui_confirm_meeting_cancel", ["title": m.title]),
            detail: "\(time.date(of: m.startsAt)) \(time.clock(m.startsAt))–\(time.clock(m.endsAt))"
                + (m.seriesId == nil ? "" : " · " + req.t("ui_scope_" + scope.rawValue)),
            confirm: req.t("ui_meeting_cancel"), back: SiteURL.meeting(.value(id)).path)
        {
            return ask
        }
        _ = try await req.huiwu.scheduler.cancel(
            id, scope: scope, reason: (reason ?? "").isEmpty ? nil : reason,
            by: actor, expectedVersion: form.version.flatMap(Int.init), now: req.now)
        return req.redirect(to: SiteURL.meeting(.value(id)), ["done": "cancelled"])
    }

    /// `POST /meetings/{id}/participants/{participant}/remove`.
    func removeParticipant(req: Request) async throws -> Response {
        let actor = try req.webActor()
        _ = try await MeetingsAPI.managed(req)  // 404 to whoever may not see it, 403 to a participant
        let id = try req.idParameter()
        let row = try await req.huiwu.meetings.participants(of: id, only: try req.idParameter("participant")).first
        if let ask = try await ConfirmFirst.ask(
            req, question: req.t("ui_confirm_participant_remove", ["name": row?.name ?? ""]), confirm: req.t("ui_remove"),
            back: SiteURL.meeting(.value(id)).path)
        {
            return ask
        }
        try await req.huiwu.meetings.removeParticipant(try req.idParameter("participant"), from: id, by: actor, now: req.now)
        return req.redirect(to: SiteURL.meeting(.value(id)), ["done": "saved"])
    }
}
