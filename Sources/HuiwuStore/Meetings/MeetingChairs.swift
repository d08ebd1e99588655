import Foundation
import HuiwuCore
import SQLKit

/// Whether a person chairs a meeting, from its list and its type (`MeetingChair`, R5.4): a host
/// on the list (by the type's host role or a chair's authorisation), or its organiser holding
/// the type's host role. One read.
enum MeetingChairs {
    static func chairs(_ meeting: MeetingRecord, actor: Actor, _ db: any SQLDatabase) async throws -> Bool {
        guard
            let row = try await db.raw(
                """
                SELECT (SELECT t.host_role FROM meeting_types t WHERE t.id = m.type_id) AS host_role,
                  EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.id AND p.person_id = \(bind: actor.id)
                    AND (p.role = 'host' OR p.authorised_by_id IS NOT NULL) AND p.removed = \(bind: false)) AS hosting
                FROM meetings m WHERE m.id = \(bind: meeting.id)
                """
            ).first()
        else { return false }
        let hostRole = try row.decode(column: "host_role", as: String?.self).flatMap(Role.init(rawValue:))
        let hosting = try row.decode(column: "hosting", as: Bool.self)
        return MeetingChair.chairs(
            actor.id, role: actor.role, hosts: hosting ? [actor.id] : [], organiser: meeting.organiserId, typeHostRole: hostRole)
    }
}

extension MeetingChairs {
    /// Whether the actor may authorise someone to chair the meeting (A5: 总经理或授权人主持): a chair
    /// of it; someone holding its type's host role who is on its list or arranges every meeting (the
    /// GM authorises for the GM's meetings, not a head for another department's); and, for a
    /// meeting whose type names no host role, the room office or an administrator, who arrange
    /// meetings — never its creator as such.
    static func mayAuthorise(_ meeting: MeetingRecord, actor: Actor, _ db: any SQLDatabase) async throws -> Bool {
        if try await chairs(meeting, actor: actor, db) { return true }
        let arranges = AccessPolicy.allows(actor.role, .manageAllMeetings)
        guard let hostRole = try await ParticipantResolver.hostRole(ofMeeting: meeting.id, db) else { return arranges }
        guard hostRole == actor.role else { return false }
        if arranges { return true }
        return try await db.raw(
            """
            SELECT 1 AS one FROM meeting_participants
            WHERE meeting_id = \(bind: meeting.id) AND person_id = \(bind: actor.id) AND removed = \(bind: false)
            """
        ).first() != nil
    }
}

extension Meetings {
    /// Whether the actor may authorise a chair for this meeting (the page offers the form).
    public func mayAuthoriseChair(_ meeting: MeetingRecord, actor: Actor) async throws -> Bool {
        try await MeetingChairs.mayAuthorise(meeting, actor: actor, store.reader)
    }

    /// A chair of the meeting, or whoever holds its type's host role, authorises `person` to chair
    /// it (R5.4; A5: 总经理或授权人主持): they become a host on its list — added to it if they
    /// were not on it, and invited if the meeting was announced — with who authorised them, and
    /// are told. Only a meeting still to be held, and only an active person.
    public func authoriseChair(
        _ person: UUID, meeting meetingId: UUID, by actor: Actor, now: Date
    ) async throws -> ParticipantView {
        let id: UUID = try await store.write { db in
            guard
                let meeting = try await db.raw("SELECT * FROM meetings WHERE id = \(bind: meetingId)").first()
                    .map(MeetingRecord.init(row:))
            else { throw MeetingError.notFound }
            guard try await MeetingChairs.mayAuthorise(meeting, actor: actor, db) else { throw MeetingError.forbidden }
            // Naming oneself chair is deciding one's own standing (X1): someone else authorises.
            if OwnCase.applies(actor: actor.id, concerns: [person]) { throw MeetingError.ownCase(person: person) }
            guard meeting.status == .scheduled, meeting.endsAt > now else { throw MeetingError.notChangeable }
            guard
                try await db.raw("SELECT id FROM people WHERE id = \(bind: person) AND active = \(bind: true)").first() != nil
            else { throw StoreError.invalid(field: "personId", code: "meeting.person_not_found") }
            let row = try await db.raw(
                "SELECT * FROM meeting_participants WHERE meeting_id = \(bind: meetingId) AND person_id = \(bind: person)"
            ).first().map(ParticipantRecord.init(row:))
            let participant: UUID
            if let row {
                // The organiser's row keeps its role; the authorisation alone makes them chair.
                let role = row.role == .organiser ? ParticipantRecord.Role.organiser : .host
                try await db.raw(
                    """
                    UPDATE meeting_participants SET role = \(bind: role.rawValue), removed = \(bind: false),
                      authorised_by_id = \(bind: actor.id)
                    WHERE id = \(bind: row.id)
                    """
                ).run()
                participant = row.id
                if row.removed { try await Self.announce(to: [row.id], of: meeting, kind: .invitation, now: now, db) }
            } else {
                let made = ResolvedParticipant(personId: person, guestName: nil, guestEmail: nil, source: "person", role: .host)
                participant = try await ParticipantResolver.snapshot([made], meetings: [meetingId], now: now, db)[0]
                try await db.raw(
                    "UPDATE meeting_participants SET authorised_by_id = \(bind: actor.id) WHERE id = \(bind: participant)"
                ).run()
                try await Self.announce(to: [participant], of: meeting, kind: .invitation, now: now, db)
            }
            try await PersonNotices.tell(
                [
                    PersonNotices.Notice(
                        person: person, kind: .chairAuthorised, meeting: meetingId,
                        params: NotificationParams(
                            title: meeting.title, startsAt: meeting.startsAt, endsAt: meeting.endsAt, actorName: actor.displayName
                        ))
                ], now: now, db)
            return participant
        }
        guard let view = try await participants(of: meetingId, only: id).first else { throw MeetingError.notFound }
        return view
    }
}

extension Meetings {
    /// Everyone who chairs the meeting (`MeetingChair`): hosts and authorised people on its list,
    /// and its organiser when they hold the type's host role.
    public func chairs(of meeting: MeetingRecord) async throws -> Set<UUID> {
        let db = store.reader
        var chairs = Set(
            try await db.raw(
                """
                SELECT person_id FROM meeting_participants WHERE meeting_id = \(bind: meeting.id) AND removed = \(bind: false)
                  AND person_id IS NOT NULL AND (role = 'host' OR authorised_by_id IS NOT NULL)
                """
            ).all().map { try $0.decode(column: "person_id", as: UUID.self) })
        if let hostRole = try await ParticipantResolver.hostRole(ofMeeting: meeting.id, db),
            try await db.raw("SELECT role FROM people WHERE id = \(bind: meeting.organiserId)").first()?
                .decode(column: "role", as: String.self) == hostRole.rawValue
        {
            chairs.insert(meeting.organiserId)
        }
        return chairs
    }
}
