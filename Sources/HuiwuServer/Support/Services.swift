import HuiwuCore
import HuiwuStore
import Vapor

/// Everything a request handler needs, built once at start-up.
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
    /// The log-in throttle's policy (X1).
    public let loginThrottle: LoginThrottle

    public var ledger: BookingLedger { BookingLedger(store: store, time: time) }
    public var bookings: BookingBook { BookingBook(store: store) }
    public var rooms: RoomCatalog { RoomCatalog(store: store) }
    public var directory: Directory { Directory(store: store) }
    public var sessions: Sessions { Sessions(store: store) }
    public var organisation: Organisation { Organisation(store: store) }
    public var inbox: Inbox { Inbox(store: store) }
    public var meetingTypes: MeetingTypes { MeetingTypes(store: store) }
    public var scheduler: MeetingScheduler { MeetingScheduler(store: store, time: time) }
    public var meetings: MeetingBook { MeetingBook(store: store) }
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
