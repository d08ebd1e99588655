import FluentKit
import SQLKit

/// Materials attached to a meeting (R5.3): the file's bytes live in the database, so every
/// server of a PostgreSQL fleet serves them and a backup holds them.
struct CreateMaterial: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("materials")
            .field("id", .uuid, .identifier(auto: false))
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("filename", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int, .required)
            .field("sha256", .string, .required)
            .field("content", .data, .required)
            .field("uploaded_by_id", .uuid, .required, .references("people", "id"))
            .field("uploaded_at", .datetime, .required)
            .create()
        try await (database as! any SQLDatabase).create(index: "materials_meeting").on("materials").column("meeting_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("materials").delete()
    }
}
