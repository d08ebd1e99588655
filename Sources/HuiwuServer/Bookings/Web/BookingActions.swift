import HuiwuCore
import HuiwuStore
import Vapor

/// The form actions on one booking (cancel, check-in/out, approve, reject), each redirecting
/// back to the page it came from (R1.1-R1.3).
extension BookingPages {
    struct ActionForm: Content {
        var version: Int?
        var reason: String?
        var headcount: String?
        var condition: String?
        var back: String?
    }

    /// POST /bookings/:id/(cancel|check-in|check-out|approve|reject): form actions, then back.
    func act(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let id = try req.idParameter()
        let form = try req.content.decode(ActionForm.self)
        let ledger = req.huiwu.ledger
        let now = req.now
        let headcount = form.headcount.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        let back = SessionPages.safeNext(form.back ?? SiteURL.myBookings.path).components(separatedBy: "?")[0]
        let done: String
        do {
            switch req.parameters.get("action").flatMap(BookingStepName.init(rawValue:)) {
            case .cancel:
                _ = try await ledger.cancel(id, reason: form.reason, by: actor, expectedVersion: form.version, now: now)
                done = "cancelled"
            case .checkIn:
                _ = try await ledger.checkIn(id, headcount: headcount, by: actor, expectedVersion: form.version, now: now)
                done = "checked_in"
            case .checkOut:
                _ = try await ledger.checkOut(
                    id, headcount: headcount, condition: form.condition, by: actor,
                    expectedVersion: form.version, now: now)
                done = "checked_out"
            case .approve:
                _ = try await ledger.approve(id, by: actor, expectedVersion: form.version, now: now)
                done = "approved_one"
            case .reject:
                _ = try await ledger.reject(id, reason: form.reason ?? "", by: actor, expectedVersion: form.version, now: now)
                done = "rejected_one"
            case nil:
                throw ProblemError(.notFound, "not_found")
            }
        } catch let error as BookingError {
            // Not theirs, or not there: the error page (403/404), as for any page; only what
            // the booking's state refuses comes back to the list as a notice.
            if case .forbidden = error { throw error }
            if case .bookingNotFound = error { throw error }
            let problem = ProblemMapper.problem(for: error, on: req)
            let code = problem.errors?.first?.code ?? problem.code
            return req.redirect(to: back + "?done=failed_" + code.replacingOccurrences(of: ".", with: "_"))
        }
        return req.redirect(to: back + "?done=" + done)
    }
}
