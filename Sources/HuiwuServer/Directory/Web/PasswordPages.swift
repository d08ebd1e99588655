import HuiwuCore
import HuiwuStore
import Vapor

/// `/me/password`, where everyone signed in changes their own password, and
/// `/admin/people/{id}/password`, where an administrator resets someone else's (X1, ASVS V2.1).
/// A refused form comes back in the reader's language; passwords are never sent back in it.
struct PasswordPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.myPassword, use: ownForm)
        routes.post(SiteURL.myPassword, use: changeOwn)
        routes.get(SiteURL.adminPersonPassword(.key), use: resetForm)
        routes.post(SiteURL.adminPersonPassword(.key), use: reset)
    }

    struct PasswordView: Encodable {
        var action: String
        /// Whose password an administrator resets (empty on one's own page).
        var personName: String
        var username: String
        var own: Bool
        var errors: FormErrors
        var general: String?
        var backHref: String
    }

    struct PasswordForm: Content {
        var currentPassword: String?
        var newPassword: String?
        var confirmPassword: String?
    }

    func render(
        _ req: Request, _ view: PasswordView, title: String, section: String, status: HTTPResponseStatus
    ) async throws -> Response {
        try await req.page("password", title: title, section: section, view, status: status)
    }

    func ownView(_ req: Request, errors: FormErrors = FormErrors(), general: String? = nil) -> PasswordView {
        let me = req.signedIn?.person
        return PasswordView(
            action: SiteURL.myPassword.path, personName: me?.displayName ?? "", username: me?.username ?? "", own: true,
            errors: errors, general: general, backHref: SiteURL.grid.path)
    }

    func ownForm(req: Request) async throws -> Response {
        _ = try req.webActor()
        return try await render(req, ownView(req), title: req.t("ui_password_change_title"), section: "password", status: .ok)
    }

    func changeOwn(req: Request) async throws -> Response {
        _ = try req.webActor()
        let form = try req.content.decode(PasswordForm.self)
        let title = req.t("ui_password_change_title")
        do {
            try await PasswordChange.changeOwn(
                current: form.currentPassword ?? "", new: form.newPassword ?? "", confirm: form.confirmPassword ?? "",
                on: req)
        } catch let f as ValidationFailure {
            return try await render(
                req, ownView(req, errors: FormErrors(f.errors, on: req)), title: title, section: "password",
                status: .unprocessableEntity)
        } catch let e as ProblemError where e.status == .tooManyRequests {
            let page = try await render(
                req, ownView(req, general: req.t("problem." + e.code, e.parameters)), title: title, section: "password",
                status: e.status)
            if let seconds = e.retryAfter { page.headers.replaceOrAdd(name: .retryAfter, value: String(seconds)) }
            return page
        }
        return req.redirect(to: SiteURL.myPassword, ["done": "password_changed"])
    }

    func resetView(_ req: Request, _ person: PersonRecord, errors: FormErrors = FormErrors()) -> PasswordView {
        PasswordView(
            action: SiteURL.adminPersonPassword(.value(person.id)).path, personName: person.displayName,
            username: person.username, own: false, errors: errors, general: nil, backHref: SiteURL.adminPeople.path)
    }

    /// The person to reset, or 404; one's own is changed on one's own page.
    func target(_ req: Request, _ actor: Actor) async throws -> PersonRecord? {
        guard let person = try await req.huiwu.people.person(try req.idParameter()) else {
            throw ProblemError(.notFound, "not_found")
        }
        return person.id == actor.id ? nil : person
    }

    func resetForm(req: Request) async throws -> Response {
        let actor = try req.webRequire(.managePeople)
        guard let person = try await target(req, actor) else { return req.redirect(to: SiteURL.myPassword) }
        return try await render(
            req, resetView(req, person), title: req.t("ui_password_reset_title", ["name": person.displayName]),
            section: "people", status: .ok)
    }

    func reset(req: Request) async throws -> Response {
        let actor = try req.webRequire(.managePeople)
        let id = try req.idParameter()
        guard let person = try await req.huiwu.people.person(id) else { throw ProblemError(.notFound, "not_found") }
        let form = try req.content.decode(PasswordForm.self)
        do {
            try await PasswordChange.reset(
                id, new: form.newPassword ?? "", confirm: form.confirmPassword ?? "", by: actor, on: req)
        } catch let f as ValidationFailure {
            return try await render(
                req, resetView(req, person, errors: FormErrors(f.errors, on: req)),
                title: req.t("ui_password_reset_title", ["name": person.displayName]), section: "people",
                status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.adminPeople, ["done": "password_reset"])
    }
}
