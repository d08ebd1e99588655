import Foundation

/// Who chairs a meeting (R5.4, R5.7; A5: 例会由总经理或授权人主持). The chair is named by the
/// meeting's type, never by who created the meeting: the hosts on its list (people holding the
/// type's host role when the list was taken, or authorised by a chair) and its organiser when
/// the organiser holds that role. A meeting whose type names no host role has no chair until
/// one is authorised, so a clause recorded "by the chair" cannot be applied by whoever called it.
public enum MeetingChair {
    public static func chairs<ID: Hashable>(
        _ person: ID, role: Role, hosts: Set<ID>, organiser: ID, typeHostRole: Role?
    ) -> Bool {
        if hosts.contains(person) { return true }
        return person == organiser && typeHostRole != nil && role == typeHostRole
    }
}

/// Nobody decides their own case (X1, X3): their fine, their attendance, their leave. A
/// decision concerning the one who would take it goes to another who may take it (the rest of
/// the room office, the chain's next authority, an administrator) instead.
public enum OwnCase {
    /// Whether a decision by `actor` concerns the actor: one of `people` is them.
    public static func applies<ID: Equatable>(actor: ID, concerns people: [ID?]) -> Bool {
        people.contains { $0 == actor }
    }
}
