import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// Delivers the outbox (X2): claims due notices, sends each by e-mail (SMTP, with the calendar
/// invitation), and robot posts (`RobotDelivery`), and records sent / retry / failed. Also queues reminders. The
/// scheduler runs its two passes as jobs (`BackgroundJobs`); tests and benchmarks call `runOnce`.
struct NoticeDispatcher: Sendable {
    let services: HuiwuServices
    let settings: NoticeSettings
    let client: any Client
    let threadPool: NIOThreadPool
    /// The event loops SMTP conversations run on.
    let eventLoopGroup: any EventLoopGroup
    let logger: Logger

    /// One pass: reminders due, then up to `limit` notices. Returns how many notices were handled.
    /// At most this many deliveries at once (each may wait on a slow relay or bot).
    static let concurrency = 8

    @discardableResult
    func runOnce(limit: Int = 16) async throws -> Int {
        try await queueReminders()
        return try await deliverDue(limit: limit)
    }

    /// Queues the reminders now due: before notified meetings (X2), preparation items due within
    /// the hour and action items past their date (R5.3, R5.8).
    func queueReminders() async throws {
        let outbox = NoticeOutbox(store: services.store, lease: TimeInterval(settings.leaseSeconds))
        let now = services.clock.now()
        _ = try await outbox.queueReminders(offsets: settings.reminderMinutes, now: now)
        _ = try await services.preparation.remindDue(within: 3_600, now: now)
        _ = try await services.minutes.remindOverdue(today: services.time.date(of: now), now: now)
    }

    /// Delivers up to `limit` due notices and account warnings; returns how many it handled.
    func deliverDue(limit: Int = 16) async throws -> Int {
        let outbox = NoticeOutbox(store: services.store, lease: TimeInterval(settings.leaseSeconds))
        let now = services.clock.now()
        let claimed = try await outbox.claim(limit: limit, now: now)
        let accounts = AccountOutbox(store: services.store, lease: TimeInterval(settings.leaseSeconds))
        let warnings = try await accounts.claim(limit: limit, now: now)
        for notice in warnings { await deliver(notice, accounts) }
        let robots = RobotOutbox(store: services.store, lease: TimeInterval(settings.leaseSeconds))
        let posts = try await robots.claim(limit: limit, now: now)
        await withTaskGroup(of: Void.self) { group in
            for post in posts { group.addTask { await deliver(post, robots) } }
        }
        await withTaskGroup(of: Void.self) { group in
            var pending = claimed[...]
            for _ in 0..<Self.concurrency {
                guard let notice = pending.popFirst() else { break }
                group.addTask { await deliver(notice, outbox) }
            }
            while await group.next() != nil {
                if let notice = pending.popFirst() { group.addTask { await deliver(notice, outbox) } }
            }
        }
        return claimed.count + warnings.count + posts.count
    }

    func deliver(_ notice: NoticeRecord, _ outbox: NoticeOutbox) async {
        let now = services.clock.now()
        do {
            guard let context = try await outbox.context(of: notice) else {
                try await outbox.failed(notice, reason: "meeting or participant no longer exists", permanent: true, now: now)
                return
            }
            // An invitation, update or reminder still queued when the meeting was cancelled would
            // announce a meeting that is not held: the cancellation has gone (or goes) out instead.
            if context.meeting.meeting.status == .cancelled && [.invitation, .update, .reminder].contains(notice.kind) {
                try await outbox.failed(
                    notice, reason: "the meeting was cancelled before this notice went out", permanent: true,
                    now: now)
                return
            }
            var itip: ITIPMessage?
            if notice.channel == .email && NoticeMessage.carriesCalendar(notice.kind) {
                itip = try await services.calendarCopies.message(for: notice, now: now)
                if itip == nil && notice.kind == .calendar {
                    try await outbox.discard(notice)
                    return
                }
                // Nothing of the meeting is theirs any more (taken off the list meanwhile): an
                // invitation or update would invite them to what they are not on.
                if itip == nil && (notice.kind == .invitation || notice.kind == .update) {
                    try await outbox.failed(notice, reason: "no longer on the meeting's list", permanent: true, now: now)
                    return
                }
            }
            let message = NoticeMessage.render(
                notice, context, itip: itip, catalogs: services.catalogs, time: services.time,
                now: now)
            switch notice.channel {
            case .email: try await email(notice, message, context)
            case .webhook: try await webhook(notice, message, context)
            case .inApp: break
            }
            try await outbox.delivered(notice, now: services.clock.now())
        } catch {
            let failure = Self.failure(error)
            try? await outbox.failed(notice, reason: failure.reason, permanent: failure.permanent, now: now)
        }
    }

    /// Why a delivery failed, and whether trying again could help.
    static func failure(_ error: any Error) -> DeliveryFailure {
        switch error {
        case let smtp as SMTPFailure: DeliveryFailure(reason: smtp.description, permanent: smtp.permanent)
        case let failure as DeliveryFailure: failure
        default: DeliveryFailure(reason: String(describing: error), permanent: false)
        }
    }

    /// The stored reasons (for the operator, in English) of failures pages word in the reader's
    /// language: the installation has no mail server, the person no usable address.
    static let mailNotSetUp = "no mail server is configured (HUIWU_SMTP)"
    static let noMailAddress = "no valid e-mail address"

    struct DeliveryFailure: Error {
        var reason: String
        var permanent: Bool
    }

    func email(_ notice: NoticeRecord, _ message: NoticeMessage, _ c: NoticeContext) async throws {
        try await sendMail(
            to: notice.address, name: c.recipientName, subject: message.subject, text: message.text,
            calendar: message.calendar, id: notice.id)
    }

    /// One message over SMTP.
    func sendMail(
        to address: String?, name: String, subject: String, text: String,
        calendar: (method: String, content: String)?, id: UUID
    ) async throws {
        guard let relay = settings.smtp else {
            throw DeliveryFailure(reason: Self.mailNotSetUp, permanent: true)
        }
        guard let to = address, EmailAddress.isValid(to) else {
            throw DeliveryFailure(reason: Self.noMailAddress, permanent: true)
        }
        let message = MailMessage.compose(
            from: settings.mailFrom, fromName: services.organisationName, to: to,
            toName: name, subject: subject, text: text, calendar: calendar,
            now: services.clock.now(), id: id.uuidString.lowercased())
        let outcome = try await SMTPClient(relay: relay, group: eventLoopGroup).send(
            from: settings.mailFrom, to: [to], message: message)
        if let refusal = outcome.refused[to] {
            throw DeliveryFailure(reason: "\(relay.host) refused \(to): \(refusal)", permanent: refusal.hasPrefix("5"))
        }
    }

    /// A webhook notice queued before group robots existed carries its address itself.
    func webhook(_ notice: NoticeRecord, _ message: NoticeMessage, _ c: NoticeContext) async throws {
        let format = notice.format ?? .generic
        try await callAccepted(
            RobotTarget(platform: format, url: notice.address ?? "", secret: nil),
            WebhookPayload.body(format, notice: notice, message: message, context: c, time: services.time))
    }
}

struct NoticeSettingsKey: StorageKey { typealias Value = NoticeSettings }

extension Application {
    var noticeDispatcher: NoticeDispatcher {
        NoticeDispatcher(
            services: huiwu, settings: storage[NoticeSettingsKey.self] ?? NoticeSettings(), client: client,
            threadPool: threadPool, eventLoopGroup: eventLoopGroup, logger: logger)
    }
}
