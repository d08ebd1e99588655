import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// A fine as the API shows it: who, how much, why (the clause), the evidence, where it stands.
struct PenaltyDTO: Content {
    struct FollowUp: Content {
        var kind: String
        var amount: String?
        var reason: String?
        var at: String
    }

    var id: String
    var personId: String
    var personName: String
    var departmentName: String?
    var meetingId: String?
    var meetingTitle: String?
    /// The participant the fine is about (the absentee an organiser is fined for, A5 §1; the
    /// offender): id on the meeting's list, their person (none for a guest) and name.
    var participant: ParticipantRefDTO?
    var trigger: String?
    var amount: String?
    var daysOfWage: Int?
    var status: String
    var clause: CitationDTO?
    var evidence: [String: String]
    var reason: String?
    var assessedAt: String
    var followUps: [FollowUp]

    init(_ l: PenaltyLine, clause: CitationDTO?, time: OrgTime) {
        id = l.entry.id.uuidString
        personId = l.entry.personId.uuidString
        personName = l.personName
        departmentName = l.departmentName
        meetingId = l.entry.meetingId?.uuidString
        meetingTitle = l.meetingTitle
        participant = l.entry.participantId.map {
            ParticipantRefDTO(
                participantId: $0.uuidString, personId: l.participantPersonId?.uuidString, name: l.participantName ?? "")
        }
        trigger = l.entry.trigger?.rawValue
        amount = l.amount?.yuanText
        daysOfWage = l.entry.daysOfWage
        status = l.status.rawValue
        self.clause = clause
        evidence = l.entry.evidence
        reason = l.entry.reason
        assessedAt = time.format(l.entry.createdAt)
        followUps = l.followUps.map {
            FollowUp(kind: $0.kind.rawValue, amount: $0.amount?.yuanText, reason: $0.reason, at: time.format($0.createdAt))
        }
    }
}

struct ParticipantRefDTO: Content {
    var participantId: String
    var personId: String?
    var name: String
}

struct PenaltyTotalDTO: Content {
    var id: String?
    var name: String
    var owed: String
    var fines: Int
}
