import HuiwuCore
import HuiwuStore
import Vapor

extension ProblemMapper {
    static func bookingProblem(
        _ e: BookingError, req: Request, make: (HTTPResponseStatus, String, [String: String]) -> Problem,
        fields: ([FieldError]) -> [ProblemFieldError]
    ) -> Problem {
        let time = req.huiwu.time
        switch e {
        case .roomNotFound:
            var p = make(.unprocessableEntity, "validation_failed", [:])
            p.errors = fields([FieldError("roomId", "booking.room_not_found")])
            return p
        case .bookingNotFound: return make(.notFound, "not_found", [:])
        case .rules(let violations):
            var p = make(.unprocessableEntity, "booking.rules", [:])
            p.errors = fields(violations.map { FieldError($0.field, $0.code, $0.parameters) })
            return p
        case .conflict(let holders, let alternatives):
            var p = make(.conflict, "booking.conflict", [:])
            p.conflicts = holders.map { BookingDTO($0, time: time, redacted: true) }
            p.alternatives = AlternativesDTO(alternatives, time: time)
            return p
        case .staleVersion(let current):
            var p = make(.preconditionFailed, "stale_version", [:])
            p.currentVersion = current
            return p
        case .invalidTransition(let from, let action):
            return make(.conflict, "booking.invalid_transition", ["status": from.rawValue, "action": action])
        case .reasonRequired:
            var p = make(.unprocessableEntity, "validation_failed", [:])
            p.errors = fields([FieldError("reason", "booking.reason_required")])
            return p
        case .checkInNotOpen: return make(.conflict, "booking.check_in_not_open", [:])
        case .notCheckedIn: return make(.conflict, "booking.not_checked_in", [:])
        case .alreadyCheckedIn: return make(.conflict, "booking.already_checked_in", [:])
        case .forbidden: return make(.forbidden, "forbidden", [:])
        case .partOfMeeting: return make(.conflict, "booking.part_of_meeting", [:])
        }
    }
}
