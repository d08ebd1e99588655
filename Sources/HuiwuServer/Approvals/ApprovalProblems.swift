import HuiwuCore
import HuiwuStore
import Vapor

extension ProblemMapper {
    static func approvalProblem(
        _ e: ApprovalError, req: Request, make: (HTTPResponseStatus, String, [String: String]) -> Problem
    )
        -> Problem
    {
        switch e {
        case .notFound: return make(.notFound, "not_found", [:])
        case .notYourTurn: return make(.forbidden, "approval.not_your_turn", [:])
        case .closed: return make(.conflict, "approval.closed", [:])
        case .noApprover(let clause):
            var p = make(.conflict, "approval.no_approver", [:])
            p.citation = clause
            return p
        case .reasonRequired:
            var p = make(.unprocessableEntity, "validation_failed", [:])
            p.errors = [
                ProblemFieldError(
                    field: "reason", code: "booking.reason_required", message: req.t("error.booking.reason_required"))
            ]
            return p
        }
    }
}
