import HuiwuCore
import HuiwuStore
import Vapor

/// Notices: notices with delivery tracking, personal channels and group robots (R2.3, X2).
struct NoticesCapability: Capability {
    var name: String { "Notices" }

    func routes(_ app: Application) throws {
        try app.register(collection: NoticesAPI())
        try app.register(collection: RobotsAPI())
        try app.register(collection: ChannelPages())
        try app.register(collection: AdminRobotPages())
    }

    func jobs(_ settings: NoticeSettings) -> [BackgroundJob] {
        let poll = Duration.milliseconds(settings.pollMilliseconds)
        return [
            // Reminders before notified meetings, preparation items and overdue action items (X2, R5.3, R5.8).
            BackgroundJob(name: "notices.reminders", period: poll) { app in
                try await app.noticeDispatcher.queueReminders()
                return 0
            },
            // The outbox: meeting notices and account warnings, within a poll of being committed.
            BackgroundJob(name: "notices.deliver", period: poll) { app in
                try await app.noticeDispatcher.deliverDue()
            },
        ]
    }
}

/// What its handlers take from `req.huiwu`.
extension HuiwuServices {
    public var notifications: Notifications { Notifications(store: store) }
    public var notices: Notices { Notices(store: store) }
    public var channels: PersonChannels { PersonChannels(store: store) }
    public var noticeOutbox: NoticeOutbox { NoticeOutbox(store: store, lease: TimeInterval(noticeSettings.leaseSeconds)) }
    public var accountOutbox: AccountOutbox { AccountOutbox(store: store, lease: TimeInterval(noticeSettings.leaseSeconds)) }
    public var robots: Robots { Robots(store: store, box: secrets) }
    public var calendarCopies: CalendarCopies { CalendarCopies(store: store, time: time) }
    public var robotOutbox: RobotOutbox { RobotOutbox(store: store, lease: TimeInterval(noticeSettings.leaseSeconds)) }
}
