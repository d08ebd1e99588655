import HuiwuCore
import HuiwuStore
import Vapor

/// Everything a request handler needs, built once at start-up: handlers take their store
/// services from here (`req.huiwu.meetings`), never by constructing them. The settings are the
/// shell's; each capability adds its own services in its declaration (`extension HuiwuServices`
/// beside its `Capability`).
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
