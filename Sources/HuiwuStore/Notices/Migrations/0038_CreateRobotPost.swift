import FluentKit
import SQLKit

/// One post of a notice by a group robot (R5.2, X2): the unit that is delivered, paced and
/// retried; the participants it names are its notices (`notices.post_id`), whose states follow
/// the post's. `robot_calls` logs when each robot address was called (the pacing window);
/// `robot_throttles` holds a throttle the platform announced. An account warning to a person's
/// private robot names it (`account_notices.robot_id`) so it is signed with that robot's secret.
struct CreateRobotPost: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("robot_posts")
            .field("id", .uuid, .identifier(auto: false))
            .field("robot_id", .uuid, .required, .references("robots", "id", onDelete: .cascade))
            .field("meeting_id", .uuid, .required, .references("meetings", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("state", .string, .required)
            .field("attempts", .int, .required)
            .field("last_error", .string)
            .field("next_attempt_at", .datetime, .required)
            .field("sent_at", .datetime)
            .field("created_at", .datetime, .required)
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "robot_posts_due").on("robot_posts").column("state").column("next_attempt_at").run()
        try await sql.create(index: "robot_posts_meeting").on("robot_posts").column("meeting_id").run()
        try await database.schema("robot_calls")
            .field("address_key", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await sql.create(index: "robot_calls_address").on("robot_calls").column("address_key").column("at").run()
        try await database.schema("robot_throttles")
            .field("address_key", .string, .identifier(auto: false))
            .field("blocked_until", .datetime)
            .create()
        try await database.schema("notices").field("post_id", .uuid).update()
        try await sql.create(index: "notices_post").on("notices").column("post_id").run()
        try await database.schema("account_notices").field("robot_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("account_notices").deleteField("robot_id").update()
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "notices_post").run()
        try await database.schema("notices").deleteField("post_id").update()
        try await database.schema("robot_throttles").delete()
        try await database.schema("robot_calls").delete()
        try await database.schema("robot_posts").delete()
    }
}
