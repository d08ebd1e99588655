import HuiwuCore
import HuiwuStore
import Vapor

/// Changing one's own password and an administrator's reset (X1, OWASP ASVS V2.1): one set of
/// rules for the pages and the API.
enum PasswordChange {
    /// The new password as typed twice: the ASVS rule, and the two must agree. `confirm` is nil
    /// where only one is sent (the API).
    static func newPasswordErrors(_ new: String, confirm: String?, policy: PasswordPolicy) -> [FieldError] {
        var errors: [FieldError] = []
        if let problem = policy.fieldError(new, field: "newPassword") { errors.append(problem) }
        if let confirm, confirm != new { errors.append(FieldError("confirmPassword", "person.password_mismatch")) }
        return errors
    }

    /// The signed-in person changes their own password: the current one is checked under the
    /// log-in throttle (a stolen session cannot guess it faster than the log-in form could), the
    /// new one by the rule. Every other session and token of the person ends; this one stays.
    static func changeOwn(
        current: String, new: String, confirm: String?, on req: Request
    ) async throws {
        guard let who = req.signedIn else { throw ProblemError(.unauthorized, "unauthorized") }
        var errors = newPasswordErrors(new, confirm: confirm, policy: req.huiwu.passwordPolicy)
        if current.isEmpty {
            errors.insert(FieldError("currentPassword", "field.required"), at: 0)
        } else if current.count <= PasswordPolicy.maxLength {
            do {
                _ = try await PasswordLogin.verify(username: who.person.username, password: current, on: req)
            } catch let e as ProblemError where e.code == "bad_credentials" {
                errors.insert(FieldError("currentPassword", "person.current_password_wrong"), at: 0)
            }
        } else {
            errors.insert(FieldError("currentPassword", "person.current_password_wrong"), at: 0)
        }
        try Input.check(errors)
        let hash = try await req.password.async.hash(new)
        try await req.huiwu.people.setPassword(who.person.id, hash: hash, keeping: who.sessionId)
    }

    /// An administrator sets someone else's password (`managePeople`, which only administrators
    /// hold, so nobody else ever resets an administrator's). Their own goes through `changeOwn`
    /// like everyone's: a reset that skipped the current password would let a borrowed session
    /// take the account. Every session and token of the person ends.
    static func reset(
        _ target: UUID, new: String, confirm: String?, by actor: Actor, on req: Request
    ) async throws {
        guard try await req.huiwu.people.person(target) != nil else { throw ProblemError(.notFound, "not_found") }
        guard actor.id != target else { throw ValidationFailure([FieldError("newPassword", "person.own_password_reset")]) }
        try Input.check(newPasswordErrors(new, confirm: confirm, policy: req.huiwu.passwordPolicy))
        let hash = try await req.password.async.hash(new)
        try await req.huiwu.people.setPassword(target, hash: hash)
    }
}
