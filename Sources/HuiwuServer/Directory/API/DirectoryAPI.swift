import HuiwuCore
import HuiwuStore
import Vapor

/// `/api/v1/departments` and `/api/v1/people` (X1).
struct DirectoryAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.departments, use: departmentsList)
        routes.post(APIURL.departments, use: createDepartment)
        routes.put(APIURL.department(.key), use: updateDepartment)
        routes.delete(APIURL.department(.key), use: deleteDepartment)
        routes.get(APIURL.people, use: peopleList)
        routes.post(APIURL.people, use: createPerson)
        routes.get(APIURL.person(.key), use: showPerson)
        routes.put(APIURL.person(.key), use: updatePerson)
    }

    struct DepartmentBody: Decodable {
        var name: String
        var parentId: String?
    }

    static func department(_ body: DepartmentBody) throws -> (String, UUID?) {
        var errors: [FieldError] = []
        let name = Input.text(body.name, field: "name", max: 100, required: true, errors: &errors)
        let parent = body.parentId.flatMap { Input.uuid($0, field: "parentId", errors: &errors) }
        try Input.check(errors)
        return (name!, parent)
    }

    func departmentsList(req: Request) async throws -> [DepartmentDTO] {
        _ = try req.require(.viewPeople)
        return try await req.huiwu.people.departments().map(DepartmentDTO.init)
    }

    func createDepartment(req: Request) async throws -> Response {
        _ = try req.require(.manageDepartments)
        let (name, parent) = try Self.department(try req.decodeJSON(DepartmentBody.self))
        let record = try await req.huiwu.people.createDepartment(name: name, parentId: parent, now: req.now)
        let response = Response(status: .created)
        try response.content.encode(DepartmentDTO(record))
        return response
    }

    func updateDepartment(req: Request) async throws -> DepartmentDTO {
        _ = try req.require(.manageDepartments)
        let id = try req.idParameter()
        let (name, parent) = try Self.department(try req.decodeJSON(DepartmentBody.self))
        return DepartmentDTO(try await req.huiwu.people.updateDepartment(id, name: name, parentId: parent))
    }

    func deleteDepartment(req: Request) async throws -> HTTPStatus {
        _ = try req.require(.manageDepartments)
        try await req.huiwu.people.deleteDepartment(try req.idParameter())
        return .noContent
    }

    struct PersonBody: Decodable {
        var username: String?
        var password: String?
        var displayName: String
        var role: String
        var departmentId: String?
        var position: String?
        var email: String?
        var active: Bool?
    }

    /// In the order people were added, a page at a time.
    func peopleList(req: Request) async throws -> Response {
        _ = try req.require(.viewPeople)
        var errors: [FieldError] = []
        let paging = PageParameters.parse(req, list: "people", errors: &errors)
        try Input.check(errors)
        return try paging.respond(try await req.huiwu.people.people(paging.request), to: req, PersonDTO.init)
    }

    func showPerson(req: Request) async throws -> PersonDTO {
        _ = try req.require(.viewPeople)
        guard let person = try await req.huiwu.people.person(try req.idParameter()) else { throw StoreError.notFound }
        return PersonDTO(person)
    }

    static func validate(
        _ body: PersonBody, creating: Bool, passwords: PasswordPolicy
    ) throws -> (
        Role, UUID?, String, String?, String?
    ) {
        var errors: [FieldError] = []
        if creating {
            let username = body.username ?? ""
            if username.isEmpty || username.count > 64
                || !username.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) })
            {
                errors.append(FieldError("username", "person.username_format"))
            }
        }
        // ASVS V2.1: whenever a password is set (always when creating).
        if creating || body.password != nil, let problem = passwords.fieldError(body.password ?? "") {
            errors.append(problem)
        }
        let role = Role(rawValue: body.role)
        if role == nil { errors.append(FieldError("role", "field.enum")) }
        let name = Input.text(body.displayName, field: "displayName", max: 100, required: true, errors: &errors)
        let dept = body.departmentId.flatMap { Input.uuid($0, field: "departmentId", errors: &errors) }
        let position = Input.text(body.position, field: "position", max: 100, required: false, errors: &errors)
        let email = Input.email(body.email, field: "email", errors: &errors)
        try Input.check(errors)
        return (role!, dept, name!, position.flatMap { $0.isEmpty ? nil : $0 }, email)
    }

    func createPerson(req: Request) async throws -> Response {
        _ = try req.require(.managePeople)
        let body = try req.decodeJSON(PersonBody.self)
        let (role, dept, name, position, email) = try Self.validate(body, creating: true, passwords: req.huiwu.passwordPolicy)
        let hash = try await req.password.async.hash(body.password!)
        let person = try await req.huiwu.people.createPerson(
            PersonRecord(
                id: UUID(), username: body.username!, displayName: name, passwordHash: hash, role: role.rawValue,
                position: position, email: email, active: body.active ?? true, createdAt: req.now, departmentId: dept))
        let response = Response(status: .created)
        try response.content.encode(PersonDTO(person))
        return response
    }

    /// An administrator cannot lock themselves out: no deactivating or demoting oneself.
    static func guardSelf(actor: Actor, target: UUID, role: Role, active: Bool) throws {
        guard actor.id == target else { return }
        if !active { throw ValidationFailure([FieldError("active", "person.self_lockout")]) }
        if role != actor.role { throw ValidationFailure([FieldError("role", "person.self_lockout")]) }
    }

    func updatePerson(req: Request) async throws -> PersonDTO {
        let actor = try req.require(.managePeople)
        let id = try req.idParameter()
        let body = try req.decodeJSON(PersonBody.self)
        let (role, dept, name, position, email) = try Self.validate(body, creating: false, passwords: req.huiwu.passwordPolicy)
        guard var person = try await req.huiwu.people.person(id) else { throw StoreError.notFound }
        try Self.guardSelf(actor: actor, target: id, role: role, active: body.active ?? person.active)
        // One's own password is changed with the current one (`PUT /api/v1/me/password`), an
        // administrator's like anyone's: a borrowed session cannot take the account (X1).
        if actor.id == id, body.password != nil {
            throw ValidationFailure([FieldError("password", "person.own_password_reset")])
        }
        person.displayName = name
        person.role = role.rawValue
        person.departmentId = dept
        person.position = position
        person.email = email
        person.active = body.active ?? person.active
        let saved = try await req.huiwu.people.updatePerson(person)
        if let password = body.password {
            try await req.huiwu.people.setPassword(id, hash: try await req.password.async.hash(password))
        }
        return PersonDTO(saved)
    }
}
