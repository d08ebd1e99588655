import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// Leave, delegation and approvals on pages (R5.6, R3.1): the participant's forms on
/// the meeting page (a refused request comes back with the clause), and `/requests`, where each
/// person decides what waits on them — approvals of the chain and delegations asked of them.
struct LeavePages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(SiteURL.meetingLeave(.key), use: requestLeave)
        routes.post(SiteURL.meetingDelegation(.key), use: delegate)
        routes.post(SiteURL.leaveStep(.key, .key), use: step)
        routes.get(SiteURL.requests, use: requests)
        routes.post(SiteURL.approvalDecision(.key, .key), use: decide)
    }

    struct LeaveForm: Content {
        var reason: String?
        var delegateId: String?
    }

    /// A refused or invalid request: the meeting page again, with the refusal in the reader's
    /// language and the clause it applied; nothing was changed.
    func refused(_ req: Request, _ meeting: UUID, _ error: any Error) async throws -> Response {
        let problem = ProblemMapper.problem(for: error, on: req)
        let message = ([problem.title, problem.detail].compactMap { $0 } + (problem.errors?.map(\.message) ?? []))
            .joined(separator: " — ")
        return try await MeetingPages().render(
            req, edit: nil, errors: FormErrors(), status: HTTPResponseStatus(statusCode: problem.status), leaveError: message)
    }

    func requestLeave(req: Request) async throws -> Response {
        _ = try req.webActor()
        let (actor, view) = try await LeaveAPI.participant(req)
        let form = try req.content.decode(LeaveForm.self)
        do {
            _ = try await req.huiwu.leave.requestLeave(
                meeting: view.meeting.id, person: actor.id, reason: try LeaveAPI.reason(form.reason ?? ""), now: req.now)
        } catch let e as LeaveError {
            return try await refused(req, view.meeting.id, e)
        } catch let e as ValidationFailure {
            return try await refused(req, view.meeting.id, e)
        }
        return req.redirect(to: SiteURL.meeting(.value(view.meeting.id)), ["done": "leave_requested"], fragment: "leave")
    }

    func delegate(req: Request) async throws -> Response {
        _ = try req.webActor()
        let (actor, view) = try await LeaveAPI.participant(req)
        let form = try req.content.decode(LeaveForm.self)
        do {
            guard let delegate = form.delegateId.flatMap(UUID.init(uuidString:)) else {
                throw ValidationFailure([FieldError("delegateId", "field.required")])
            }
            _ = try await req.huiwu.leave.delegate(
                meeting: view.meeting.id, person: actor.id, to: delegate, reason: try LeaveAPI.reason(form.reason ?? ""),
                now: req.now)
        } catch let e as LeaveError {
            return try await refused(req, view.meeting.id, e)
        } catch let e as ValidationFailure {
            return try await refused(req, view.meeting.id, e)
        }
        return req.redirect(to: SiteURL.meeting(.value(view.meeting.id)), ["done": "delegation_requested"], fragment: "leave")
    }

    func step(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let id = try req.idParameter()
        guard let l = try await req.huiwu.leave.record(id), l.personId == actor.id || l.delegateId == actor.id else {
            throw ProblemError(.notFound, "not_found")
        }
        switch req.parameters.get("step") {
        case "accept": _ = try await req.huiwu.leave.respond(id, accept: true, by: actor.id, now: req.now)
        case "decline": _ = try await req.huiwu.leave.respond(id, accept: false, by: actor.id, now: req.now)
        case "withdraw":
            if let ask = try await ConfirmFirst.ask(
                req, question: req.t("ui_confirm_leave_withdraw"), confirm: req.t("ui_leave_withdraw"),
                back: SiteURL.meeting(.value(l.meetingId)).href(fragment: "leave"))
            {
                return ask
            }
            _ = try await req.huiwu.leave.withdraw(id, by: actor.id, now: req.now)
            return req.redirect(to: SiteURL.meeting(.value(l.meetingId)), ["done": "leave_withdrawn"], fragment: "leave")
        default: throw Abort(.notFound)
        }
        return req.redirect(to: SiteURL.requests, ["done": "delegation_answered"])
    }

    struct RequestRow: Encodable {
        var title: String
        var who: String
        /// The requester's reason: the approver reads it to decide.
        var reason: String
        /// What is decided on (`ApprovalSubjects`): the meeting or the room, when, and a booking's
        /// purpose and headcount.
        var subject: String
        var when: String
        var extra: String
        var kind: String
        var clause: String
        var history: [String]
        var approveAction: String
        var rejectAction: String
    }

    struct DelegationRow: Encodable {
        var title: String
        var who: String
        var reason: String
        var acceptAction: String
        var declineAction: String
    }

    struct RequestsView: Encodable {
        var approvals: [RequestRow]
        var delegations: [DelegationRow]
    }

    /// `GET /requests`: what waits on me.
    func requests(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let citations = Citations(req), subjects = ApprovalSubjects(req), time = req.huiwu.time
        var approvals: [RequestRow] = []
        for v in try await req.huiwu.approvals.waiting(on: actor.id) {
            let clause = try await citations.clause(v.request.citation)
            let detail = try await subjects.subject(v)
            let subject =
                v.request.subject == .leave
                ? req.t("ui_request_meeting", ["meeting": detail?.meetingTitle ?? ""]) : detail?.roomName ?? ""
            let extra = [
                v.request.subject == .leave ? detail?.roomName : detail?.purposeName,
                detail?.headcount.map { req.t("ui_request_headcount", ["n": String($0)]) },
            ].compactMap { $0 }.joined(separator: " · ")
            approvals.append(
                RequestRow(
                    title: v.request.title, who: v.requesterName, reason: v.requestReason ?? "", subject: subject,
                    when: detail.map { ApprovalSubjects.span($0.startsAt, $0.endsAt, time: time) } ?? "", extra: extra,
                    kind: v.request.subject.rawValue, clause: clause?.shownWords(req) ?? "",
                    history: v.tasks.filter { $0.state == .approved || $0.state == .rejected }.map {
                        "\(req.t("ui_approval_step", ["n": String($0.step + 1)])) \($0.personName) \(req.t("ui_task_state_" + $0.state.rawValue))"
                    },
                    approveAction: SiteURL.approvalDecision(.value(v.request.id), .value("approve")).path,
                    rejectAction: SiteURL.approvalDecision(.value(v.request.id), .value("reject")).path))
        }
        let delegations = try await req.huiwu.store.reader.raw(
            """
            SELECT l.id, l.reason, p.display_name, m.title FROM leave_requests l JOIN people p ON p.id = l.person_id
            JOIN meetings m ON m.id = l.meeting_id
            WHERE l.delegate_id = \(bind: actor.id) AND l.kind = 'delegation' AND l.status = 'pending' ORDER BY l.requested_at
            """
        ).all().map { row in
            let id = try row.decode(column: "id", as: UUID.self)
            return DelegationRow(
                title: try row.decode(column: "title", as: String.self),
                who: try row.decode(column: "display_name", as: String.self),
                reason: try row.decode(column: "reason", as: String.self),
                acceptAction: SiteURL.leaveStep(.value(id), .value("accept")).path,
                declineAction: SiteURL.leaveStep(.value(id), .value("decline")).path)
        }
        return try await req.page(
            "requests", title: req.t("ui_requests_title"), section: "requests",
            RequestsView(approvals: approvals, delegations: delegations))
    }

    struct DecisionForm: Content { var reason: String? }

    func decide(req: Request) async throws -> Response {
        _ = try req.webActor()
        let (actor, v) = try await ApprovalsAPI.visible(req)
        let approve: Bool
        switch req.parameters.get("decision") {
        case "approve": approve = true
        case "reject": approve = false
        default: throw Abort(.notFound)
        }
        guard v.waitingOn.contains(where: { $0.personId == actor.id }) else { throw ApprovalError.notYourTurn }
        let form = try req.content.decode(DecisionForm.self)
        _ = try await req.huiwu.approvals.decide(
            v.request.id, approve: approve, reason: try form.reason.map(LeaveAPI.reason), by: actor.id, now: req.now)
        return req.redirect(to: SiteURL.requests, ["done": approve ? "approval_approved" : "approval_rejected"])
    }
}
