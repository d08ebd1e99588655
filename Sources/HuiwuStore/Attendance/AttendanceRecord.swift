import Foundation
import HuiwuCore
import SQLKit

/// How a check-in was taken (all through one code path, `Attendance.checkIn`).
public enum CheckInMethod: String, Sendable, Codable, CaseIterable {
    /// A phone opened the meeting's signed QR link (meeting page or room kiosk).
    case qr
    /// The organiser or chair marked the person on the meeting page.
    case organiser
    /// A client of the API with the meeting's check-in token.
    case api
    /// The participant acted on the meeting while it ran (marked others, recorded an offence,
    /// wrote the minutes …): present from that act (`Attendance.presentByActing`, R5.6).
    case acted
}

/// One participant's attendance row as stored.
public struct AttendanceRecord: Sendable, Equatable {
    public var id: UUID
    public var meetingId: UUID
    public var participantId: UUID
    public var personId: UUID?
    public var checkedInAt: Date?
    public var checkedOutAt: Date?
    public var method: CheckInMethod?
    public var excused: Bool
    public var delegateId: UUID?
    public var outcome: AttendanceOutcome?
    public var citation: Citation?
    public var markedBy: UUID?
    public var version: Int

    /// The table's columns, for reading a row beside another table's (`init(row:prefix:)`).
    static let columns = [
        "id", "meeting_id", "participant_id", "person_id", "checked_in_at", "checked_out_at", "method", "excused",
        "delegate_id", "outcome", "rulebook_version", "clause_id", "marked_by", "version",
    ]

    init(row: any SQLRow) throws { try self.init(row: row, prefix: "") }

    /// `prefix`: the row holds the columns as `prefix + name` (joined to a meeting's row).
    init(row: any SQLRow, prefix p: String) throws {
        let rowId = try row.decode(column: p + "id", as: UUID.self)
        id = rowId
        meetingId = try row.decode(column: p + "meeting_id", as: UUID.self)
        participantId = try row.decode(column: p + "participant_id", as: UUID.self)
        personId = try row.decode(column: p + "person_id", as: UUID?.self)
        checkedInAt = try row.decode(column: p + "checked_in_at", as: Date?.self)
        checkedOutAt = try row.decode(column: p + "checked_out_at", as: Date?.self)
        method = try row.decode(column: p + "method", as: String?.self).map {
            try StoredValue.decode(CheckInMethod.self, $0, column: "attendance.method", rowId: rowId.uuidString)
        }
        excused = try row.decode(column: p + "excused", as: Bool.self)
        delegateId = try row.decode(column: p + "delegate_id", as: UUID?.self)
        outcome = try row.decode(column: p + "outcome", as: String?.self).map {
            try StoredValue.decode(AttendanceOutcome.self, $0, column: "attendance.outcome", rowId: rowId.uuidString)
        }
        let version = try row.decode(column: p + "rulebook_version", as: Int?.self)
        let clause = try row.decode(column: p + "clause_id", as: String?.self)
        citation = zip(version, clause).map { Citation(version: $0, clauseID: $1) }
        markedBy = try row.decode(column: p + "marked_by", as: UUID?.self)
        self.version = try row.decode(column: p + "version", as: Int.self)
    }

    /// Where the participant stands now (before attendance closes).
    public var standing: AttendanceStanding {
        if excused { return .excused }
        if delegateId != nil { return .delegated }
        if checkedOutAt != nil { return .checkedOut }
        if checkedInAt != nil { return .checkedIn }
        return .expected
    }
}

private func zip<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}

/// A participant with their attendance (none yet: expected).
public struct AttendanceLine: Sendable, Equatable {
    public var participant: ParticipantView
    public var record: AttendanceRecord?

    public var standing: AttendanceStanding { record?.standing ?? .expected }
}

/// Why an attendance step is refused; each has a stable code the catalogs translate.
public enum AttendanceError: Error, Sendable, Equatable {
    case meetingNotFound
    /// The person is not on the meeting's list (nor a delegate who accepted).
    case notParticipant
    case meetingCancelled
    /// Check-in is not open yet (opens at the instant given) or has closed.
    case notOpen(opens: Date, citation: Citation?)
    case closed(citation: Citation?)
    case notCheckedIn
    /// Only the organiser, the chair or the room office may mark others or correct a record.
    case forbidden
    /// A correction is for a closed record; before closing the record is marked.
    case stillOpen
    /// A correction says why.
    case reasonRequired
    /// The correction concerns the one making it: their own record, or a fine of theirs it
    /// would change (an organiser's for a never-notified absentee). Another who may correct
    /// decides (X1).
    case ownCase(person: UUID)
}
