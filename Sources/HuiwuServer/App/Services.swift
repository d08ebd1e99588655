import HuiwuCore
import HuiwuStore
import Vapor

/// Everything a request handler needs, built once at start-up: handlers take their store
/// services from here (`req.huiwu.meetings`), never by constructing them.
public struct HuiwuServices: Sendable {
    public let store: Store
    public let clock: any WallClock
    public let time: OrgTime
    public let organisationName: String
    public let catalogs: Catalogs
    public let bcryptCost: Int
    /// A bcrypt hash of a random secret, for constant-time answers to unknown usernames.
    public let dummyPasswordHash: String
    public let secureCookies: Bool
    /// The seed organisations' meeting types, as shipped (R2.1, R3.5, R5.1).
    public let templates: [MeetingTemplate]
    /// The five seed regulations as rulebooks (X3).
    public let rulebookTemplates: [RulebookTemplate]
    /// The log-in throttle's policy (X1).
    public let loginThrottle: LoginThrottle
    /// Notice delivery settings (relay, reminders, the outbox lease).
    public let noticeSettings: NoticeSettings
    /// Seals robot secrets at rest (X2: chat-bot webhooks).
    public let secrets: SecretBox
    /// What a new password must be, with the breached passwords shipped in Resources/Passwords (X1).
    public let passwordPolicy: PasswordPolicy

    public var ledger: BookingLedger { BookingLedger(store: store, time: time) }
    public var bookings: Bookings { Bookings(store: store) }
    public var rooms: Rooms { Rooms(store: store) }
    public var people: People { People(store: store) }
    public var sessions: Sessions { Sessions(store: store) }
    public var organisation: Organisation { Organisation(store: store) }
    public var notifications: Notifications { Notifications(store: store) }
    public var meetingTypes: MeetingTypes { MeetingTypes(store: store) }
    public var scheduler: MeetingScheduler { MeetingScheduler(store: store, time: time) }
    public var meetings: Meetings { Meetings(store: store) }
    public var preparation: MeetingPreparation { MeetingPreparation(store: store, time: time) }
    public var materials: MeetingMaterials { MeetingMaterials(store: store) }
    public var minutes: MeetingMinutes { MeetingMinutes(store: store, time: time) }
    public var orgCalendar: OrganisationCalendar { OrganisationCalendar(store: store) }
    public var feeds: CalendarFeeds { CalendarFeeds(store: store) }
    public var notices: Notices { Notices(store: store) }
    public var channels: PersonChannels { PersonChannels(store: store) }
    public var loginAttempts: LoginAttempts { LoginAttempts(store: store) }
    public var noticeOutbox: NoticeOutbox { NoticeOutbox(store: store, lease: TimeInterval(noticeSettings.leaseSeconds)) }
    public var accountOutbox: AccountOutbox { AccountOutbox(store: store, lease: TimeInterval(noticeSettings.leaseSeconds)) }
    public var calendarCopies: CalendarCopies { CalendarCopies(store: store, time: time) }
    public var robots: Robots { Robots(store: store, box: secrets) }
    public var rulebooks: Rulebooks { Rulebooks(store: store) }
    public var attendance: Attendance { Attendance(store: store, time: time) }
    public var cadenceReports: CadenceReports { CadenceReports(store: store, time: time) }
    public var penalties: PenaltyLedger { PenaltyLedger(store: store) }
    public var approvals: Approvals { Approvals(store: store) }
    public var leave: LeaveRequests { LeaveRequests(store: store, time: time) }
    public var robotOutbox: RobotOutbox { RobotOutbox(store: store, lease: TimeInterval(noticeSettings.leaseSeconds)) }
}

struct ServicesKey: StorageKey {
    typealias Value = HuiwuServices
}

extension Application {
    public var huiwu: HuiwuServices {
        get {
            guard let services = storage[ServicesKey.self] else { fatalError("configure(_:) has not run") }
            return services
        }
        set { storage[ServicesKey.self] = newValue }
    }
}

extension Request {
    var huiwu: HuiwuServices { application.huiwu }
    var now: Date { application.huiwu.clock.now() }
}
