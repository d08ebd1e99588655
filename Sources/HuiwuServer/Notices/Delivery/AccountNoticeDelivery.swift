import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// Delivering account notices (X1, ASVS V2.2.3): the warning about repeated failed log-ins, by
/// e-mail and webhook, in the words the app shows (`notification.<kind>`).
extension NoticeDispatcher {
    func deliver(_ notice: AccountNoticeRecord, _ outbox: AccountOutbox) async {
        let now = services.clock.now()
        do {
            guard let name = try await outbox.recipientName(notice) else {
                try await outbox.failed(notice, reason: "the person no longer exists", permanent: true, now: now)
                return
            }
            let words = NoticeWords(catalogs: services.catalogs, time: services.time, locale: NoticeMessage.locale)
            let subject = words.subject(notice.kind, notice.params, name: name)
            let text = words.text(notice.kind, notice.params, name: name)
            switch notice.channel {
            case .email:
                try await sendMail(to: notice.address, name: name, subject: subject, text: text, calendar: nil, id: notice.id)
            case .webhook:
                // Their private robot, signed with its secret; a warning queued before robots
                // carries its address.
                let format = notice.format ?? .generic
                var target = RobotTarget(platform: format, url: notice.address, secret: nil)
                if let id = notice.robotId {
                    // The chat's poster: a private robot saved without the secret an admin set up at
                    // the same address still posts signed.
                    guard let robot = try await services.robots.poster(forChatOf: id) else {
                        throw DeliveryFailure(reason: "the robot was removed", permanent: true)
                    }
                    target = try self.target(robot)
                }
                try await callAccepted(
                    target, WebhookPayload.account(target.platform, notice: notice, name: name, text: subject + "\n" + text))
            case .inApp:
                break
            }
            try await outbox.delivered(notice, now: services.clock.now())
        } catch {
            let failure = Self.failure(error)
            try? await outbox.failed(notice, reason: failure.reason, permanent: failure.permanent, now: now)
        }
    }
}

extension WebhookPayload {
    /// An account notice for a bot: the text in the bot's shape; the generic form names the event.
    static func account(_ format: RobotPlatform, notice: AccountNoticeRecord, name: String, text: String) -> [String: Any] {
        switch format {
        case .dingtalk, .wecom: return ["msgtype": "text", "text": ["content": text]]
        case .feishu: return ["msg_type": "text", "content": ["text": text]]
        case .generic:
            return ["event": notice.kind, "noticeId": notice.id.uuidString, "recipient": ["name": name], "text": text]
        }
    }
}
