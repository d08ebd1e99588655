import HuiwuCore
import HuiwuStore
import Vapor

/// A meeting-page form the rules refuse (X1, the house rule on bad input): the meeting page
/// again at the refusal's own 4xx status with the reason, in the reader's language, above it —
/// not a bare error page at the form's address. Nothing was changed, so sending it again is
/// safe. Whoever may not see the meeting or act on it (401, 403, 404) still gets the error
/// page, as do faults (5xx).
extension MeetingPages {
    static func refusing(
        _ req: Request, kept: MeetingWorkPages.Kept? = nil, _ act: () async throws -> Response
    ) async throws -> Response {
        do {
            return try await act()
        } catch let error where shownOnThePage(error, req) {
            let problem = ProblemMapper.problem(for: error, on: req)
            var errors = FormErrors()
            errors.general = [
                ([problem.title, problem.detail].compactMap { $0 } + (problem.errors?.map(\.message) ?? []))
                    .joined(separator: " — ")
            ]
            return try await MeetingPages().render(
                req, edit: nil, errors: errors, status: HTTPResponseStatus(statusCode: problem.status), kept: kept)
        }
    }

    /// Refusals of what was sent or of the meeting's state (400, 409, 412, 422 …), not of who
    /// sent it; only the domain's own errors, so a fault is never shown as a refusal.
    static func shownOnThePage(_ error: any Error, _ req: Request) -> Bool {
        guard
            error is ValidationFailure || error is ProblemError || error is MeetingError || error is StoreError
                || error is AttendanceError
        else { return false }
        let status = ProblemMapper.problem(for: error, on: req).status
        return (400..<500).contains(status) && ![401, 403, 404].contains(status)
    }
}
