import Foundation

/// Which group robot posts a notice and whom each post names (R5.2, X2, issue 12): robots belong
/// to group chats, not people, so a notice goes once per robot, naming the participants it
/// concerns. A robot set up for a department concerns that department's people on the meeting;
/// one set up for a meeting type, everyone on a meeting of that type; a person's private robot,
/// that person. Robots with the same address are one group chat, whoever set them up: one post,
/// on the robot set up first. The store applies this rule on SQLite and compiles it into one
/// statement on PostgreSQL (`condition(_:)` there mirrors `concerns`).
public enum RobotRouting {
    /// Whom a robot was set up for.
    public enum Scope: String, Sendable, Codable, CaseIterable {
        case department, meetingType = "meeting_type", person
    }

    /// A robot as the rule sees it.
    public struct Robot: Sendable, Equatable {
        public var id: UUID
        public var scope: Scope
        public var scopeId: UUID
        /// The group chat it posts to (`addressKey` of its URL).
        public var addressKey: String

        public init(id: UUID, scope: Scope, scopeId: UUID, addressKey: String) {
            self.id = id
            self.scope = scope
            self.scopeId = scopeId
            self.addressKey = addressKey
        }
    }

    /// A participant as the rule sees them (guests have no department and no robot).
    public struct Participant: Sendable, Equatable {
        public var id: UUID
        public var personId: UUID?
        public var departmentId: UUID?

        public init(id: UUID, personId: UUID?, departmentId: UUID?) {
            self.id = id
            self.personId = personId
            self.departmentId = departmentId
        }
    }

    /// One post: the robot it goes by and the participants it names, in meeting order.
    public struct Post: Sendable, Equatable {
        public var robotId: UUID
        public var participants: [UUID]
    }

    /// Whether a robot concerns a participant of a meeting of type `meetingType`.
    public static func concerns(_ robot: Robot, _ p: Participant, meetingType: UUID?) -> Bool {
        switch robot.scope {
        case .department: p.departmentId == robot.scopeId
        case .meetingType: meetingType == robot.scopeId
        case .person: p.personId == robot.scopeId
        }
    }

    /// The posts of one meeting's notice: per group chat, the participants any of its robots
    /// concern, on the robot of that chat set up first (`robots` in the order they were set up).
    public static func posts(_ participants: [Participant], meetingType: UUID?, robots: [Robot]) -> [Post] {
        var order: [String] = []
        var first: [String: UUID] = [:]
        for robot in robots where first[robot.addressKey] == nil {
            first[robot.addressKey] = robot.id
            order.append(robot.addressKey)
        }
        return order.compactMap { key in
            let chat = robots.filter { $0.addressKey == key }
            let named = participants.filter { p in chat.contains { concerns($0, p, meetingType: meetingType) } }
            guard !named.isEmpty, let robotId = first[key] else { return nil }
            return Post(robotId: robotId, participants: named.map(\.id))
        }
    }

    /// The group chat a robot URL names: scheme, host, port, path and query, whatever the case of
    /// scheme and host (two admins pasting the same robot are one chat).
    public static func addressKey(_ url: String) -> String {
        guard let parts = URLComponents(string: url.trimmingCharacters(in: .whitespaces)) else { return url }
        var key = (parts.scheme ?? "").lowercased() + "://" + (parts.host ?? "").lowercased()
        if let port = parts.port { key += ":\(port)" }
        key += parts.path
        if let query = parts.query { key += "?" + query }
        return key
    }
}
