import FluentKit
import SQLKit

/// The organisation's rulebook versions (X3): each the YAML document an admin
/// adopted, kept whole and never changed, so a decision's cited version can always be shown.
/// The version in force on a day is the one with the latest `effective_on` not after it.
struct CreateRulebookVersion: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("rulebook_versions")
            .field("id", .uuid, .identifier(auto: false))
            // data
            .field("version", .int, .required)
            .field("rulebook_key", .string, .required)
            .field("effective_on", .string, .required)
            .field("source", .string, .required)
            .field("clause_count", .int, .required)
            .field("note", .string)
            .field("created_at", .datetime, .required)
            // references
            .field("created_by", .uuid, .references("people", "id"))
            // constraints
            .unique(on: "version")
            .create()
        try await (database as! any SQLDatabase).create(index: "rulebook_versions_effective")
            .on("rulebook_versions").column("effective_on").column("version").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("rulebook_versions").delete()
    }
}
