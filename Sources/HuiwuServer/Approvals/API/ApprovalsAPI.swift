import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// The approval engine through the API (R1.1, R3.1, X3): what waits on me, where a request stands
/// (whom it waits on, the history, the clause), approving and rejecting with a reason.
struct ApprovalsAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.approvalRequests, use: waiting)
        routes.get(APIURL.approvalRequest(.key), use: show)
        routes.post(APIURL.approvalApprove(.key)) { req in try await decide(req, approve: true) }
        routes.post(APIURL.approvalReject(.key)) { req in try await decide(req, approve: false) }
    }

    struct TaskDTO: Content {
        var step: Int
        var approver: String
        var personId: String
        var personName: String
        var state: String
        var reason: String?
        var decidedAt: String?
    }

    struct ApprovalDTO: Content {
        var id: String
        var subject: String
        var subjectId: String
        var title: String
        var requesterId: String
        var requesterName: String
        var status: String
        var clause: CitationDTO?
        var waitingOn: [String]
        var tasks: [TaskDTO]
        var createdAt: String
        /// Why the requester asks (a leave's reason): for the requester and the approvers only.
        var requestReason: String?
        /// What is decided on: the meeting and its time, or the room, time, purpose and headcount.
        var subjectDetails: ApprovalSubjectDTO?
    }

    static func dto(
        _ v: ApprovalView, req: Request, citations: Citations, subjects: ApprovalSubjects? = nil
    ) async throws -> ApprovalDTO {
        let time = req.huiwu.time
        let detail = try await (subjects ?? ApprovalSubjects(req)).subject(v)
        return ApprovalDTO(
            id: v.request.id.uuidString, subject: v.request.subject.rawValue, subjectId: v.request.subjectId.uuidString,
            title: v.request.title, requesterId: v.request.requesterId.uuidString, requesterName: v.requesterName,
            status: v.request.status.rawValue, clause: try await citations.dto(v.request.citation),
            waitingOn: v.waitingOn.map(\.personName),
            tasks: v.tasks.map {
                TaskDTO(
                    step: $0.step + 1, approver: $0.approver, personId: $0.personId.uuidString, personName: $0.personName,
                    state: $0.state.rawValue, reason: $0.reason, decidedAt: $0.decidedAt.map(time.format))
            }, createdAt: time.format(v.request.createdAt),
            requestReason: try await Self.mayReadReason(v, req: req) ? v.requestReason : nil,
            subjectDetails: detail?.dto(time))
    }

    /// Whether the caller reads the request's reason: a leave's is for the requester, the delegate,
    /// the approvers, the organiser and the chair (`LeaveRequests.reasonsReadable`); any other
    /// request's for its requester and approvers.
    static func mayReadReason(_ v: ApprovalView, req: Request) async throws -> Bool {
        let actor = try req.actor()
        guard v.request.subject == .leave, let l = try await req.huiwu.leave.record(v.request.subjectId),
            let meeting = try await req.huiwu.meetings.meeting(l.meetingId)?.meeting
        else { return v.mayReadReason(actor.id) }
        return try await req.huiwu.leave.reasonsReadable([l], meeting: meeting, by: actor).contains(l.id)
    }

    /// `GET /api/v1/approvals`: the requests waiting on the caller.
    func waiting(req: Request) async throws -> [ApprovalDTO] {
        let actor = try req.actor()
        let citations = Citations(req), subjects = ApprovalSubjects(req)
        var out: [ApprovalDTO] = []
        for v in try await req.huiwu.approvals.waiting(on: actor.id) {
            out.append(try await Self.dto(v, req: req, citations: citations, subjects: subjects))
        }
        return out
    }

    /// Who may see a request: its requester, anyone asked on it, the room office.
    static func visible(_ req: Request) async throws -> (Actor, ApprovalView) {
        let actor = try req.actor()
        guard let v = try await req.huiwu.approvals.view(try req.idParameter()),
            v.request.requesterId == actor.id || v.tasks.contains(where: { $0.personId == actor.id })
                || AccessPolicy.allows(actor.role, .managePenalties)
        else { throw ProblemError(.notFound, "not_found") }
        return (actor, v)
    }

    /// `GET /api/v1/approvals/{id}`.
    func show(req: Request) async throws -> ApprovalDTO {
        let (_, v) = try await Self.visible(req)
        return try await Self.dto(v, req: req, citations: Citations(req))
    }

    struct DecisionBody: Content {
        var reason: String?
    }

    /// `POST /api/v1/approvals/{id}/approve` `{reason?}` and `…/reject` `{reason}` (a rejection needs one).
    func decide(_ req: Request, approve: Bool) async throws -> ApprovalDTO {
        let (actor, v) = try await Self.visible(req)
        guard v.waitingOn.contains(where: { $0.personId == actor.id }) else { throw ApprovalError.notYourTurn }
        let body = try req.decodeJSON(DecisionBody.self)
        // Blank is no reason: a rejection needs one that says something.
        let reason = try body.reason.map(LeaveAPI.reason).flatMap { $0.isEmpty ? nil : $0 }
        let changed = try await req.huiwu.approvals.decide(
            v.request.id, approve: approve, reason: reason, by: actor.id, now: req.now)
        return try await Self.dto(changed, req: req, citations: Citations(req))
    }
}
