import HuiwuCore
import HuiwuStore
import Vapor

/// Departments (a tree) and people administration (X1), for admins.
struct AdminPeoplePages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.adminDepartments, use: departments)
        routes.post(SiteURL.adminDepartments, use: createDepartment)
        routes.post(SiteURL.adminDepartmentDelete(.key), use: deleteDepartment)
        routes.get(SiteURL.adminPeople, use: people)
        routes.post(SiteURL.adminPeople, use: createPerson)
        routes.post(SiteURL.adminPerson(.key), use: updatePerson)
    }

    struct DepartmentRow: Encodable {
        var id: String
        var name: String
        var depth: Int
        var indent: String
        var members: Int
        var deleteAction: String
    }

    struct DepartmentsView: Encodable {
        var rows: [DepartmentRow]
        var parents: [SelectOption]
        var errors: FormErrors
        var name: String
        var createAction = SiteURL.adminDepartments.path
    }

    /// Depth-first order so the tree reads top-down.
    static func tree(_ all: [DepartmentRecord]) -> [(DepartmentRecord, Int)] {
        var out: [(DepartmentRecord, Int)] = []
        func visit(_ parent: UUID?, _ depth: Int) {
            for d in all where d.parentId == parent {
                out.append((d, depth))
                visit(d.id, depth + 1)
            }
        }
        visit(nil, 0)
        return out
    }

    func renderDepartments(_ req: Request, errors: FormErrors, name: String, status: HTTPResponseStatus) async throws -> Response
    {
        let directory = req.huiwu.people
        let all = try await directory.departments()
        let people = try await directory.people()
        let rows = Self.tree(all).map { d, depth in
            DepartmentRow(
                id: d.id.uuidString, name: d.name, depth: depth, indent: String(repeating: "　", count: depth),
                members: people.filter { $0.departmentId == d.id }.count,
                deleteAction: SiteURL.adminDepartmentDelete(.value(d.id)).path)
        }
        let view = DepartmentsView(
            rows: rows,
            parents: [.init(value: "", label: "—", selected: true)]
                + all.map { .init(value: $0.id.uuidString, label: $0.name, selected: false) },
            errors: errors, name: name)
        return try await req.page(
            "admin-departments", title: req.t("ui_departments_title"), section: "departments", view,
            status: status)
    }

    func departments(req: Request) async throws -> Response {
        _ = try req.webRequire(.manageDepartments)
        return try await renderDepartments(req, errors: FormErrors(), name: "", status: .ok)
    }

    struct DepartmentForm: Content {
        var name: String?
        var parentId: String?
    }

    func createDepartment(req: Request) async throws -> Response {
        _ = try req.webRequire(.manageDepartments)
        let form = try req.content.decode(DepartmentForm.self)
        var errors: [FieldError] = []
        let name = Input.text(form.name, field: "name", max: 100, required: true, errors: &errors)
        var parent: UUID?
        if let p = form.parentId, !p.isEmpty { parent = Input.uuid(p, field: "parentId", errors: &errors) }
        do {
            try Input.check(errors)
            _ = try await req.huiwu.people.createDepartment(name: name!, parentId: parent, now: req.now)
        } catch let f as ValidationFailure {
            return try await renderDepartments(
                req, errors: FormErrors(f.errors, on: req), name: form.name ?? "", status: .unprocessableEntity)
        } catch StoreError.duplicate {
            return try await renderDepartments(
                req, errors: FormErrors([FieldError("name", "field.duplicate")], on: req),
                name: form.name ?? "", status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.adminDepartments, ["done": "saved"])
    }

    /// Asks first (`ConfirmFirst`), naming the department; one with members or sub-departments
    /// is still refused after the confirmation.
    func deleteDepartment(req: Request) async throws -> Response {
        _ = try req.webRequire(.manageDepartments)
        let id = try req.idParameter()
        guard let department = try await req.huiwu.people.department(id) else { throw StoreError.notFound }
        if let ask = try await ConfirmFirst.ask(
            req, question: req.t("ui_confirm_department_delete", ["name": department.name]), confirm: req.t("ui_delete"),
            back: SiteURL.adminDepartments.path)
        {
            return ask
        }
        do {
            try await req.huiwu.people.deleteDepartment(id)
        } catch StoreError.inUse {
            return req.redirect(to: SiteURL.adminDepartments, ["done": "failed_in_use"])
        }
        return req.redirect(to: SiteURL.adminDepartments, ["done": "deleted"])
    }

    struct PersonRow: Encodable {
        var id: String
        var username: String
        var name: String
        var role: String
        var roleLabel: String
        var department: String
        var departmentId: String
        var position: String
        var active: Bool
        var updateAction: String
        /// An administrator's reset of this person's password (X1); one's own row leads to one's own page.
        var passwordHref: String
    }

    struct PeopleView: Encodable {
        var rows: [PersonRow]
        var roles: [SelectOption]
        var departments: [SelectOption]
        var errors: FormErrors
        var values: PersonForm
        var createAction = SiteURL.adminPeople.path
    }

    struct PersonForm: Content {
        var username: String?
        var password: String?
        var displayName: String?
        var role: String?
        var departmentId: String?
        var position: String?
        var email: String?
        var active: String?
    }

    func renderPeople(_ req: Request, errors: FormErrors, values: PersonForm, status: HTTPResponseStatus) async throws -> Response
    {
        let directory = req.huiwu.people
        let departments = try await directory.departments()
        let names = Dictionary(uniqueKeysWithValues: departments.map { ($0.id, $0.name) })
        let rows = try await directory.people().map { p in
            PersonRow(
                id: p.id.uuidString, username: p.username, name: p.displayName, role: p.role,
                roleLabel: req.t("ui_role_" + p.role), department: p.departmentId.flatMap { names[$0] } ?? "",
                departmentId: p.departmentId?.uuidString ?? "", position: p.position ?? "", active: p.active,
                updateAction: SiteURL.adminPerson(.value(p.id)).path,
                passwordHref: p.id == req.signedIn?.person.id
                    ? SiteURL.myPassword.path : SiteURL.adminPersonPassword(.value(p.id)).path)
        }
        let view = PeopleView(
            rows: rows,
            roles: Role.allCases.map {
                .init(
                    value: $0.rawValue, label: req.t("ui_role_" + $0.rawValue), selected: $0.rawValue == (values.role ?? "staff"))
            },
            departments: [.init(value: "", label: "—", selected: false)]
                + departments.map {
                    .init(value: $0.id.uuidString, label: $0.name, selected: $0.id.uuidString == values.departmentId)
                },
            errors: errors, values: values)
        return try await req.page("admin-people", title: req.t("ui_people_title"), section: "people", view, status: status)
    }

    func people(req: Request) async throws -> Response {
        _ = try req.webRequire(.managePeople)
        return try await renderPeople(req, errors: FormErrors(), values: PersonForm(), status: .ok)
    }

    func body(_ f: PersonForm) -> DirectoryAPI.PersonBody {
        DirectoryAPI.PersonBody(
            username: f.username, password: (f.password ?? "").isEmpty ? nil : f.password,
            displayName: f.displayName ?? "", role: f.role ?? "",
            departmentId: (f.departmentId ?? "").isEmpty ? nil : f.departmentId,
            // A typed address may carry stray spaces from copying; the API takes it exactly.
            position: f.position, email: f.email?.trimmedWhitespace, active: f.active == "1")
    }

    func createPerson(req: Request) async throws -> Response {
        _ = try req.webRequire(.managePeople)
        let form = try req.content.decode(PersonForm.self)
        do {
            let (role, dept, name, position, email) = try DirectoryAPI.validate(
                body(form), creating: true, passwords: req.huiwu.passwordPolicy)
            let hash = try await req.password.async.hash(form.password ?? "")
            _ = try await req.huiwu.people.createPerson(
                PersonRecord(
                    id: UUID(), username: form.username ?? "", displayName: name, passwordHash: hash, role: role.rawValue,
                    position: position, email: email, active: true, createdAt: req.now, departmentId: dept))
        } catch let f as ValidationFailure {
            return try await renderPeople(req, errors: FormErrors(f.errors, on: req), values: form, status: .unprocessableEntity)
        } catch StoreError.duplicate(let field) {
            return try await renderPeople(
                req, errors: FormErrors([FieldError(field, "field.duplicate")], on: req), values: form,
                status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.adminPeople, ["done": "saved"])
    }

    /// Changes role, department or active flag from the people table.
    func updatePerson(req: Request) async throws -> Response {
        let actor = try req.webRequire(.managePeople)
        let id = try req.idParameter()
        let form = try req.content.decode(PersonForm.self)
        guard var person = try await req.huiwu.people.person(id) else { throw ProblemError(.notFound, "not_found") }
        var candidate = form
        candidate.displayName = form.displayName ?? person.displayName
        do {
            let (role, dept, name, _, _) = try DirectoryAPI.validate(
                body(candidate), creating: false, passwords: req.huiwu.passwordPolicy)
            try DirectoryAPI.guardSelf(actor: actor, target: id, role: role, active: form.active == "1")
            person.role = role.rawValue
            person.departmentId = dept
            person.displayName = name
            person.active = form.active == "1"
            _ = try await req.huiwu.people.updatePerson(person)
        } catch let f as ValidationFailure {
            return try await renderPeople(
                req, errors: FormErrors(f.errors, on: req), values: PersonForm(), status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.adminPeople, ["done": "saved"])
    }
}
