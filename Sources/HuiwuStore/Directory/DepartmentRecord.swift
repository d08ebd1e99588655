import Foundation
import HuiwuCore
import SQLKit

/// Rows as stored. Column names are the snake_case of the property names.
public struct DepartmentRecord: Codable, Sendable, Equatable {
    public var id: UUID
    public var name: String
    public var parentId: UUID?
    public var createdAt: Date

    /// Column names, spelled out: decoding rows is a hot path, and key-conversion strategies cost
    /// a Unicode case check per field per row.
    enum CodingKeys: String, CodingKey {
        case id
        case name
        case parentId = "parent_id"
        case createdAt = "created_at"
    }
}
