import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// The meeting page's chair section (R5.4; A5: 总经理或授权人主持): who chairs — named by the
/// type or authorised — and, for a chair or whoever holds the type's host role, the form that
/// authorises someone on the list to chair it.
struct ChairPanel: Encodable {
    var chairs: [String]
    var canAuthorise: Bool
    var choices: [Choice]
    var action: String

    static func build(_ m: MeetingRecord, people: [ParticipantView], actor: Actor, req: Request) async throws -> ChairPanel {
        let chairs = try await req.huiwu.meetings.chairs(of: m)
        let eligible = try await req.huiwu.meetings.mayAuthoriseChair(m, actor: actor)
        let may = m.status == .scheduled && m.endsAt > req.now && eligible
        let listed = people.filter { !$0.record.removed && $0.record.personId != nil }
        return ChairPanel(
            chairs: listed.filter { chairs.contains($0.record.personId!) }.map(\.name),
            canAuthorise: may,
            choices: may
                ? listed.filter { !chairs.contains($0.record.personId!) }.map {
                    Choice(value: $0.record.personId!.uuidString, label: $0.name, selected: false)
                } : [],
            action: SiteURL.meetingChair(.value(m.id)).path)
    }
}

/// `POST /meetings/{id}/chair`: the page's form for `MeetingChairAPI`.
struct ChairPage: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(SiteURL.meetingChair(.key), use: authorise)
    }

    struct Form: Content {
        var personId: String?
    }

    func authorise(req: Request) async throws -> Response {
        _ = try req.webActor()
        let (actor, view) = try await MeetingChairAPI.authorising(req)
        let form = try req.content.decode(Form.self)
        // Refused (nobody picked, someone gone, the meeting over): the meeting page with why.
        return try await MeetingPages.refusing(req) {
            guard let person = form.personId.flatMap(UUID.init(uuidString:)) else {
                throw ValidationFailure([FieldError("personId", "field.uuid")])
            }
            _ = try await req.huiwu.meetings.authoriseChair(person, meeting: view.meeting.id, by: actor, now: req.now)
            return req.redirect(to: SiteURL.meeting(.value(view.meeting.id)), ["done": "chair_authorised"], fragment: "chair")
        }
    }
}
