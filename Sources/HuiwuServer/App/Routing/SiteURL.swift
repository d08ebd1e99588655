import Foundation
import HuiwuCore

/// Every page and form target of the web interface. Routes are registered from these cases
/// and every link and redirect is built from them, so no handler or template spells a path.
enum SiteURL: RoutePath {
    case home
    case login
    case logout
    case language(Parameter<String>)
    case stylesheet
    case peoplePickerScript
    case peoplePickerStyle
    case favicon

    // Bookings (R1.1–R1.8)
    case grid
    case roomWeek(Parameter<UUID>)
    case book
    case myBookings
    case bookingStep(Parameter<UUID>, Parameter<BookingStepName>)
    // One booking, its edit form, the free-room finder, all rooms' week (R1.1, R2.1)
    case booking(Parameter<UUID>)
    case bookingEdit(Parameter<UUID>)
    case freeRooms
    case roomsWeek
    case approvals
    case approvalsBulk
    case register
    case registerCSV
    case notifications
    case notificationsReadAll

    // Administration (R1.2, X1, R2.2)
    case adminRooms
    case adminRoomNew
    case adminRoom(Parameter<UUID>)
    case adminRoomEdit(Parameter<UUID>)
    case adminDepartments
    case adminDepartmentDelete(Parameter<UUID>)
    case adminPeople
    case adminPerson(Parameter<UUID>)
    case adminPersonPassword(Parameter<UUID>)
    case adminCalendar
    case adminCalendarImport
    case adminCalendarDayDelete(Parameter<CivilDate>)
    case adminCalendarPeriods
    case adminCalendarPeriodDelete(Parameter<UUID>)
    case adminRobots
    case adminRobotDelete(Parameter<UUID>)

    // Attendance (R5.6)
    case checkIn(Parameter<UUID>)
    case meetingAttendanceMark(Parameter<UUID>, Parameter<UUID>)
    case meetingAttendanceCorrection(Parameter<UUID>, Parameter<UUID>)
    case roomKiosk(Parameter<UUID>)
    case roomKioskRotate(Parameter<UUID>)
    case meetingOffences(Parameter<UUID>)
    case meetingChair(Parameter<UUID>)

    // Leave, delegation, approvals (R5.6, R3.1)
    case meetingLeave(Parameter<UUID>)
    case meetingDelegation(Parameter<UUID>)
    case leaveStep(Parameter<UUID>, Parameter<String>)
    case requests
    case approvalDecision(Parameter<UUID>, Parameter<String>)

    // The penalty ledger (R3.2)
    case penalties
    case penaltyStep(Parameter<UUID>, Parameter<String>)

    // The rulebook (X3)
    case rulebook
    case rulebookVersion(Parameter<Int>)
    case adminRulebook

    // Reports (R2.4)
    case cadenceReport

    // Meetings (R2.1–R2.5, R5.x)
    case meetings
    case meetingNew
    case meetingSeries(Parameter<UUID>)
    case meeting(Parameter<UUID>)
    case meetingEdit(Parameter<UUID>)
    case meetingCancel(Parameter<UUID>)
    case meetingParticipants(Parameter<UUID>)
    case meetingParticipantRemove(Parameter<UUID>, Parameter<UUID>)
    case meetingNotices(Parameter<UUID>)
    case meetingAgenda(Parameter<UUID>)
    case meetingChecklistToggle(Parameter<UUID>, Parameter<UUID>)
    case meetingMaterials(Parameter<UUID>)
    case meetingMaterial(Parameter<UUID>, Parameter<UUID>)
    case meetingMinutes(Parameter<UUID>)
    case meetingMinutesPublish(Parameter<UUID>)
    case meetingMinutesPrint(Parameter<UUID>)
    case meetingActions(Parameter<UUID>)
    case actionStatus(Parameter<UUID>)
    case meetingTypes
    case adminMeetingTypeNew
    case adminMeetingType(Parameter<UUID>)
    case adminMeetingTypeTemplates

    // A person's channels and feeds (R5.2, X2)
    case myChannels
    case myFeeds
    case myFeedRevoke(Parameter<UUID>)
    case myWebhook
    case myPassword

    // For machines
    case healthz
    case openAPI
    case icalFeed(Parameter<String>)

    /// Folders of `Public/` served as files (the stylesheet's, the scripts' and the icon's among them).
    static let publicFolders = ["/css/", "/js/", "/icons/"]

    var parts: [PathPart] {
        switch self {
        case .home: []
        case .login: [.word("login")]
        case .logout: [.word("logout")]
        case .language(let code): [.word("lang"), .param("code", code)]
        case .stylesheet: [.word("css"), .word("huiwu.css")]
        case .peoplePickerScript: [.word("js"), .word("people-picker.js")]
        case .peoplePickerStyle: [.word("css"), .word("people-picker.css")]
        case .favicon: [.word("icons"), .word("favicon.svg")]
        case .grid: [.word("grid")]
        case .roomWeek(let id): [.word("rooms"), .param("id", id), .word("week")]
        case .book: [.word("book")]
        case .myBookings: [.word("my")]
        case .bookingStep(let id, let step): [.word("bookings"), .param("id", id), .param("action", step)]
        case .booking(let id): [.word("bookings"), .param("id", id)]
        case .bookingEdit(let id): [.word("bookings"), .param("id", id), .word("edit")]
        case .freeRooms: [.word("rooms"), .word("free")]
        case .roomsWeek: [.word("rooms"), .word("week")]
        case .approvals: [.word("approvals")]
        case .approvalsBulk: [.word("approvals"), .word("approve")]
        case .register: [.word("register")]
        case .registerCSV: [.word("register.csv")]
        case .notifications: [.word("notifications")]
        case .notificationsReadAll: [.word("notifications"), .word("read-all")]
        case .adminRooms: [.word("admin"), .word("rooms")]
        case .adminRoomNew: [.word("admin"), .word("rooms"), .word("new")]
        case .adminRoom(let id): [.word("admin"), .word("rooms"), .param("id", id)]
        case .adminRoomEdit(let id): [.word("admin"), .word("rooms"), .param("id", id), .word("edit")]
        case .adminDepartments: [.word("admin"), .word("departments")]
        case .adminDepartmentDelete(let id): [.word("admin"), .word("departments"), .param("id", id), .word("delete")]
        case .adminPeople: [.word("admin"), .word("people")]
        case .adminRobots: [.word("admin"), .word("robots")]
        case .adminRobotDelete(let id): [.word("admin"), .word("robots"), .param("id", id), .word("delete")]
        case .checkIn(let id): [.word("check-in"), .param("id", id)]
        case .meetingAttendanceMark(let id, let p):
            [.word("meetings"), .param("id", id), .word("attendance"), .param("participant", p)]
        case .meetingAttendanceCorrection(let id, let p):
            [.word("meetings"), .param("id", id), .word("attendance"), .param("participant", p), .word("correction")]
        case .roomKiosk(let id): [.word("rooms"), .param("id", id), .word("kiosk")]
        case .roomKioskRotate(let id): [.word("rooms"), .param("id", id), .word("kiosk"), .word("rotate")]
        case .meetingOffences(let id): [.word("meetings"), .param("id", id), .word("offences")]
        case .meetingChair(let id): [.word("meetings"), .param("id", id), .word("chair")]
        case .meetingLeave(let id): [.word("meetings"), .param("id", id), .word("leave")]
        case .meetingDelegation(let id): [.word("meetings"), .param("id", id), .word("delegation")]
        case .leaveStep(let id, let step): [.word("leave"), .param("id", id), .param("step", step)]
        case .requests: [.word("requests")]
        case .approvalDecision(let id, let d): [.word("approvals"), .param("id", id), .param("decision", d)]
        case .penalties: [.word("penalties")]
        case .penaltyStep(let id, let step): [.word("penalties"), .param("id", id), .param("step", step)]
        case .rulebook: [.word("rulebook")]
        case .rulebookVersion(let n): [.word("rulebook"), .word("versions"), .param("version", n)]
        case .adminRulebook: [.word("admin"), .word("rulebook")]
        case .cadenceReport: [.word("reports"), .word("cadence")]
        case .adminPerson(let id): [.word("admin"), .word("people"), .param("id", id)]
        case .adminPersonPassword(let id): [.word("admin"), .word("people"), .param("id", id), .word("password")]
        case .adminCalendar: [.word("admin"), .word("calendar")]
        case .adminCalendarImport: [.word("admin"), .word("calendar"), .word("import")]
        case .adminCalendarDayDelete(let date):
            [.word("admin"), .word("calendar"), .word("days"), .param("date", date), .word("delete")]
        case .adminCalendarPeriods: [.word("admin"), .word("calendar"), .word("periods")]
        case .adminCalendarPeriodDelete(let id):
            [.word("admin"), .word("calendar"), .word("periods"), .param("id", id), .word("delete")]
        case .meetings: [.word("meetings")]
        case .meetingNew: [.word("meetings"), .word("new")]
        case .meetingSeries(let id): [.word("meetings"), .word("series"), .param("id", id)]
        case .meeting(let id): meeting(id)
        case .meetingEdit(let id): meeting(id, "edit")
        case .meetingCancel(let id): meeting(id, "cancel")
        case .meetingParticipants(let id): meeting(id, "participants")
        case .meetingParticipantRemove(let id, let p):
            meeting(id, "participants") + [.param("participant", p), .word("remove")]
        case .meetingNotices(let id): meeting(id, "notices")
        case .meetingAgenda(let id): meeting(id, "agenda")
        case .meetingChecklistToggle(let id, let item):
            meeting(id, "checklist") + [.param("item", item), .word("toggle")]
        case .meetingMaterials(let id): meeting(id, "materials")
        case .meetingMaterial(let id, let m): meeting(id, "materials") + [.param("material", m)]
        case .meetingMinutes(let id): meeting(id, "minutes")
        case .meetingMinutesPublish(let id): meeting(id, "minutes") + [.word("publish")]
        case .meetingMinutesPrint(let id): meeting(id, "minutes") + [.word("print")]
        case .meetingActions(let id): meeting(id, "actions")
        case .actionStatus(let id): [.word("actions"), .param("id", id), .word("status")]
        case .meetingTypes: [.word("meeting-types")]
        case .adminMeetingTypeNew: [.word("admin"), .word("meeting-types"), .word("new")]
        case .adminMeetingType(let id): [.word("admin"), .word("meeting-types"), .param("id", id)]
        case .adminMeetingTypeTemplates: [.word("admin"), .word("meeting-types"), .word("templates")]
        case .myChannels: [.word("me"), .word("channels")]
        case .myFeeds: [.word("me"), .word("feeds")]
        case .myFeedRevoke(let id): [.word("me"), .word("feeds"), .param("id", id), .word("revoke")]
        case .myWebhook: [.word("me"), .word("webhook")]
        case .myPassword: [.word("me"), .word("password")]
        case .healthz: [.word("healthz")]
        case .openAPI: [.word("openapi.json")]
        case .icalFeed(let token): [.word("ical"), .param("token", token)]
        }
    }

    private func meeting(_ id: Parameter<UUID>, _ tail: String...) -> [PathPart] {
        [.word("meetings"), .param("id", id)] + tail.map(PathPart.word)
    }
}
