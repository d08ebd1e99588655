import Foundation

/// Who is acting: enough to decide permissions and to sign the audit trail.
public struct Actor: Sendable, Equatable {
    public var id: UUID
    public var role: Role
    public var departmentId: UUID?
    public var displayName: String

    public init(id: UUID, role: Role, departmentId: UUID?, displayName: String) {
        self.id = id
        self.role = role
        self.departmentId = departmentId
        self.displayName = displayName
    }
}
