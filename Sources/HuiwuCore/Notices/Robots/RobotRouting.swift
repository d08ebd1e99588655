import Foundation

/// Which group robot posts a notice and whom each post names (R5.2, X2): robots belong
/// to group chats, not people, so a notice goes once per robot, naming the participants it
/// concerns. A robot set up for a department concerns that department's people on the meeting;
/// one set up for a meeting type, everyone on a meeting of that type; a person's private robot,
/// that person. Robots with the same address are one group chat, whoever set them up: one post,
/// made with the chat's credentials (`poster`). The store applies this rule on SQLite and compiles
/// it into one statement on PostgreSQL (`condition(_:)` there mirrors `concerns`, `posterOrder`
/// mirrors `poster`).
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
        /// Whether its posts are signed: a secret is stored and its platform signs (DingTalk 加签,
        /// Feishu 签名校验). A chat that checks signatures refuses every unsigned post.
        public var signs: Bool

        public init(id: UUID, scope: Scope, scopeId: UUID, addressKey: String, signs: Bool = false) {
            self.id = id
            self.scope = scope
            self.scopeId = scopeId
            self.addressKey = addressKey
            self.signs = signs
        }

        /// Set up for a group (a department or a meeting type), not one person's private robot.
        public var isGroup: Bool { scope != .person }
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

    /// The robot that posts for one group chat (`chat`: the robots at one address, in the order
    /// they were set up): the chat's credentials are the ones that sign, so a robot that signs
    /// comes before one that does not (a member who pasted the address without the 加签 secret
    /// must not make every post unsigned and refused); among equals a group robot, which the
    /// admin set up for the chat, before a person's private one; then the one set up first. The
    /// choice depends on the chat alone, never on the meeting, so every notice to a chat goes
    /// by the same robot, and removing it hands the chat to the next.
    public static func poster(_ chat: [Robot]) -> Robot? {
        chat.enumerated().min { a, b in
            if a.element.signs != b.element.signs { return a.element.signs }
            if a.element.isGroup != b.element.isGroup { return a.element.isGroup }
            return a.offset < b.offset
        }?.element
    }

    /// The posts of one meeting's notice: per group chat, the participants any of its robots
    /// concern, on the chat's `poster`; chats in the order their first robot was set up
    /// (`robots` in the order they were set up).
    public static func posts(_ participants: [Participant], meetingType: UUID?, robots: [Robot]) -> [Post] {
        var order: [String] = []
        var chats: [String: [Robot]] = [:]
        for robot in robots {
            if chats[robot.addressKey] == nil { order.append(robot.addressKey) }
            chats[robot.addressKey, default: []].append(robot)
        }
        return order.compactMap { key in
            guard let chat = chats[key], let poster = poster(chat) else { return nil }
            let named = participants.filter { p in chat.contains { concerns($0, p, meetingType: meetingType) } }
            guard !named.isEmpty else { return nil }
            return Post(robotId: poster.id, participants: named.map(\.id))
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
