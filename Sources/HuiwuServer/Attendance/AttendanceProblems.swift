import HuiwuCore
import HuiwuStore
import Vapor

extension ProblemMapper {
    /// Attendance refusals (X3): a window refusal names the clause that set the window.
    static func attendanceProblem(
        _ e: AttendanceError, req: Request, make: (HTTPResponseStatus, String, [String: String]) -> Problem
    ) -> Problem {
        let time = req.huiwu.time
        switch e {
        case .meetingNotFound: return make(.notFound, "not_found", [:])
        case .notParticipant: return make(.forbidden, "attendance.not_participant", [:])
        case .meetingCancelled: return make(.conflict, "attendance.cancelled", [:])
        case .notOpen(let opens, let citation):
            var p = make(.conflict, "attendance.not_open", ["opens": time.clock(opens)])
            p.opensAt = time.format(opens)
            p.citation = citation
            return p
        case .closed(let citation):
            var p = make(.conflict, "attendance.closed", [:])
            p.citation = citation
            return p
        case .notCheckedIn: return make(.conflict, "attendance.not_checked_in", [:])
        case .forbidden: return make(.forbidden, "forbidden", [:])
        case .stillOpen: return make(.conflict, "attendance.still_open", [:])
        case .reasonRequired: return make(.unprocessableEntity, "attendance.reason_required", [:])
        case .ownCase(let person): return ownCaseProblem(person, make: make)
        }
    }
}
