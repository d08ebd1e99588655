import FluentKit

/// People who use the system (X1). Passwords are bcrypt hashes, never plain text.
struct CreatePerson: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("people")
            .field("id", .uuid, .identifier(auto: false))
            // data
            .field("username", .string, .required)
            .field("display_name", .string, .required)
            .field("password_hash", .string, .required)
            .field("role", .string, .required)
            .field("position", .string)
            .field("email", .string)
            .field("active", .bool, .required)
            .field("created_at", .datetime, .required)
            // references
            .field("department_id", .uuid, .references("departments", "id"))
            // constraints
            .unique(on: "username")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("people").delete()
    }
}
