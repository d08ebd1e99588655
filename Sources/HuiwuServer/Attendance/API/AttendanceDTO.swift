import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// One participant's attendance.
struct AttendanceLineDTO: Content {
    var participantId: String
    var personId: String?
    var name: String
    var role: String
    var standing: String
    var checkedInAt: String?
    var checkedOutAt: String?
    var method: String?
    var outcome: String?
    var delegateId: String?

    init(_ line: AttendanceLine, time: OrgTime) {
        participantId = line.participant.record.id.uuidString
        personId = line.participant.record.personId?.uuidString
        name = line.participant.name
        role = line.participant.record.role.rawValue
        standing = line.standing.rawValue
        checkedInAt = line.record?.checkedInAt.map(time.format)
        checkedOutAt = line.record?.checkedOutAt.map(time.format)
        method = line.record?.method?.rawValue
        outcome = line.record?.outcome?.rawValue
        delegateId = line.record?.delegateId?.uuidString
    }
}

/// A meeting's attendance: the window, the clause it comes from, and every participant.
struct AttendanceDTO: Content {
    var meetingId: String
    var opensAt: String
    var closesAt: String
    var lateAfter: String?
    var closed: Bool
    var rule: CitationDTO?
    var lines: [AttendanceLineDTO]
    /// Every correction made after closing, oldest first (R5.6, X5).
    var corrections: [AttendanceCorrectionDTO]
}

/// A correction as audited: whose record, from what to what, why, by whom and when.
struct AttendanceCorrectionDTO: Content {
    var id: String
    var participantId: String
    var personId: String?
    var name: String
    var before: String?
    var after: String?
    var reason: String
    var correctedBy: String
    var correctedByName: String
    var at: String

    init(_ c: AttendanceCorrectionRecord, time: OrgTime) {
        id = c.id.uuidString
        participantId = c.participantId.uuidString
        personId = c.personId?.uuidString
        name = c.participantName
        before = c.before?.rawValue
        after = c.after?.rawValue
        reason = c.reason
        correctedBy = c.correctedBy.uuidString
        correctedByName = c.correctedByName
        at = time.format(c.at)
    }
}

/// A check-in link (for the organiser's own QR code, a kiosk or a scanner app).
struct CheckInLinkDTO: Content {
    var url: String
    var token: String
    var expiresAt: String
}
