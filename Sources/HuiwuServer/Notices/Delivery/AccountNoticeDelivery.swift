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
            let locale = NoticeMessage.locale
            let p = notice.params
            var when = ""
            if let s = p.startsAt, let e = p.endsAt {
                let time = services.time
                when = time.date(of: s).description + " " + time.clock(s) + "–" + time.clock(e)
            }
            let values = [
                "title": p.title ?? "", "reason": p.reason ?? "", "name": name, "amount": p.amount ?? "",
                "days": p.daysOfWage ?? "", "when": when, "actor": p.actorName ?? "", "person": p.personName ?? "",
                "clause": [
                    p.clauseCite.map {
                        p.clauseLocal == true ? services.catalogs.text("ui_rulebook_cite_local", locale, ["cite": $0]) : $0
                    },
                    p.clauseText?.text(locale.rawValue),
                ].compactMap { $0 }.joined(separator: " "),
            ]
            let subject = services.catalogs.text("notice.subject." + notice.kind, locale, values)
            let text = services.catalogs.text("notification." + notice.kind, locale, values)
            switch notice.channel {
            case .email:
                try await sendMail(to: notice.address, name: name, subject: subject, text: text, calendar: nil, id: notice.id)
            case .webhook:
                // Their private robot, signed with its secret; a warning queued before robots
                // carries its address.
                let format = notice.format ?? .generic
                var target = RobotTarget(platform: format, url: notice.address, secret: nil)
                if let id = notice.robotId {
                    guard let robot = try await services.robots.robot(id) else {
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
