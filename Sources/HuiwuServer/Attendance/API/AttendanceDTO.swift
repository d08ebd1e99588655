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

    /// The clause in the reader's language, from the version the decision cited.
    static func make(_ c: Citation?, req: Request) async throws -> CitationDTO? {
        guard let c, let v = try await req.huiwu.rulebooks.version(c.version) else { return nil }
        let clause = try req.huiwu.rulebooks.rulebook(v).clause(c.clauseID)
        return CitationDTO(
            version: c.version, clauseId: c.clauseID, cite: clause?.cite ?? c.clauseID,
            text: clause?.text.text(req.uiLocale.rawValue) ?? "")
    }
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
