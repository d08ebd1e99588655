import HuiwuCore
import HuiwuStore
import Vapor

/// The minutes as a printable page (R5.8, X4).
extension MeetingWorkPages {
    struct PrintView: Encodable {
        var title: String
        var when: String
        var room: String
        var organiser: String
        var attendees: String
        var agenda: [AgendaRow]
        var body: String
        var decisions: String
        var actions: [ActionRow]
        var published: String?
    }

    /// `GET /meetings/{id}/minutes/print`: the minutes as a printable page (X4: printable).
    func print(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let view = try await MeetingsAPI.visible(req)
        let m = view.meeting, time = req.huiwu.time
        let work = try await Self.view(m, actor: actor, canChange: false, req: req)
        let people = try await req.huiwu.meetings.participants(of: m.id).filter { !$0.record.removed }
        let page = PrintView(
            title: m.title, when: "\(time.date(of: m.startsAt)) \(time.clock(m.startsAt))–\(time.clock(m.endsAt))",
            room: view.roomName ?? req.t("ui_no_room"), organiser: view.organiserName,
            attendees: req.list(people.map(\.name)), agenda: work.agenda, body: work.minutesBody,
            decisions: work.decisions, actions: work.actions, published: work.published)
        return try await req.page("minutes-print", title: m.title, section: "print", page)
    }
}
