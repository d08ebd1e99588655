import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// Authorising a chair (R5.4; A5: 例会由总经理或授权人主持): a chair of the meeting, or whoever
/// holds its type's host role, names someone to chair it. Creating a meeting does not make one
/// its chair; this, or the type, does.
struct MeetingChairAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(APIURL.meetingPart(.key, .chair), use: authorise)
    }

    struct ChairBody: Content {
        var personId: String
    }

    /// The meeting, if the caller may authorise its chair: 404 for who may not see it, 403 for who
    /// sees it but may not — before the body is read.
    static func authorising(_ req: Request) async throws -> (Actor, MeetingView) {
        let actor = try req.actor()
        guard let view = try await req.huiwu.meetings.meeting(try req.idParameter()) else {
            throw ProblemError(.notFound, "not_found")
        }
        guard try await req.huiwu.meetings.maySee(view.meeting, actor: actor) else { throw ProblemError(.notFound, "not_found") }
        guard try await req.huiwu.meetings.mayAuthoriseChair(view.meeting, actor: actor) else {
            throw ProblemError(.forbidden, "forbidden")
        }
        return (actor, view)
    }

    /// `POST /api/v1/meetings/{id}/chair` `{personId}`: answers the authorised person's row.
    func authorise(req: Request) async throws -> ParticipantDTO {
        let (actor, view) = try await Self.authorising(req)
        let body = try req.decodeJSON(ChairBody.self)
        guard let person = UUID(uuidString: body.personId) else {
            throw ValidationFailure([FieldError("personId", "field.uuid")])
        }
        return ParticipantDTO(
            try await req.huiwu.meetings.authoriseChair(person, meeting: view.meeting.id, by: actor, now: req.now))
    }
}
