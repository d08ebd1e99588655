import FluentKit
import SQLKit

/// The allowed booking purposes (R1.4: uses unrelated to meetings are refused). A list the
/// admin can change; seeded with meeting-related uses.
struct CreatePurpose: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("purposes")
            .field("code", .string, .identifier(auto: false))
            .field("name_zh_hans", .string, .required)
            .field("name_zh_hant", .string, .required)
            .field("name_en", .string, .required)
            .field("active", .bool, .required)
            .field("sort_order", .int, .required)
            .create()
        let defaults: [(String, String, String, String)] = [
            ("meeting", "工作会议", "工作會議", "Work meeting"),
            ("training", "培训", "培訓", "Training"),
            ("reception", "接待", "接待", "Reception"),
            ("interview", "面试", "面試", "Interview"),
            ("video_conference", "视频会议", "視訊會議", "Video conference"),
            ("review", "评审", "評審", "Review"),
            ("rental", "对外出租", "對外出租", "External rental"),
        ]
        let sql = database as! any SQLDatabase
        for (index, p) in defaults.enumerated() {
            try await sql.insert(into: "purposes")
                .columns("code", "name_zh_hans", "name_zh_hant", "name_en", "active", "sort_order")
                .values(SQLBind(p.0), SQLBind(p.1), SQLBind(p.2), SQLBind(p.3), SQLBind(true), SQLBind(index))
                .run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("purposes").delete()
    }
}
