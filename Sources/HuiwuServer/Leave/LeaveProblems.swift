import HuiwuCore
import HuiwuStore
import Vapor

extension ProblemMapper {
    /// Leave refusals cite the clause in the reader's language (X3: "A5 §8: leave requested 40
    /// minutes before the start; at least 60 minutes are required").
    static func leaveProblem(
        _ e: LeaveError, req: Request, make: (HTTPResponseStatus, String, [String: String]) -> Problem
    )
        -> Problem
    {
        func field(_ name: String, _ code: String, _ params: [String: String] = [:]) -> Problem {
            var p = make(.unprocessableEntity, "validation_failed", [:])
            p.errors = [ProblemFieldError(field: name, code: code, message: req.t("error." + code, params))]
            return p
        }
        switch e {
        case .meetingNotFound, .notFound: return make(.notFound, "not_found", [:])
        case .notParticipant: return make(.forbidden, "attendance.not_participant", [:])
        case .forbidden: return make(.forbidden, "forbidden", [:])
        case .refused(.started, _): return make(.conflict, "leave.started", [:])
        case .refused(.tooLate(let given, let required, let c), let clause):
            var p = make(
                .conflict, "leave.too_late",
                ["cite": clause?.cite ?? c.clauseID, "given": String(given), "required": String(required)])
            p.detail = clause?.text.text(req.uiLocale.rawValue)
            p.citation = c
            p.requiredMinutes = required
            p.actualMinutes = given
            return p
        case .delegationNotAllowed: return make(.conflict, "leave.no_delegation", [:])
        case .delegateNotEligible(let to, let clause):
            var p = field(
                "delegateId", "leave.delegate_not_eligible", ["cite": clause.clause.cite, "to": req.t("rule_value_" + to)])
            p.citation = clause.citation
            p.allowed = [to]
            return p
        case .meetingClosed: return make(.conflict, "leave.meeting_closed", [:])
        case .delegateIsParticipant: return field("delegateId", "leave.delegate_is_participant")
        case .alreadyRequested: return make(.conflict, "leave.already_requested", [:])
        case .notPending: return make(.conflict, "leave.not_pending", [:])
        case .reasonRequired: return field("reason", "booking.reason_required")
        }
    }
}
