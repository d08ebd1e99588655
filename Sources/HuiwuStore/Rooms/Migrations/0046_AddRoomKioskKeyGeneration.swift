import FluentKit
import SQLKit

/// A room's kiosk key is derived from the room and a stored generation, so the room office can
/// rotate it (X1): raising the generation makes every earlier kiosk address stop working. Rooms
/// start at generation 0, whose key is the one earlier versions derived from the room alone, so
/// a kiosk already on a wall keeps working until someone rotates it. Who rotated it last, and
/// when, is kept beside it (X5).
struct AddRoomKioskKeyGeneration: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("rooms")
            .field("kiosk_key_generation", .int, .required, .custom(SQLColumnConstraintAlgorithm.default(0))).update()
        try await database.schema("rooms").field("kiosk_key_rotated_at", .datetime).update()
        try await database.schema("rooms").field("kiosk_key_rotated_by", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("rooms").deleteField("kiosk_key_rotated_by").update()
        try await database.schema("rooms").deleteField("kiosk_key_rotated_at").update()
        try await database.schema("rooms").deleteField("kiosk_key_generation").update()
    }
}
