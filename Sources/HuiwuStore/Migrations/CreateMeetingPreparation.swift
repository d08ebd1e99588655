import FluentKit
import SQLKit

/// The agenda (R5.4): ordered items with time boxes and presenters; the type's standing items
/// are copied in when a meeting is made.
struct CreateAgendaItem: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("agenda_items")
            .field("id", .uuid, .identifier(auto: false))
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("title", .string, .required)
            .field("minutes", .int, .required)
            .field("presenter_id", .uuid, .references("people", "id", onDelete: .setNull))
            .create()
        try await (database as! any SQLDatabase).create(index: "agenda_items_meeting").on("agenda_items")
            .column("meeting_id").column("position").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("agenda_items").delete()
    }
}

/// The fixed speaking order of reporters (R5.4: department heads, clockwise).
struct CreateMeetingReporter: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("meeting_reporters")
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("person_id", .uuid, .required, .references("people", "id", onDelete: .cascade))
            .unique(on: "meeting_id", "person_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("meeting_reporters").delete()
    }
}

/// The preparation checklist (R5.3): venue, materials, equipment, each due before the start
/// and signed off by whoever did it.
struct CreateChecklistItem: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("checklist_items")
            .field("id", .uuid, .identifier(auto: false))
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("position", .int, .required)
            .field("category", .string, .required)
            .field("title", .string, .required)
            .field("due_at", .datetime, .required)
            .field("assignee_id", .uuid, .references("people", "id", onDelete: .setNull))
            .field("done_at", .datetime)
            .field("done_by_id", .uuid, .references("people", "id", onDelete: .setNull))
            .field("reminded_at", .datetime)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "checklist_items_meeting").on("checklist_items").column("meeting_id").run()
        try await sql.create(index: "checklist_items_due").on("checklist_items").column("due_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("checklist_items").delete()
    }
}

/// Materials attached to a meeting (R5.3): the file's bytes live in the database, so every
/// server of a PostgreSQL fleet serves them and a backup holds them.
struct CreateMaterial: AsyncMigration {
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

/// Minutes and decisions per meeting (R5.8).
struct CreateMinutes: AsyncMigration {
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

/// Action items (R5.8): owner, due date, status; open ones are followed up at the series'
/// next meeting, overdue ones reminded.
struct CreateActionItem: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("action_items")
            .field("id", .uuid, .identifier(auto: false))
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("series_id", .uuid)
            .field("title", .string, .required)
            .field("owner_id", .uuid, .required, .references("people", "id"))
            .field("due_on", .string, .required)
            .field("status", .string, .required)
            .field("created_at", .datetime, .required)
            .field("closed_at", .datetime)
            .field("reminded_on", .string)
            .field("version", .int, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "action_items_series").on("action_items").column("series_id").column("status").run()
        try await sql.create(index: "action_items_meeting").on("action_items").column("meeting_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("action_items").delete()
    }
}
