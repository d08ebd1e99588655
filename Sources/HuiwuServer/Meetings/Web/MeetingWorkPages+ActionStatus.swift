import HuiwuCore
import HuiwuStore
import Vapor

/// Checking off an action item from a meeting's page or one's own list (R5.8): open, done or
/// cancelled, by whoever the minutes allow.
extension MeetingWorkPages {
    struct StatusForm: Content {
        var status: String?
        var back: String?
    }

    /// `POST /actions/{id}/status`.
    func setStatus(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let form = try req.content.decode(StatusForm.self)
        let id = try req.idParameter()
        // Only who may change it learns whether the status was one of the three; a status the
        // form never offers is refused, not read as "done".
        try await req.huiwu.minutes.requireMayChangeStatus(of: id, by: actor)
        guard let status = form.status.flatMap(ActionStatus.init(rawValue:)) else {
            throw ValidationFailure([FieldError("status", "field.enum")])
        }
        let item = try await req.huiwu.minutes.setStatus(id, status, by: actor, expectedVersion: nil, now: req.now)
        let back = form.back.flatMap(UUID.init(uuidString:)) ?? item.meetingId
        return req.redirect(to: SiteURL.meeting(.value(back)), ["done": "saved"], fragment: "actions")
    }
}
