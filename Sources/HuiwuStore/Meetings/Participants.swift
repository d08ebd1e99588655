import Foundation
import HuiwuCore
import SQLKit

/// One person or guest a participant list names, before it is stored.
struct ResolvedParticipant: Sendable, Equatable {
    var personId: UUID?
    var guestName: String?
    var guestEmail: String?
    var source: String
    var role: ParticipantRecord.Role
}

/// Turns participant groups into people (R2.5), at the moment the list is taken: roles,
/// positions and departments resolve to the active people holding them now.
enum ParticipantResolver {
    /// The organiser first, then each selector's people in order; a person named twice keeps
    /// the first origin. People whose role is `hostRole` are marked host.
    static func resolve(
        _ selectors: [ParticipantSelector], organiser: UUID, hostRole: Role?,
        _ db: any SQLDatabase
    ) async throws -> [ResolvedParticipant] {
        var out = [
            ResolvedParticipant(
                personId: organiser, guestName: nil, guestEmail: nil, source: "organiser",
                role: .organiser)
        ]
        var seen: Set<UUID> = [organiser]
        var guests = Set<String>()
        for selector in selectors {
            let value = selector.value.trimmedWhitespace
            let people: [(UUID, String)]
            switch selector.kind {
            case .guest:
                let email = (selector.email ?? "").lowercased()
                if guests.insert(email).inserted {
                    out.append(
                        ResolvedParticipant(
                            personId: nil, guestName: value, guestEmail: selector.email,
                            source: selector.source, role: .attendee))
                }
                continue
            case .person:
                guard let id = UUID(uuidString: value) else {
                    throw StoreError.invalid(field: "participants", code: "field.uuid")
                }
                people = try await rows(db.raw("SELECT id, role FROM people WHERE id = \(bind: id) AND active = \(bind: true)"))
                if people.isEmpty { throw StoreError.invalid(field: "participants", code: "meeting.person_not_found") }
            case .role:
                people = try await rows(
                    db.raw(
                        """
                        SELECT id, role FROM people WHERE role = \(bind: value) AND active = \(bind: true) ORDER BY display_name
                        """))
            case .position:
                people = try await rows(
                    db.raw(
                        """
                        SELECT id, role FROM people WHERE position = \(bind: value) AND active = \(bind: true) ORDER BY display_name
                        """))
            case .department:
                guard let id = UUID(uuidString: value) else {
                    throw StoreError.invalid(field: "participants", code: "field.uuid")
                }
                people = try await rows(
                    db.raw(
                        """
                        SELECT id, role FROM people WHERE department_id = \(bind: id) AND active = \(bind: true) ORDER BY display_name
                        """))
            }
            for (id, role) in people where seen.insert(id).inserted {
                out.append(
                    ResolvedParticipant(
                        personId: id, guestName: nil, guestEmail: nil, source: selector.source,
                        role: role == hostRole?.rawValue ? .host : .attendee))
            }
        }
        return out
    }

    /// The host role of the meeting's type, if it has a type and the type names one.
    static func hostRole(ofMeeting id: UUID, _ db: any SQLDatabase) async throws -> HuiwuCore.Role? {
        try await db.raw("SELECT t.host_role FROM meetings m JOIN meeting_types t ON t.id = m.type_id WHERE m.id = \(bind: id)")
            .first()?.decode(column: "host_role", as: String?.self).flatMap(HuiwuCore.Role.init(rawValue:))
    }

    private static func rows(_ query: SQLRawBuilder) async throws -> [(UUID, String)] {
        try await query.all().map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "role", as: String.self)) }
    }

    /// Takes the groups again (R2.5: groups resolve at the time of the notice): people who
    /// joined a role, position or department on the list since it was taken are added. Anyone
    /// already on it — removed rows included — is left as the organiser left them. The groups
    /// are the list's own origins (`role:…`, `position:…`, `department:…`).
    static func refresh(_ meetingId: UUID, now: Date, _ db: any SQLDatabase) async throws {
        let rows = try await db.raw("SELECT person_id, source FROM meeting_participants WHERE meeting_id = \(bind: meetingId)")
            .all()
        let present = Set(try rows.compactMap { try $0.decode(column: "person_id", as: UUID?.self) })
        let groups = Set(try rows.map { try $0.decode(column: "source", as: String.self) }).sorted().compactMap {
            source -> ParticipantSelector? in
            let parts = source.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let kind = ParticipantSelector.Kind(rawValue: parts[0]),
                [.role, .position, .department].contains(kind)
            else { return nil }
            return ParticipantSelector(kind: kind, value: parts[1])
        }
        guard !groups.isEmpty,
            let organiser = try await db.raw("SELECT organiser_id FROM meetings WHERE id = \(bind: meetingId)")
                .first()?.decode(column: "organiser_id", as: UUID.self)
        else { return }
        // A newcomer holding the type's host role (a new department head) chairs, as they
        // would on a meeting of the type made today (R2.5, R5.4).
        let newcomers = try await resolve(
            groups, organiser: organiser, hostRole: try await hostRole(ofMeeting: meetingId, db), db
        )
        .filter { $0.source != "organiser" && $0.personId.map { !present.contains($0) } ?? false }
        try await snapshot(newcomers, meetings: [meetingId], now: now, db)
    }

    /// Stores the list for each meeting, in multi-row statements (a year's series is thousands of
    /// rows). Returns the new rows' ids.
    @discardableResult
    static func snapshot(_ list: [ResolvedParticipant], meetings: [UUID], now: Date, _ db: any SQLDatabase) async throws -> [UUID]
    {
        let columns = ["id", "meeting_id", "person_id", "guest_name", "guest_email", "source", "role", "removed", "added_at"]
        var pending: [[any SQLExpression]] = []
        var ids: [UUID] = []
        func flush() async throws {
            guard !pending.isEmpty else { return }
            var insert = db.insert(into: "meeting_participants").columns(columns)
            for row in pending { insert = insert.values(row) }
            try await insert.run()
            pending.removeAll(keepingCapacity: true)
        }
        for meeting in meetings {
            for p in list {
                let id = OrderedID.next()
                ids.append(id)
                pending.append([
                    SQLBind(id), SQLBind(meeting), SQLBind(p.personId), SQLBind(p.guestName),
                    SQLBind(p.guestEmail), SQLBind(p.source), SQLBind(p.role.rawValue), SQLBind(false),
                    SQLBind(now),
                ])
                // 9 binds a row: well under SQLite's 32,766 and PostgreSQL's 65,535 per statement.
                if pending.count == 500 { try await flush() }
            }
        }
        try await flush()
        return ids
    }
}
