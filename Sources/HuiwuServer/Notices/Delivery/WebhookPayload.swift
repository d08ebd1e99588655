import Foundation
import HuiwuCore
import HuiwuStore

/// The JSON a webhook notice to one person posts (notices queued before group robots existed;
/// robot posts are `RobotPayload`), in the shape each chat bot accepts (X2): DingTalk and
/// WeCom group robots take `{"msgtype": "text", "text": {"content": …}}`, Feishu's custom bot
/// `{"msg_type": "text", "content": {"text": …}}`; the generic form carries the meeting's fields.
enum WebhookPayload {
    static func body(
        _ format: RobotPlatform, notice: NoticeRecord, message: NoticeMessage, context c: NoticeContext,
        time: OrgTime
    ) -> [String: Any] {
        let text = message.subject + "\n" + message.text
        switch format {
        case .dingtalk, .wecom:
            return ["msgtype": "text", "text": ["content": text]]
        case .feishu:
            return ["msg_type": "text", "content": ["text": text]]
        case .generic:
            let meeting = Self.meeting(c.meeting, time: time)
            var recipient: [String: Any] = ["name": c.recipientName]
            if let email = c.recipientEmail { recipient["email"] = email }
            return [
                "event": "meeting." + notice.kind.rawValue, "noticeId": notice.id.uuidString, "meeting": meeting,
                "recipient": recipient, "text": text,
            ]
        }
    }

    /// The meeting as a generic webhook receiver gets it (a person's notice and a robot post alike).
    static func meeting(_ view: MeetingView, time: OrgTime) -> [String: Any] {
        let m = view.meeting
        var meeting: [String: Any] = [
            "id": m.id.uuidString, "title": m.title, "startsAt": time.format(m.startsAt), "endsAt": time.format(m.endsAt),
            "status": m.status.rawValue, "organiser": view.organiserName,
        ]
        if let room = view.roomName { meeting["room"] = room }
        if let series = m.seriesId { meeting["seriesId"] = series.uuidString }
        return meeting
    }
}
