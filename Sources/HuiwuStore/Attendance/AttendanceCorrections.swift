import Foundation
import HuiwuCore
import SQLKit

/// One correction of a closed record as audited (R5.6, X5): whose record, from what to what,
/// why, by whom and when.
public struct AttendanceCorrectionRecord: Sendable, Equatable {
    public var id: UUID
    public var participantId: UUID
    public var personId: UUID?
    public var participantName: String
    public var before: AttendanceOutcome?
    public var after: AttendanceOutcome?
    public var reason: String
    public var correctedBy: UUID
    public var correctedByName: String
    public var at: Date
}

extension Attendance {
    /// A meeting's corrections, oldest first.
    public func corrections(meeting meetingId: UUID) async throws -> [AttendanceCorrectionRecord] {
        try await store.reader.raw(
            """
            SELECT c.id, c.reason, c.before, c.after, c.created_at, c.corrected_by, a.participant_id, a.person_id,
              COALESCE(p.display_name, mp.guest_name, '') AS participant_name, b.display_name AS corrected_by_name
            FROM attendance_corrections c JOIN attendance a ON a.id = c.attendance_id
            JOIN meeting_participants mp ON mp.id = a.participant_id LEFT JOIN people p ON p.id = a.person_id
            JOIN people b ON b.id = c.corrected_by
            WHERE a.meeting_id = \(bind: meetingId) ORDER BY c.created_at, c.id
            """
        ).all().map { row in
            AttendanceCorrectionRecord(
                id: try row.decode(column: "id", as: UUID.self),
                participantId: try row.decode(column: "participant_id", as: UUID.self),
                personId: try row.decode(column: "person_id", as: UUID?.self),
                participantName: try row.decode(column: "participant_name", as: String.self),
                before: AttendanceOutcome(rawValue: try row.decode(column: "before", as: String.self)),
                after: AttendanceOutcome(rawValue: try row.decode(column: "after", as: String.self)),
                reason: try row.decode(column: "reason", as: String.self),
                correctedBy: try row.decode(column: "corrected_by", as: UUID.self),
                correctedByName: try row.decode(column: "corrected_by_name", as: String.self),
                at: try row.decode(column: "created_at", as: Date.self))
        }
    }
}
