import FluentKit
import SQLKit

/// Equipment list per room: item and quantity (R4.1 groundwork).
struct CreateRoomEquipment: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("room_equipment")
            .field("id", .uuid, .identifier(auto: false))
            .field("item", .string, .required)
            .field("quantity", .int, .required)
            .field("sort_order", .int, .required)
            .field("room_id", .uuid, .required, .references("rooms", "id", onDelete: .cascade))
            .create()
        try await (database as! any SQLDatabase).create(index: "room_equipment_room").on("room_equipment")
            .column("room_id").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("room_equipment").delete()
    }
}
