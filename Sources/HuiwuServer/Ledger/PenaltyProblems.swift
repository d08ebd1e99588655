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
        case .notARecorder(let allowed, let clause):
            var p = make(
                .forbidden, "penalty.not_a_recorder",
                ["allowed": allowed.map { req.t("rule_value_" + $0) }.joined(separator: req.t("ui_list_separator"))])
            p.citation = clause
            p.allowed = allowed
            return p
        case .meetingCancelled: return make(.conflict, "penalty.meeting_cancelled", [:])
        case .notRecordableNow(let from, let until, let clause):
            let time = req.huiwu.time
            var p = make(
                .conflict, "penalty.not_recordable_now",
                [
                    "from": time.date(of: from).description + " " + time.clock(from),
                    "until": time.date(of: until).description + " " + time.clock(until),
                ])
            p.citation = clause
            p.opensAt = time.format(from)
            p.closesAt = time.format(until)
            return p
        case .ownCase(let person): return ownCaseProblem(person, make: make)
        case .notParticipant: return field("participantId", "penalty.not_participant")
        case .reasonRequired: return field("reason", "booking.reason_required")
        case .notOpen: return make(.conflict, "penalty.not_open", [:])
        case .noAppeal: return make(.conflict, "penalty.no_appeal", [:])
        }
    }

    /// Nobody decides their own case (X1): 403, naming whose case it is.
    static func ownCaseProblem(_ person: UUID, make: (HTTPResponseStatus, String, [String: String]) -> Problem) -> Problem {
        var p = make(.forbidden, "own_case", [:])
        p.personId = person.uuidString
        return p
    }
}
