import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// Leave and delegation through the API (R5.6, R3.1): a participant asks for leave
/// or sends a delegate; a request later than the rulebook allows is refused citing the clause.
struct LeaveAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.meetingPart(.key, .leave), use: list)
        routes.post(APIURL.meetingPart(.key, .leave), use: requestLeave)
        routes.post(APIURL.meetingPart(.key, .delegation), use: delegate)
        routes.post(APIURL.leaveStep(.key, .key), use: step)
    }

    struct LeaveDTO: Content {
        var id: String
        var kind: String
        var personId: String
        var personName: String
        var delegateId: String?
        var delegateName: String?
        /// For the requester, the delegate, the approvers, the organiser and the chair; null for
        /// anyone else (X1).
        var reason: String?
        var status: String
        var clause: CitationDTO?
        var approvalId: String?
        var requestedAt: String

        init(_ l: LeaveRecord, clause: CitationDTO?, time: OrgTime, showReason: Bool = true) {
            id = l.id.uuidString
            kind = l.kind.rawValue
            personId = l.personId.uuidString
            personName = l.personName
            delegateId = l.delegateId?.uuidString
            delegateName = l.delegateName
            reason = showReason ? l.reason : nil
            status = l.status.rawValue
            self.clause = clause
            approvalId = l.approvalId?.uuidString
            requestedAt = time.format(l.requestedAt)
        }
    }

    struct LeaveBody: Content {
        var reason: String
    }

    struct DelegationBody: Content {
        var delegateId: String
        var reason: String
    }

    static func dto(
        _ l: LeaveRecord, req: Request, citations: Citations? = nil, showReason: Bool = true
    ) async throws -> LeaveDTO {
        LeaveDTO(l, clause: try await (citations ?? Citations(req)).dto(l.citation), time: req.huiwu.time, showReason: showReason)
    }

    /// `GET /api/v1/meetings/{id}/leave`: who is on leave, who delegated to whom, what is pending.
    func list(req: Request) async throws -> [LeaveDTO] {
        let actor = try req.actor()
        let view = try await MeetingsAPI.visible(req)
        let citations = Citations(req)
        let list = try await req.huiwu.leave.of(meeting: view.meeting.id)
        let readable = try await req.huiwu.leave.reasonsReadable(list, meeting: view.meeting, by: actor)
        var out: [LeaveDTO] = []
        for l in list {
            out.append(try await Self.dto(l, req: req, citations: citations, showReason: readable.contains(l.id)))
        }
        return out
    }

    /// Only a participant asks for their own leave: others hear so before their body is read.
    static func participant(_ req: Request) async throws -> (Actor, MeetingView) {
        let actor = try req.actor()
        let view = try await MeetingsAPI.visible(req)
        guard
            try await req.huiwu.meetings.participants(of: view.meeting.id)
                .contains(where: { $0.record.personId == actor.id && !$0.record.removed })
        else { throw LeaveError.notParticipant }
        return (actor, view)
    }

    /// `POST /api/v1/meetings/{id}/leave` `{reason}`.
    func requestLeave(req: Request) async throws -> Response {
        let (actor, view) = try await Self.participant(req)
        let body = try req.decodeJSON(LeaveBody.self)
        let made = try await req.huiwu.leave.requestLeave(
            meeting: view.meeting.id, person: actor.id, reason: try Self.reason(body.reason), now: req.now)
        return try await Self.dto(made, req: req).encodeResponse(status: .created, for: req)
    }

    /// `POST /api/v1/meetings/{id}/delegation` `{delegateId, reason}`.
    func delegate(req: Request) async throws -> Response {
        let (actor, view) = try await Self.participant(req)
        let body = try req.decodeJSON(DelegationBody.self)
        guard let delegate = UUID(uuidString: body.delegateId) else {
            throw ValidationFailure([FieldError("delegateId", "field.uuid")])
        }
        let made = try await req.huiwu.leave.delegate(
            meeting: view.meeting.id, person: actor.id, to: delegate, reason: try Self.reason(body.reason), now: req.now)
        return try await Self.dto(made, req: req).encodeResponse(status: .created, for: req)
    }

    /// `POST /api/v1/leave/{id}/{accept|decline|withdraw}`: the delegate answers; the person withdraws.
    func step(req: Request) async throws -> LeaveDTO {
        let actor = try req.actor()
        let id = try req.idParameter()
        guard let l = try await req.huiwu.leave.record(id), l.personId == actor.id || l.delegateId == actor.id else {
            throw ProblemError(.notFound, "not_found")
        }
        let changed: LeaveRecord
        switch req.parameters.get("step") {
        case "accept": changed = try await req.huiwu.leave.respond(id, accept: true, by: actor.id, now: req.now)
        case "decline": changed = try await req.huiwu.leave.respond(id, accept: false, by: actor.id, now: req.now)
        case "withdraw": changed = try await req.huiwu.leave.withdraw(id, by: actor.id, now: req.now)
        default: throw Abort(.notFound)
        }
        return try await Self.dto(changed, req: req)
    }

    /// A reason as the document states it: at most 500 code points as sent, no control
    /// characters; returned trimmed, so a blank one counts as none (and where one is needed,
    /// the store refuses it).
    static func reason(_ text: String) throws -> String {
        if let problem = TextRules.problem(text, max: 500) {
            throw ValidationFailure([FieldError("reason", problem, ["max": "500"])])
        }
        return text.trimmedWhitespace
    }
}
