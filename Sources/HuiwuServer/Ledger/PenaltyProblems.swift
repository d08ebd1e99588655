import HuiwuCore
import HuiwuStore
import Vapor

extension ProblemMapper {
    static func penaltyProblem(
        _ e: PenaltyError, req: Request, make: (HTTPResponseStatus, String, [String: String]) -> Problem
    ) -> Problem {
        func field(_ name: String, _ code: String, _ params: [String: String] = [:]) -> Problem {
            var p = make(.unprocessableEntity, "validation_failed", [:])
            p.errors = [ProblemFieldError(field: name, code: code, message: req.t("error." + code, params))]
            return p
        }
        switch e {
        case .notFound: return make(.notFound, "not_found", [:])
        case .forbidden: return make(.forbidden, "forbidden", [:])
        case .unknownOffence: return field("clauseId", "penalty.unknown_offence")
        case .notARecorder(let allowed):
            return make(
                .forbidden, "penalty.not_a_recorder",
                ["allowed": allowed.map { req.t("rule_value_" + $0) }.joined(separator: req.t("ui_list_separator"))])
        case .notParticipant: return field("participantId", "penalty.not_participant")
        case .reasonRequired: return field("reason", "booking.reason_required")
        case .notOpen: return make(.conflict, "penalty.not_open", [:])
        case .noAppeal: return make(.conflict, "penalty.no_appeal", [:])
        }
    }
}
