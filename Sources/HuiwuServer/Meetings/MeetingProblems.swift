import HuiwuCore
import HuiwuStore
import Vapor

extension ProblemMapper {
    static func meetingProblem(
        _ e: MeetingError, req: Request,
        make: (HTTPResponseStatus, String, [String: String]) -> Problem
    ) -> Problem {
        switch e {
        case .unresolved(let plan):
            var p = make(.conflict, "meeting.unresolved", ["count": String(plan.filter { !$0.isClear }.count)])
            let time = req.huiwu.time, catalogs = req.huiwu.catalogs, locale = req.uiLocale
            p.occurrences = plan.filter { !$0.isClear }.map { OccurrenceDTO($0, time: time, catalogs: catalogs, locale: locale) }
            return p
        case .noOccurrences:
            var p = make(.unprocessableEntity, "validation_failed", [:])
            p.errors = [
                ProblemFieldError(
                    field: "rule", code: "meeting.no_occurrences",
                    message: req.t("error.meeting.no_occurrences"))
            ]
            return p
        case .tooManyOccurrences(let max):
            var p = make(.unprocessableEntity, "validation_failed", [:])
            p.errors = [
                ProblemFieldError(
                    field: "through", code: "meeting.too_many_occurrences",
                    message: req.t("error.meeting.too_many_occurrences", ["max": String(max)]))
            ]
            return p
        case .forbidden: return make(.forbidden, "forbidden", [:])
        case .notFound: return make(.notFound, "not_found", [:])
        case .notChangeable: return make(.conflict, "meeting.not_changeable", [:])
        case .ownCase(let person): return ownCaseProblem(person, make: make)
        }
    }
}
