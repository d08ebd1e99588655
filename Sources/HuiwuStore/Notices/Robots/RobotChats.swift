import Foundation
import HuiwuCore

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
