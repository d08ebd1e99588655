import HuiwuCore
import HuiwuStore
import Vapor

struct DepartmentDTO: Content, Equatable {
    var id: UUID
    var name: String
    var parentId: UUID?

    init(_ d: DepartmentRecord) {
        id = d.id
        name = d.name
        parentId = d.parentId
    }
}

struct PersonDTO: Content, Equatable {
    var id: UUID
    var username: String
    var displayName: String
    var role: String
    var departmentId: UUID?
    var position: String?
    var email: String?
    var active: Bool

    init(_ p: PersonRecord) {
        id = p.id
        username = p.username
        displayName = p.displayName
        role = p.role
        departmentId = p.departmentId
        position = p.position
        email = p.email
        active = p.active
    }
}
