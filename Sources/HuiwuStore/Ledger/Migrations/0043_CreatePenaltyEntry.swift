import FluentKit
import SQLKit

/// The penalty ledger (R3.2, R5.2, R5.3, R5.7, R1.7): entries are never changed or
/// deleted. A fine is an `assessed` entry citing its clause with its evidence; a waiver or an
/// upheld appeal is a `reversed` entry, a wage filled in later a `completed` one, payment a
/// `settled` one — each referring to the entry it concerns. Department is the liable person's
/// at the time, so totals per department stay as they were.
struct CreatePenaltyEntry: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("penalty_entries")
            .field("id", .uuid, .identifier(auto: false))
            // data
            .field("kind", .string, .required)
            .field("amount_fen", .int)
            .field("days_of_wage", .int)
            .field("trigger", .string)
            .field("rulebook_version", .int)
            .field("clause_id", .string)
            .field("evidence", .string, .required)
            .field("reason", .string)
            .field("created_at", .datetime, .required)
            // references
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("department_id", .uuid, .references("departments", "id", onDelete: .setNull))
            .field("meeting_id", .uuid, .references("meetings", "id", onDelete: .setNull))
            .field("participant_id", .uuid, .references("meeting_participants", "id", onDelete: .setNull))
            .field("refers_to", .uuid, .references("penalty_entries", "id"))
            .field("decision_id", .uuid, .references("rule_decisions", "id"))
            .field("recorded_by", .uuid, .references("people", "id"))
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "penalty_entries_person").on("penalty_entries").column("person_id").column("created_at").run()
        try await sql.create(index: "penalty_entries_department").on("penalty_entries").column("department_id")
            .column("created_at").run()
        try await sql.create(index: "penalty_entries_meeting").on("penalty_entries").column("meeting_id").run()
        try await sql.create(index: "penalty_entries_refers").on("penalty_entries").column("refers_to").run()
        try await database.schema("people").field("daily_wage_fen", .int).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("people").deleteField("daily_wage_fen").update()
        try await database.schema("penalty_entries").delete()
    }
}
