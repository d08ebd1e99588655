import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// A clause a decision cited, as the API and pages show it (X3).
struct CitationDTO: Content, Equatable {
    var version: Int
    var clauseId: String
    var cite: String
    var text: String
}

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
}

/// A check-in link (for the organiser's own QR code, a kiosk or a scanner app).
struct CheckInLinkDTO: Content {
    var url: String
    var token: String
    var expiresAt: String
}
