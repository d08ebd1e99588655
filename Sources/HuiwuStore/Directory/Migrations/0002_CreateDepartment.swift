import FluentKit

/// Departments form a tree (X1): 行政部 and the departments that book through it.
struct CreateDepartment: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("departments")
            .field("id", .uuid, .identifier(auto: false))
            // data
            .field("name", .string, .required)
            .field("created_at", .datetime, .required)
            // references
            .field("parent_id", .uuid, .references("departments", "id"))
            // constraints
            .unique(on: "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("departments").delete()
    }
}
