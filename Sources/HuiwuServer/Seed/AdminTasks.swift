import HuiwuCore
import HuiwuStore
import Vapor

/// Tasks behind `huiwu admin …`, run against the configured database.
public enum AdminTasks {
    /// The password is held to the password policy (ASVS V2.1) like one set through the API:
    /// a `ValidationFailure` on `password` otherwise, and nothing is created.
    public static func createUser(
        _ app: Application, username: String, password: String, role: Role,
        department: String?, displayName: String
    ) async throws -> PersonRecord {
        let services = app.huiwu
        if let problem = services.passwordPolicy.fieldError(password) { throw ValidationFailure([problem]) }
        let now = services.clock.now()
        var departmentId: UUID?
        if let department, !department.isEmpty {
            if let existing = try await services.people.department(named: department) {
                departmentId = existing.id
            } else {
                departmentId = try await services.people.createDepartment(name: department, parentId: nil, now: now).id
            }
        }
        let hash = try await app.password.async.hash(password)
        return try await services.people.createPerson(
            PersonRecord(
                id: UUID(), username: username, displayName: displayName, passwordHash: hash, role: role.rawValue,
                position: nil, email: nil, active: true, createdAt: now, departmentId: departmentId))
    }
}
