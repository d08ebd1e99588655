import Foundation

/// How a notice reaches its participant (X2).
public enum NoticeChannel: String, Sendable, Codable, CaseIterable {
    case inApp = "in_app", email, webhook
}

/// Where a notice stands (R5.2): the organiser sees at a glance who has not been notified.
public enum NoticeState: String, Sendable, Codable, CaseIterable {
    case queued, sent, failed, read
}

/// Who receives a meeting notice on which channel (R5.2, X2), as a pure rule: every channel a
/// recipient can be reached on, once per person or guest however many of the meetings they are
/// on. The store applies it row by row on SQLite and compiles the same table into one
/// set-based statement on PostgreSQL, so both write the same notices. The webhook channel is
/// not per recipient: group robots post once for everyone they concern (`RobotRouting`).
public enum NoticeRouting {
    /// What a recipient has that a channel can use.
    public enum Need: Sendable, Equatable {
        /// A person of the directory (guests have no in-app inbox).
        case person
        /// An e-mail address: the person's, or the guest's.
        case emailAddress
    }

    /// One channel of the rule.
    public struct Route: Sendable, Equatable {
        public let channel: NoticeChannel
        public let needs: Need
        /// In-app notices are delivered as they are written; the others wait for the dispatcher.
        public let initialState: NoticeState
        /// Also sent when a notice only keeps calendars right (a series a split ended early).
        public let keepsCalendars: Bool
    }

    /// Every channel, in the order a recipient's notices are written.
    public static let routes: [Route] = [
        Route(channel: .inApp, needs: .person, initialState: .sent, keepsCalendars: false),
        Route(channel: .email, needs: .emailAddress, initialState: .queued, keepsCalendars: true),
    ]

    /// Whether group robots post a notice: not one that only keeps calendars right (a robot holds
    /// no calendar).
    public static func robotsPost(calendarOnly: Bool) -> Bool { !calendarOnly }

    /// The channels of a notice: all, or only those that keep calendars right.
    public static func routes(calendarOnly: Bool) -> [Route] {
        calendarOnly ? routes.filter(\.keepsCalendars) : routes
    }

    /// One participant as the rule sees them.
    public struct Recipient: Sendable, Equatable {
        public var personId: UUID?
        public var email: String?

        public init(personId: UUID?, email: String?) {
            self.personId = personId
            self.email = email
        }

        public func has(_ need: Need) -> Bool {
            switch need {
            case .person: personId != nil
            case .emailAddress: !(email ?? "").isEmpty
            }
        }

        /// Who they are across meetings: a person by id, a guest by address whatever its case.
        public var key: String { Self.key(person: personId, email: email) }

        public static func key(person: UUID?, email: String?) -> String {
            person.map { "person:" + $0.uuidString.lowercased() } ?? "guest:" + (email ?? "").lowercased()
        }
    }

    /// The routes a notice takes to one recipient.
    public static func routes(to recipient: Recipient, calendarOnly: Bool) -> [Route] {
        routes(calendarOnly: calendarOnly).filter { recipient.has($0.needs) }
    }

    /// The recipients of a notice from participant rows in meeting order: each person or guest
    /// once, by their first row.
    public static func distinct<Row>(_ rows: [Row], by recipient: (Row) -> Recipient) -> [Row] {
        var seen = Set<String>()
        return rows.filter { seen.insert(recipient($0).key).inserted }
    }
}
