import Foundation
import HuiwuCore

/// Every resource of the JSON API under `/api/v1` (the paths of `Resources/openapi.json`).
/// Handlers are registered from these cases and `Location` headers are built from them.
enum APIURL: RoutePath {
    // Account and the signed-in person's views (X1, R1.3, R1.6)
    case authToken
    case me
    case purposes
    case notifications
    case notificationRead(Parameter<UUID>)
    case register
    case grid

    // Directory and rooms (X1, R1.2)
    case departments
    case department(Parameter<UUID>)
    case people
    case peopleSearch
    case person(Parameter<UUID>)
    case rooms
    case room(Parameter<UUID>)
    case roomKioskKey(Parameter<UUID>)
    /// Rooms free for a whole span (R2.1).
    case freeRooms

    // Bookings (R1.1–R1.8)
    case bookings
    case booking(Parameter<UUID>)
    case bookingHistory(Parameter<UUID>)
    case bookingStep(Parameter<UUID>, BookingStepName)
    /// Several waiting bookings approved in one call, each on its own (R1.1, X1).
    case bookingsApprove

    // Organisation calendar and recurrence (R2.2)
    case recurrencePreview
    case calendar
    case calendarImport
    case calendarDay(Parameter<CivilDate>)
    case calendarPeriods
    case calendarPeriod(Parameter<UUID>)

    // Meetings (R2.1–R2.5, R5.x)
    case meetingTypes
    case meetingTypeTemplates
    case meetingType(Parameter<UUID>)
    case seriesList
    case seriesPreview
    case series(Parameter<UUID>)
    case meetings
    case meeting(Parameter<UUID>)
    case meetingPart(Parameter<UUID>, MeetingAPIPart)
    case meetingParticipant(Parameter<UUID>, Parameter<UUID>)
    case meetingMinutesPublish(Parameter<UUID>)
    case action(Parameter<UUID>)
    case meetingMaterial(Parameter<UUID>, Parameter<UUID>)
    case meetingChecklistItemDone(Parameter<UUID>, Parameter<UUID>)
    case meetingRobotPosts(Parameter<UUID>)
    case meetingAttendanceMark(Parameter<UUID>, Parameter<UUID>)
    case meetingAttendanceCorrection(Parameter<UUID>, Parameter<UUID>)

    // Notices and feeds (R5.2, X2)
    case outbox
    case myChannels
    case myPassword
    case robots
    case robot(Parameter<UUID>)
    case feeds
    case feed(Parameter<UUID>)

    // Approvals and leave (R3.1, R5.6)
    case approvalRequests
    case approvalRequest(Parameter<UUID>)
    case approvalApprove(Parameter<UUID>)
    case approvalReject(Parameter<UUID>)
    case leaveStep(Parameter<UUID>, Parameter<String>)

    // The penalty ledger (R3.2)
    case penalties
    case penaltyTotals
    case penaltyStep(Parameter<UUID>, Parameter<String>)
    case personWage(Parameter<UUID>)

    // The rulebook (X3)
    case rulebook
    case rulebookVersions
    case rulebookVersion(Parameter<Int>)
    case rulebookCheck
    case rulebookTemplates
    case rulebookDryRun

    // Reports (R2.4)
    case cadenceReport

    /// Every API path starts so; anything else is a page (errors answer as pages there).
    static let prefix = "/api/"

    var parts: [PathPart] {
        [.word("api"), .word("v1")] + tail
    }

    private var tail: [PathPart] {
        switch self {
        case .authToken: [.word("auth"), .word("token")]
        case .me: [.word("me")]
        case .purposes: [.word("purposes")]
        case .notifications: [.word("notifications")]
        case .notificationRead(let id): [.word("notifications"), .param("id", id), .word("read")]
        case .register: [.word("register")]
        case .grid: [.word("grid")]
        case .departments: [.word("departments")]
        case .department(let id): [.word("departments"), .param("id", id)]
        case .people: [.word("people")]
        case .peopleSearch: [.word("people-search")]
        case .person(let id): [.word("people"), .param("id", id)]
        case .rooms: [.word("rooms")]
        case .room(let id): [.word("rooms"), .param("id", id)]
        case .roomKioskKey(let id): [.word("rooms"), .param("id", id), .word("kiosk-key")]
        case .freeRooms: [.word("free-rooms")]
        case .bookings: [.word("bookings")]
        case .booking(let id): [.word("bookings"), .param("id", id)]
        case .bookingHistory(let id): [.word("bookings"), .param("id", id), .word("history")]
        case .bookingStep(let id, let step): [.word("bookings"), .param("id", id), .word(step.rawValue)]
        case .bookingsApprove: [.word("bookings"), .word(BookingStepName.approve.rawValue)]
        case .recurrencePreview: [.word("recurrence"), .word("preview")]
        case .calendar: [.word("calendar")]
        case .calendarImport: [.word("calendar"), .word("import")]
        case .calendarDay(let date): [.word("calendar"), .word("days"), .param("date", date)]
        case .calendarPeriods: [.word("calendar"), .word("periods")]
        case .calendarPeriod(let id): [.word("calendar"), .word("periods"), .param("id", id)]
        case .meetingTypes: [.word("meeting-types")]
        case .meetingTypeTemplates: [.word("meeting-types"), .word("templates")]
        case .meetingType(let id): [.word("meeting-types"), .param("id", id)]
        case .seriesList: [.word("series")]
        case .seriesPreview: [.word("series"), .word("preview")]
        case .series(let id): [.word("series"), .param("id", id)]
        case .meetings: [.word("meetings")]
        case .meeting(let id): [.word("meetings"), .param("id", id)]
        case .meetingPart(let id, let part): [.word("meetings"), .param("id", id), .word(part.rawValue)]
        case .meetingParticipant(let id, let p):
            [.word("meetings"), .param("id", id), .word("participants"), .param("participant", p)]
        case .meetingMinutesPublish(let id): [.word("meetings"), .param("id", id), .word("minutes"), .word("publish")]
        case .action(let id): [.word("actions"), .param("id", id)]
        case .meetingMaterial(let id, let m):
            [.word("meetings"), .param("id", id), .word("materials"), .param("material", m)]
        case .meetingChecklistItemDone(let id, let item):
            [.word("meetings"), .param("id", id), .word("checklist"), .param("item", item), .word("done")]
        case .meetingRobotPosts(let id): [.word("meetings"), .param("id", id), .word("robot-posts")]
        case .meetingAttendanceMark(let id, let p):
            [.word("meetings"), .param("id", id), .word("attendance"), .param("participant", p)]
        case .meetingAttendanceCorrection(let id, let p):
            [.word("meetings"), .param("id", id), .word("attendance"), .param("participant", p), .word("correction")]
        case .outbox: [.word("outbox")]
        case .myChannels: [.word("me"), .word("channels")]
        case .myPassword: [.word("me"), .word("password")]
        case .robots: [.word("robots")]
        case .robot(let id): [.word("robots"), .param("id", id)]
        case .feeds: [.word("feeds")]
        case .feed(let id): [.word("feeds"), .param("id", id)]
        case .approvalRequests: [.word("approvals")]
        case .approvalRequest(let id): [.word("approvals"), .param("id", id)]
        case .approvalApprove(let id): [.word("approvals"), .param("id", id), .word("approve")]
        case .approvalReject(let id): [.word("approvals"), .param("id", id), .word("reject")]
        case .leaveStep(let id, let step): [.word("leave"), .param("id", id), .param("step", step)]
        case .penalties: [.word("penalties")]
        case .penaltyTotals: [.word("penalties"), .word("totals")]
        case .penaltyStep(let id, let step): [.word("penalties"), .param("id", id), .param("step", step)]
        case .personWage(let id): [.word("people"), .param("id", id), .word("wage")]
        case .rulebook: [.word("rulebook")]
        case .rulebookVersions: [.word("rulebook"), .word("versions")]
        case .rulebookVersion(let n): [.word("rulebook"), .word("versions"), .param("version", n)]
        case .rulebookCheck: [.word("rulebook"), .word("check")]
        case .rulebookTemplates: [.word("rulebook"), .word("templates")]
        case .rulebookDryRun: [.word("rulebook"), .word("dry-run")]
        case .cadenceReport: [.word("reports"), .word("cadence")]
        }
    }
}

/// The steps a booking takes, as they appear in paths (`POST /bookings/{id}/<step>`, API and page).
enum BookingStepName: String, Sendable, CaseIterable, CustomStringConvertible {
    case approve, reject, cancel
    case checkIn = "check-in"
    case checkOut = "check-out"

    var description: String { rawValue }
}

/// The collections that hang off one meeting (`/meetings/{id}/<part>`).
enum MeetingAPIPart: String, Sendable, CaseIterable {
    case cancel, participants, notices, agenda, checklist, materials, minutes, actions
    /// Attendance (R5.6): the roster, self check-in and check-out, the check-in link.
    case attendance
    case checkIn = "check-in"
    case checkOut = "check-out"
    case checkInLink = "check-in-link"
    /// Offences the chair records (R5.7, R5.3, R3.2, R1.7).
    case offences
    /// Leave and delegation (R5.6, R3.1).
    case leave, delegation
    /// A chair authorised for the meeting (R5.4; A5: 总经理或授权人主持).
    case chair
}
