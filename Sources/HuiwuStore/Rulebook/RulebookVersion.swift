import Foundation
import HuiwuCore
import SQLKit

/// One adopted version of the rulebook as stored: its document and who adopted it when.
public struct RulebookVersion: Sendable, Equatable {
    public var id: UUID
    public var version: Int
    public var key: String
    public var effective: CivilDate
    public var source: String
    public var clauseCount: Int
    public var note: String?
    public var createdBy: UUID?
    public var createdAt: Date

    init(row: any SQLRow) throws {
        id = try row.decode(column: "id", as: UUID.self)
        version = try row.decode(column: "version", as: Int.self)
        key = try row.decode(column: "rulebook_key", as: String.self)
        let day = try row.decode(column: "effective_on", as: String.self)
        guard let effective = CivilDate(day) else {
            throw UnknownStoredValue(column: "rulebook_versions.effective_on", value: day, rowId: id.uuidString)
        }
        self.effective = effective
        source = try row.decode(column: "source", as: String.self)
        clauseCount = try row.decode(column: "clause_count", as: Int.self)
        note = try row.decode(column: "note", as: String?.self)
        createdBy = try row.decode(column: "created_by", as: UUID?.self)
        createdAt = try row.decode(column: "created_at", as: Date.self)
    }
}
