import Foundation
import HuiwuCore
import SQLKit

/// The organisation's robots as group chats (R5.2, X2): robots at one address are one chat, and
/// one of them posts for it (`RobotRouting.poster`). What the admin is shown when setting one up:
/// who else set up the same address, and whose credentials the chat's posts go with.
public struct RobotChats: Sendable {
    /// Every robot, in the order they were set up.
    public let robots: [RobotRecord]
    /// The poster of each chat, by address key.
    let posters: [String: UUID]

    public init(_ robots: [RobotRecord]) {
        self.robots = robots
        var chats: [String: [RobotRouting.Robot]] = [:]
        for r in robots { chats[r.addressKey, default: []].append(r.rule) }
        posters = chats.compactMapValues { RobotRouting.poster($0)?.id }
    }

    /// The other robots at `robot`'s address, in the order they were set up.
    public func sharingAddress(with robot: RobotRecord) -> [RobotRecord] {
        robots.filter { $0.addressKey == robot.addressKey && $0.id != robot.id }
    }

    /// Whether the chat's posts go by `robot`.
    public func postsForChat(_ robot: RobotRecord) -> Bool { posters[robot.addressKey] == robot.id }
}

extension Robots {
    /// Every robot with its chat.
    public func chats() async throws -> RobotChats { RobotChats(try await all()) }
}

extension Robots {
    /// The robot that posts for the chat `id` belongs to (R5.2, X2): a person's notice queued for
    /// their private robot goes to that robot's group chat, so it goes with the chat's credentials
    /// (the 加签 secret an admin set up at the same address), not unsigned. Nil when the robot is gone.
    public func poster(forChatOf id: UUID) async throws -> RobotRecord? {
        guard let robot = try await robot(id) else { return nil }
        let chat = try await store.reader.raw(
            "SELECT * FROM robots WHERE address_key = \(bind: robot.addressKey) ORDER BY created_at, id"
        ).all().map(RobotRecord.init(row:))
        guard let pick = RobotRouting.poster(chat.map(\.rule)) else { return robot }
        return chat.first { $0.id == pick.id } ?? robot
    }
}
