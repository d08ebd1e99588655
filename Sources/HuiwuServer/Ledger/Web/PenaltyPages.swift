import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// The penalty ledger page (R3.2, X3, X4): my fines with the clause each applied; a head's
/// department; the room office's everyone, with monthly totals per person and department, CSV,
/// and the steps (waive, decide an appeal, settle). A person appeals their own.
struct PenaltyPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.penalties, use: show)
        routes.post(SiteURL.penaltyStep(.key, .key), use: step)
        routes.post(SiteURL.meetingOffences(.key), use: recordOffence)
    }

    struct Row: Encodable {
        var id: String
        var when: String
        var person: String
        var meeting: String
        var what: String
        var clause: String
        var amount: String
        var status: String
        var statusLabel: String
        var reason: String
        /// The appellant's reason while the appeal waits: whoever decides reads it (X3).
        var appealReason: String
        /// Whom the fine is about when not the one fined (A5 §1: the absentee never notified).
        var concerns: String
        /// The fine is the room office reader's own: they do not waive or settle it (X1).
        var own: Bool
        /// Where each step's form posts (`/penalties/{id}/{step}`).
        var actions: [String: String]
        var canAppeal: Bool
        var canWaive: Bool
        var canDecide: Bool
        var canSettle: Bool
        /// A refused step on this fine: why, and the reason typed for it, kept in its form (X1).
        var refusal: String = ""
        var keptStep: String = ""
        var kept: String = ""
        /// The reason typed for a refused step whose form is no longer offered (appealed meanwhile
        /// in another tab): shown beside why, to copy, rather than lost (X1).
        var keptAside: String = ""
    }

    /// A step the ledger refused (not the step's authority: that stays an error page).
    struct Refusal {
        var id: UUID
        var step: PenaltyLedger.Step
        var reason: String
        var message: String
    }

    struct TotalRow: Encodable {
        var name: String
        var owed: String
        var fines: Int
    }

    struct LedgerView: Encodable {
        var month: String
        var scope: String
        var scopes: [Choice]
        var rows: [Row]
        var byPerson: [TotalRow]
        var byDepartment: [TotalRow]
        var csvHref: String
        /// A refusal when its fine is not among the rows shown (another month).
        var refusal: String = ""
        var action = SiteURL.penalties.path
    }

    func show(req: Request) async throws -> Response {
        try await render(req, refusal: nil, status: .ok)
    }

    /// The ledger; after a refused step, at the refusal's status with why beside that fine's forms.
    /// The step forms post with the month and scope shown, so the same rows come back.
    func render(_ req: Request, refusal: Refusal?, status answer: HTTPResponseStatus) async throws -> Response {
        let actor = try req.webActor()
        let scope = try PenaltiesAPI.scope(req, actor: actor)
        let (month, span) = try MonthParameter.month(req)
        let ledger = req.huiwu.penalties, time = req.huiwu.time
        let office = AccessPolicy.allows(actor.role, .managePenalties)
        let citations = Citations(req)
        let scopeName = req.query[String.self, at: "scope"] ?? "mine"
        var rows: [Row] = []
        for l in try await ledger.lines(scope, in: span) {
            let clause = try await citations.clause(l.entry.citation)
            let status = l.status
            let own = l.entry.personId == actor.id
            let decides = office && !own
            let amount =
                l.amount.map { req.t("ui_amount_yuan", ["amount": $0.yuanText]) }
                ?? l.entry.daysOfWage.map { req.t("ui_penalty_days_of_wage", ["days": String($0)]) } ?? "—"
            rows.append(
                Row(
                    id: l.entry.id.uuidString,
                    when: time.readable(l.entry.createdAt),
                    person: l.personName, meeting: l.meetingTitle ?? "",
                    what: req.t("ui_penalty_trigger_" + (l.entry.trigger?.rawValue ?? "offence")),
                    clause: clause?.shownWords(req) ?? "",
                    amount: amount, status: status.rawValue, statusLabel: req.t("ui_penalty_status_" + status.rawValue),
                    reason: l.entry.reason ?? "",
                    appealReason: status == .appealed
                        ? l.followUps.last(where: { $0.kind == .appealed })?.reason ?? "" : "",
                    concerns: l.concernsSomeoneElse
                        ? req.t("ui_penalty_concerns", ["name": l.participantName ?? ""]) : "",
                    own: office && own,
                    actions: Dictionary(
                        uniqueKeysWithValues: PenaltyLedger.Step.allCases.map {
                            (
                                $0.rawValue,
                                SiteURL.penaltyStep(.value(l.entry.id), .value($0.rawValue)).href([
                                    "month": month, "scope": scopeName,
                                ])
                            )
                        }),
                    canAppeal: l.entry.personId == actor.id && (status == .assessed || status == .pendingAmount),
                    canWaive: decides && [.assessed, .pendingAmount, .appealed].contains(status),
                    canDecide: decides && status == .appealed,
                    canSettle: decides && status == .assessed))
            if let refusal, refusal.id == l.entry.id {
                rows[rows.count - 1].refusal = refusal.message
                rows[rows.count - 1].keptStep = refusal.step.rawValue
                rows[rows.count - 1].kept = refusal.reason
                let offered: Bool
                switch refusal.step {
                case .appeal: offered = rows[rows.count - 1].canAppeal
                case .waive: offered = rows[rows.count - 1].canWaive
                case .upholdAppeal, .rejectAppeal: offered = rows[rows.count - 1].canDecide
                case .settle: offered = true
                }
                if !offered { rows[rows.count - 1].keptAside = refusal.reason }
            }
        }
        func totals(_ byDepartment: Bool) async throws -> [TotalRow] {
            try await ledger.totals(scope, in: span, byDepartment: byDepartment).map {
                TotalRow(
                    name: $0.name.isEmpty ? req.t("ui_penalty_no_department") : $0.name,
                    owed: req.t("ui_amount_yuan", ["amount": $0.owed.yuanText]), fines: $0.fines)
            }
        }
        var scopes = [Choice(value: "mine", label: req.t("ui_penalty_scope_mine"), selected: scopeName == "mine")]
        if actor.role == .departmentHead || office {
            scopes.append(
                Choice(value: "department", label: req.t("ui_penalty_scope_department"), selected: scopeName == "department"))
        }
        if office { scopes.append(Choice(value: "all", label: req.t("ui_penalty_scope_all"), selected: scopeName == "all")) }
        let view = LedgerView(
            month: month, scope: scopeName, scopes: scopes, rows: rows, byPerson: try await totals(false),
            byDepartment: try await totals(true),
            csvHref: APIURL.penalties.href(["month": month, "scope": scopeName, "format": "csv"]),
            refusal: refusal.flatMap { r in rows.contains { $0.id == r.id.uuidString } ? nil : r.message } ?? "")
        return try await req.page(
            "penalties", title: req.t("ui_penalties_title"), section: "penalties", view, status: answer)
    }

    struct StepForm: Content {
        var reason: String?
    }

    func step(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let id = try req.idParameter()
        guard let step = req.parameters.get("step").flatMap(PenaltyLedger.Step.init(rawValue:)) else { throw Abort(.notFound) }
        try await PenaltiesAPI.authorize(step, on: id, actor: actor, req: req)
        let form = try req.content.decode(StepForm.self)
        if step == .waive,
            let ask = try await ConfirmFirst.ask(
                req, question: req.t("ui_confirm_penalty_waive"), detail: form.reason, confirm: req.t("ui_penalty_step_waive"),
                back: SiteURL.penalties.path)
        {
            return ask
        }
        do {
            _ = try await req.huiwu.penalties.take(
                step, on: id, reason: try PenaltiesAPI.reason(form.reason), by: actor, now: req.now)
        } catch let error where Self.refusedStep(error, req) {
            // Refused (no reason, too long, already decided in another tab): the ledger again with
            // why beside the fine and the reason typed kept; nothing changed.
            let problem = ProblemMapper.problem(for: error, on: req)
            let message = ([problem.title, problem.detail].compactMap { $0 } + (problem.errors?.map(\.message) ?? []))
                .joined(separator: " — ")
            return try await render(
                req, refusal: Refusal(id: id, step: step, reason: form.reason ?? "", message: message),
                status: HTTPResponseStatus(statusCode: problem.status))
        }
        return req.redirect(to: SiteURL.penalties, ["done": "penalty_" + step.rawValue])
    }

    /// What the ledger refuses of a step (its state, the reason), as opposed to who takes it.
    static func refusedStep(_ error: any Error, _ req: Request) -> Bool {
        guard error is ValidationFailure || error is PenaltyError else { return false }
        let status = ProblemMapper.problem(for: error, on: req).status
        return (400..<500).contains(status) && ![401, 403, 404].contains(status)
    }

    struct OffenceForm: Content {
        var clauseId: String?
        var participantId: String?
        var reason: String?
    }

    /// The chair's offence form on the meeting page.
    func recordOffence(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let meeting = try await MeetingsAPI.visible(req).meeting
        guard !(try await req.huiwu.penalties.recordableOffences(meeting, actor: actor, time: req.huiwu.time)).isEmpty else {
            throw ProblemError(.forbidden, "forbidden")
        }
        let form = try req.content.decode(OffenceForm.self)
        do {
            guard let participant = form.participantId.flatMap(UUID.init(uuidString:)) else {
                throw ValidationFailure([FieldError("participantId", "field.required")])
            }
            _ = try await req.huiwu.penalties.recordOffence(
                meeting: meeting.id, clause: form.clauseId ?? "", participant: participant,
                reason: try PenaltiesAPI.reason(form.reason) ?? "",
                by: actor, time: req.huiwu.time, now: req.now)
        } catch let error where error is PenaltyError || error is ValidationFailure {
            // Refused: the meeting page again with the refusal beside the form and what was typed;
            // nothing was recorded, so sending it again is safe.
            let problem = ProblemMapper.problem(for: error, on: req)
            let message = ([problem.title, problem.detail].compactMap { $0 } + (problem.errors?.map(\.message) ?? []))
                .joined(separator: " — ")
            let kept = AttendancePanel.OffenceKept(
                clause: form.clauseId ?? "", participant: form.participantId ?? "", reason: form.reason ?? "", message: message)
            return try await MeetingPages().render(
                req, edit: nil, errors: FormErrors(), status: HTTPResponseStatus(statusCode: problem.status), offence: kept)
        }
        return req.redirect(to: SiteURL.meeting(.value(meeting.id)), ["done": "offence_recorded"], fragment: "offences")
    }
}
