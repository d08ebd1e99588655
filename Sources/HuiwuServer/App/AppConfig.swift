import HuiwuCore
import HuiwuStore
import Vapor

/// How an instance is started: where data lives, which clock, how costly password hashing is.
public struct AppConfig: Sendable {
    public var location: DatabaseLocation
    public var clock: any WallClock
    /// bcrypt cost; 12 in production, lower in tests (hashing dominates otherwise).
    public var bcryptCost: Int
    /// The directory holding `Resources/` and `Public/` (the package root when run from source).
    public var workingDirectory: String
    public var secureCookies: Bool
    public var migrate: Bool
    /// Notice delivery (X2): the outbox dispatcher, SMTP relay and reminder offsets.
    public var notices: NoticeSettings
    /// The log-in throttle (X1); tests shorten or record its pauses.
    public var loginThrottle = LoginThrottle()
    /// The key robot secrets are sealed with (X2: chat-bot webhooks); a throwaway one unless the command
    /// loads the installation's (`HUIWU_SECRET_KEY`, or `<data-dir>/secret.key`).
    public var secrets = SecretBox.random()

    public init(
        location: DatabaseLocation, clock: any WallClock = SystemClock(), bcryptCost: Int = 12,
        workingDirectory: String = DirectoryConfiguration.detect().workingDirectory,
        secureCookies: Bool = false, migrate: Bool = true,
        notices: NoticeSettings = NoticeSettings()
    ) {
        self.location = location
        self.clock = clock
        self.bcryptCost = bcryptCost
        self.workingDirectory = workingDirectory
        self.secureCookies = secureCookies
        self.migrate = migrate
        self.notices = notices
    }
}

/// Where notices go and when reminders are sent, from the environment: `HUIWU_SMTP` and its
/// companions (`SMTPRelay`), `HUIWU_MAIL_FROM`, `HUIWU_REMINDER_MINUTES` (`1440,60`: a day and
/// an hour before the start).
public struct NoticeSettings: Sendable {
    /// The relay e-mail notices go through; nil: e-mail notices fail, saying none is configured.
    public var smtp: SMTPRelay?
    public var mailFrom: String
    public var reminderMinutes: [Int]
    /// How long a delivery attempt holds its notice (`HUIWU_NOTICE_LEASE_SECONDS`, default 120).
    public var leaseSeconds: Int = 120
    /// Webhooks to loopback, private or link-local addresses are refused (a server-side request
    /// forgery guard) unless `HUIWU_WEBHOOK_ALLOW_PRIVATE=1` (a bot on the office network, tests).
    public var allowPrivateWebhooks = false
    /// How often the idle dispatcher looks for due notices (`HUIWU_NOTICE_POLL_MS`, default 1000).
    public var pollMilliseconds: Int = 1_000
    /// Where people open Huiwu (`HUIWU_PUBLIC_URL`, e.g. https://huiwu.example.cn): robot posts
    /// link to the meeting's page under it. nil: `serve` uses the address it listens on.
    public var publicURL: String?
    /// Runs the background jobs (the server does; one-off commands and tests drive them by hand).
    public var dispatch: Bool

    public init(
        smtp: SMTPRelay? = nil, mailFrom: String = "huiwu@localhost", reminderMinutes: [Int] = [1440, 60],
        dispatch: Bool = false
    ) {
        self.smtp = smtp
        self.mailFrom = mailFrom
        self.reminderMinutes = reminderMinutes
        self.dispatch = dispatch
    }

    /// Throws `BadSetting` for a relay setting it cannot use (the start stops, naming it).
    public init(environment: [String: String], dispatch: Bool = false) throws {
        let minutes = (environment["HUIWU_REMINDER_MINUTES"] ?? "1440,60").split(separator: ",")
            .compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }.filter { $0 > 0 && $0 <= 7 * 1440 }
        self.init(
            smtp: try SMTPRelay.from(environment: environment), mailFrom: environment["HUIWU_MAIL_FROM"] ?? "huiwu@localhost",
            reminderMinutes: minutes, dispatch: dispatch)
        if let lease = environment["HUIWU_NOTICE_LEASE_SECONDS"].flatMap(Int.init), (1...3_600).contains(lease) {
            leaseSeconds = lease
        }
        allowPrivateWebhooks = environment["HUIWU_WEBHOOK_ALLOW_PRIVATE"] == "1"
        if let poll = environment["HUIWU_NOTICE_POLL_MS"].flatMap(Int.init), (10...60_000).contains(poll) {
            pollMilliseconds = poll
        }
        if let url = environment["HUIWU_PUBLIC_URL"], !url.isEmpty {
            guard url.hasPrefix("http://") || url.hasPrefix("https://"), URL(string: url)?.host != nil else {
                throw BadSetting(
                    name: "HUIWU_PUBLIC_URL", value: url, expected: "an http(s) URL such as https://huiwu.example.cn")
            }
            publicURL = url.hasSuffix("/") ? String(url.dropLast()) : url
        }
    }
}
