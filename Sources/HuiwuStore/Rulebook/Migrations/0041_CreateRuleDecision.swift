import FluentKit
import SQLKit

/// Every decision Huiwu takes under a rulebook (X3): an attendance outcome, a
/// refusal, an approval step, a fine. Each carries the version and clause it applied; a
/// correction supersedes a decision with a new one and keeps the old.
struct CreateRuleDecision: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("rule_decisions")
            .field("id", .uuid, .identifier(auto: false))
            // data
            .field("kind", .string, .required)
            .field("outcome", .string, .required)
            .field("parameters", .string, .required)
            .field("rulebook_version", .int, .required)
            .field("clause_id", .string, .required)
            .field("decided_at", .datetime, .required)
            .field("superseded_at", .datetime)
            // references
            .field("subject_id", .uuid, .required)
            .field("person_id", .uuid, .references("people", "id"))
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "rule_decisions_subject").on("rule_decisions").column("subject_id").run()
        try await sql.create(index: "rule_decisions_decided").on("rule_decisions").column("decided_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("rule_decisions").delete()
    }
}
