import Foundation
import HuiwuCore
import SQLKit

public struct PersonRecord: Codable, Sendable, Equatable {
    public var id: UUID
    public var username: String
    public var displayName: String
    public var passwordHash: String
    public var role: String
    public var position: String?
    public var email: String?
    public var active: Bool
    public var createdAt: Date
    public var departmentId: UUID?

    public init(
        id: UUID, username: String, displayName: String, passwordHash: String, role: String, position: String?,
        email: String?, active: Bool, createdAt: Date, departmentId: UUID?
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.passwordHash = passwordHash
        self.role = role
        self.position = position
        self.email = email
        self.active = active
        self.createdAt = createdAt
        self.departmentId = departmentId
    }

    public var roleValue: Role { Role(rawValue: role) ?? .staff }

    /// Column names, spelled out: decoding rows is a hot path, and key-conversion strategies cost
    /// a Unicode case check per field per row.
    enum CodingKeys: String, CodingKey {
        case id
        case username
        case displayName = "display_name"
        case passwordHash = "password_hash"
        case role
        case position
        case email
        case active
        case createdAt = "created_at"
        case departmentId = "department_id"
    }
}
