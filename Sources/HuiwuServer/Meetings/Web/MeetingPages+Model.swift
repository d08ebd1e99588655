import HuiwuCore
import HuiwuStore
import Vapor

extension MeetingPages {
    struct Item: Encodable {
        var id: String
        var time: String
        var title: String
        var roomName: String
        var status: String
        var statusLabel: String
        var href: String
    }

    struct Day: Encodable {
        var date: String
        var label: String
        var today: Bool
        var inMonth: Bool
        var items: [Item]
    }

    struct ListView: Encodable {
        var view: String
        var heading: String
        var previous: String
        var next: String
        var weeks: [[Day]]
        var weekdayLabels: [String]
        var empty: Bool
        var canCreate: Bool
        var previousHref: String
        var nextHref: String
        var weekHref = SiteURL.meetings.href(["view": "week"])
        var monthHref = SiteURL.meetings.href(["view": "month"])
        var newHref = SiteURL.meetingNew.path
        var channelsHref = SiteURL.myChannels.path
    }

    struct SeriesView: Encodable {
        var id: String
        var title: String
        var summary: String
        var rule: String
        var through: String
        var policyLabel: String
        var items: [SeriesItem]
    }

    struct SeriesItem: Encodable {
        var id: String
        var date: String
        var weekday: String
        var item: Item
        var overridden: Bool
    }

    struct PersonRow: Encodable {
        var id: String
        var name: String
        var detail: String
        var roleLabel: String
        var removed: Bool
        var canRemove: Bool
        var removeAction: String
    }

    struct DeliveryRow: Encodable {
        var name: String
        var notNotified: Bool
        var cells: [String]
        var errors: String?
    }

    struct MeetingPageView: Encodable {
        var id: String
        var version: Int
        var title: String
        var date: String
        var weekday: String
        var time: String
        var roomName: String
        var organiserName: String
        var status: String
        var statusLabel: String
        var seriesId: String?
        var seriesSummary: String?
        var canChange: Bool
        var people: [PersonRow]
        var edit: EditForm
        var rooms: [Choice]
        var roles: [Choice]
        var errors: FormErrors
        var canNotify: Bool
        var deliveries: [DeliveryRow]
        /// The group robot posts of its notices (R5.2, X2).
        var robotPosts: [RobotPostRow]
        var notNotified: Int
        var notified: Bool
        /// E-mail is not set up on this installation (no `HUIWU_SMTP`): said once, not per person.
        var mailNotSetUp: Bool
        var work: MeetingWorkPages.WorkView
        /// Minutes are written after the meeting too (the organiser or the room office).
        var canEditMinutes: Bool
        var attendance: AttendancePanel
        var chair: ChairPanel
        var leave: LeavePanel
        /// A refused leave or delegation, with the clause (X3).
        var leaveError: String?
        var links: MeetingLinks
        /// The add form's people picked by name, and its departments (R2.5).
        var picker: ParticipantPicker.View
        var adding: Adding
    }

    /// Where the meeting page's forms post and its links lead.
    struct MeetingLinks: Encodable {
        var series: String?
        var edit, cancel, participants, notices, agenda, upload, minutes, publish, print, actions: String

        init(_ id: UUID, series: UUID?, csrf: String) {
            self.series = series.map { SiteURL.meetingSeries(.value($0)).path }
            edit = SiteURL.meetingEdit(.value(id)).path
            cancel = SiteURL.meetingCancel(.value(id)).path
            participants = SiteURL.meetingParticipants(.value(id)).path
            notices = SiteURL.meetingNotices(.value(id)).path
            agenda = SiteURL.meetingAgenda(.value(id)).path
            // Multipart bodies are read after the CSRF check, so the token rides on the query.
            upload = SiteURL.meetingMaterials(.value(id)).href(["_csrf": csrf])
            minutes = SiteURL.meetingMinutes(.value(id)).path
            publish = SiteURL.meetingMinutesPublish(.value(id)).path
            print = SiteURL.meetingMinutesPrint(.value(id)).path
            actions = SiteURL.meetingActions(.value(id)).path
        }
    }
}
