import FluentKit
import SQLKit

/// The installation's one organisation: its name and time zone (architecture: instants in
/// UTC, organisation time zone for display, hours and recurrence).
struct CreateOrganisation: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("organisation")
            .field("key", .string, .identifier(auto: false))
            // data
            .field("name", .string, .required)
            .field("time_zone", .string, .required)
            .create()
        try await (database as! any SQLDatabase).insert(into: "organisation")
            .columns("key", "name", "time_zone")
            .values(SQLBind("default"), SQLBind("Huiwu"), SQLBind("Asia/Shanghai"))
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("organisation").delete()
    }
}
