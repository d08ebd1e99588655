import Foundation
import HuiwuCore
import SQLKit

/// Parameters of an in-app notification; the text is rendered in the reader's language.
public struct NotificationParams: Codable, Sendable, Equatable {
    public var roomName: String?
    public var title: String?
    /// The title as a catalog key (a standard checklist item), rendered in the reader's language.
    public var titleCode: String?
    public var startsAt: Date?
    public var endsAt: Date?
    public var reason: String?
    public var actorName: String?
    public var alternatives: [AlternativeSlot]?
    /// A fine's amount in yuan (`20.00`), or its days of wage (`3`) while the wage is unknown (R3.2).
    public var amount: String?
    public var daysOfWage: String?
    /// The clause a decision applied (X3): where it stands and its words in each language.
    public var clauseCite: String?
    public var clauseText: LocalizedText?
    /// Whom a decision on someone else concerns (the absentee an organiser is fined for, X3).
    public var personName: String?
    /// The clause is the organisation's own setting, not its article's words: the notice
    /// labels it so beside the cite (nil: an article clause).
    public var clauseLocal: Bool?

    public init(
        roomName: String? = nil, title: String? = nil, titleCode: String? = nil, startsAt: Date? = nil, endsAt: Date? = nil,
        reason: String? = nil, actorName: String? = nil, alternatives: [AlternativeSlot]? = nil, amount: String? = nil,
        daysOfWage: String? = nil, clauseCite: String? = nil, clauseText: LocalizedText? = nil, clause: Clause? = nil,
        personName: String? = nil
    ) {
        self.personName = personName
        self.amount = amount
        self.daysOfWage = daysOfWage
        self.clauseCite = clause?.cite ?? clauseCite
        self.clauseText = clause?.text ?? clauseText
        self.clauseLocal = clause?.source == .local ? true : nil
        self.roomName = roomName
        self.title = title
        self.titleCode = titleCode
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.reason = reason
        self.actorName = actorName
        self.alternatives = alternatives
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.dateEncodingStrategy = .secondsSince1970
        e.outputFormatting = [.sortedKeys]
        return e
    }()

    static let decoder: JSONDecoder = {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .secondsSince1970
        return d
    }()

    /// The same JSON `encoder` makes (sorted keys, dates as seconds), written by hand: this runs
    /// inside every booking's write, where JSONEncoder's generic machinery showed in profiles.
    var json: String {
        var fields: [String] = []
        func number(_ date: Date) -> String { String(date.timeIntervalSince1970) }
        if let alternatives {
            let items = alternatives.map { a in
                "{\"endsAt\":\(number(a.endsAt)),\"roomId\":\(JSONText.string(a.roomId.uuidString)),"
                    + "\"roomName\":\(JSONText.string(a.roomName)),\"startsAt\":\(number(a.startsAt))}"
            }
            fields.append("\"alternatives\":[" + items.joined(separator: ",") + "]")
        }
        if let actorName { fields.append("\"actorName\":" + JSONText.string(actorName)) }
        if let amount { fields.append("\"amount\":" + JSONText.string(amount)) }
        if let clauseCite { fields.append("\"clauseCite\":" + JSONText.string(clauseCite)) }
        if let clauseLocal { fields.append("\"clauseLocal\":" + (clauseLocal ? "true" : "false")) }
        if let t = clauseText {
            fields.append(
                "\"clauseText\":{\"en\":\(JSONText.string(t.en)),\"zh-Hans\":\(JSONText.string(t.zhHans)),\"zh-Hant\":\(JSONText.string(t.zhHant))}"
            )
        }
        if let daysOfWage { fields.append("\"daysOfWage\":" + JSONText.string(daysOfWage)) }
        if let endsAt { fields.append("\"endsAt\":" + number(endsAt)) }
        if let personName { fields.append("\"personName\":" + JSONText.string(personName)) }
        if let reason { fields.append("\"reason\":" + JSONText.string(reason)) }
        if let roomName { fields.append("\"roomName\":" + JSONText.string(roomName)) }
        if let startsAt { fields.append("\"startsAt\":" + number(startsAt)) }
        if let title { fields.append("\"title\":" + JSONText.string(title)) }
        return "{" + fields.joined(separator: ",") + "}"
    }

    public static func decode(_ text: String) -> NotificationParams {
        (try? decoder.decode(NotificationParams.self, from: Data(text.utf8))) ?? NotificationParams()
    }
}

/// Kinds of in-app notification (stable codes; catalogs hold their text).
public enum NotificationKind: String, Sendable, CaseIterable {
    case bookingReceived = "booking.received"
    case bookingApproved = "booking.approved"
    case bookingRejected = "booking.rejected"
    case bookingDisplaced = "booking.displaced"
    case bookingCancelled = "booking.cancelled"
    /// Repeated failed log-ins to the person's account (X1, ASVS V2.2.3); `title` holds the count,
    /// `reason` the client address of the latest.
    case accountLoginFailures = "account.login_failures"
    /// A fine assessed or recorded against the person (R3.2, X3): amount (or days of wage), the
    /// meeting's title, the clause.
    case penaltyAssessed = "penalty.assessed"
    case penaltyAssessedDays = "penalty.assessed_days"
    /// The same, on the person for another participant (`personName`): the organiser's fine for
    /// an absentee never notified (A5 §1).
    case penaltyAssessedFor = "penalty.assessed_for"
    case penaltyAssessedDaysFor = "penalty.assessed_days_for"
    /// A fine reversed (waived, appeal upheld, attendance corrected), with the reason.
    case penaltyReversed = "penalty.reversed"
    /// The person is asked to approve a request (leave, …), with the chain's clause.
    case approvalRequested = "approval.requested"
    /// The person's task on a request is still pending a day after they were asked.
    case approvalReminder = "approval.reminder"
    case leaveApproved = "leave.approved"
    case leaveRejected = "leave.rejected"
    /// Nobody decided the leave before the meeting's attendance closed: it lapsed (R5.6).
    case leaveExpired = "leave.expired"
    /// The delegate never answered before the meeting's attendance closed.
    case delegationExpired = "delegation.expired"
    /// Someone asks the person to attend in their place; `title` is the meeting's.
    case delegationRequested = "delegation.requested"
    /// The delegate's answer; `actorName` is the delegate's, `title` the meeting's.
    case delegationAccepted = "delegation.accepted"
    case delegationDeclined = "delegation.declined"
    /// The person was authorised to chair a meeting (R5.4); `actorName` authorised them.
    case chairAuthorised = "meeting.chair_authorised"
    /// Nobody checked in: the meeting's room was released (no-show, A1 §4), with the clause.
    case noShowReleased = "no_show.released"
    /// The room office is told a series' room went unused `reason` times in a row.
    case noShowSeriesFlagged = "no_show.series_flagged"
}
