import Foundation
import HuiwuCore
import SQLKit

/// Marks by the organiser, the chair or the room office (R5.6): through the same
/// steps as a person's own check-in (`Attendance`), before attendance closes.
extension Attendance {
    /// What the organiser or chair may do for a participant before attendance closes.
    public enum Mark: String, Sendable, CaseIterable {
        case checkIn = "check_in"
        case checkOut = "check_out"
        /// Back to expected (a mistaken mark).
        case clear
    }

    /// The organiser, the chair (a host on the list) or the room office marks a participant. Marking
    /// oneself in or out records the moment, as one's own check-in does; clearing one's own record is
    /// someone else's to do.
    public func mark(
        meeting meetingId: UUID, participant participantId: UUID, _ mark: Mark, by actor: Actor, at instant: Date
    ) async throws -> AttendanceLine {
        try await store.write { db in
            let record = try await Self.mark(
                meetingId, participantId, mark, by: actor, at: instant, time: time, cache: store.inForce, db)
            return try await Self.line(of: record, db)
        }
    }

    static func mark(
        _ meetingId: UUID, _ participantId: UUID, _ mark: Mark, by actor: Actor, at instant: Date, time: OrgTime,
        cache: InForceCache, _ db: any SQLDatabase
    ) async throws -> AttendanceRecord {
        let record = try await markOnly(meetingId, participantId, mark, by: actor, at: instant, time: time, cache: cache, db)
        // Marking others is running the meeting: the marker is at it (R5.6). After the mark, so
        // that marking oneself in stays the marker's own check-in.
        try await presentByActing(meetingId, actor: actor.id, at: instant, time: time, cache: cache, db)
        return record
    }

    private static func markOnly(
        _ meetingId: UUID, _ participantId: UUID, _ mark: Mark, by actor: Actor, at instant: Date, time: OrgTime,
        cache: InForceCache, _ db: any SQLDatabase
    ) async throws -> AttendanceRecord {
        let (meeting, current, stored) = try await Self.openMeeting(meetingId, participant: participantId, db)
        guard try await Self.mayMark(meeting, actor: actor, db) else { throw AttendanceError.forbidden }
        guard
            let row = try await db.raw(
                """
                SELECT id, person_id FROM meeting_participants
                WHERE id = \(bind: participantId) AND meeting_id = \(bind: meetingId) AND removed = \(bind: false)
                """
            ).first()
        else { throw AttendanceError.notParticipant }
        let participant = Seat(
            id: try row.decode(column: "id", as: UUID.self), personId: try row.decode(column: "person_id", as: UUID?.self))
        switch mark {
        case .checkIn:
            try await Self.requireOpen(meeting, at: instant, time: time, stored: stored, cache, db)
            return try await Self.recordCheckIn(
                meeting: meetingId, participant: participant, current: current, at: instant, method: .organiser, by: actor.id,
                db)
        case .checkOut:
            try await Self.requireOpen(meeting, at: instant, time: time, stored: stored, cache, db)
            return try await Self.recordCheckOut(current, at: instant, db)
        case .clear:
            // Taking back a check-in or check-out already made rewrites a record: not one's own (X1).
            if let person = participant.personId, OwnCase.applies(actor: actor.id, concerns: [person]) {
                throw AttendanceError.ownCase(person: person)
            }
            try await db.raw(
                """
                UPDATE attendance SET checked_in_at = NULL, checked_out_at = NULL, method = NULL, marked_by = \(bind: actor.id),
                  version = version + 1, updated_at = \(bind: instant)
                WHERE meeting_id = \(bind: meetingId) AND participant_id = \(bind: participant.id)
                """
            ).run()
            return try await Self.ensureRow(meeting: meetingId, participant: participant, now: instant, db)
        }
    }
}
