import FluentKit
import SQLKit

/// Minutes and decisions per meeting (R5.8).
struct CreateMinutes: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("minutes")
            .field("meeting_id", .uuid, .identifier(auto: false), .references("meetings", "id", onDelete: .cascade))
            .field("body", .string, .required)
            .field("decisions", .string, .required)
            .field("published_at", .datetime)
            .field("version", .int, .required)
            .field("updated_by_id", .uuid, .references("people", "id"))
            .field("updated_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("minutes").delete()
    }
}
