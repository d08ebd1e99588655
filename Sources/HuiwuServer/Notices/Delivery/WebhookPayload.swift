import Foundation
import HuiwuCore
import HuiwuStore

/// The JSON a webhook notice posts, in the shape each chat bot accepts (X2): DingTalk and
/// WeCom group robots take `{"msgtype": "text", "text": {"content": …}}`, Feishu's custom bot
/// `{"msg_type": "text", "content": {"text": …}}`; the generic form carries the meeting's fields.
enum WebhookPayload {
    static func body(
        _ format: WebhookFormat, notice: NoticeRecord, message: NoticeMessage, context c: NoticeContext,
        time: OrgTime
    ) -> [String: Any] {
        let text = message.subject + "\n" + message.text
        switch format {
        case .dingtalk, .wecom:
            return ["msgtype": "text", "text": ["content": text]]
        case .feishu:
            return ["msg_type": "text", "content": ["text": text]]
        case .generic:
            let m = c.meeting.meeting
            var meeting: [String: Any] = [
                "id": m.id.uuidString, "title": m.title, "startsAt": time.format(m.startsAt),
                "endsAt": time.format(m.endsAt), "status": m.status.rawValue,
                "organiser": c.meeting.organiserName,
            ]
            if let room = c.meeting.roomName { meeting["room"] = room }
            if let series = m.seriesId { meeting["seriesId"] = series.uuidString }
            var recipient: [String: Any] = ["name": c.recipientName]
            if let email = c.recipientEmail { recipient["email"] = email }
            return [
                "event": "meeting." + notice.kind.rawValue, "noticeId": notice.id.uuidString, "meeting": meeting,
                "recipient": recipient, "text": text,
            ]
        }
    }

    /// Whether the bot accepted it: a 2xx, and no error code in the answer (DingTalk and WeCom
    /// answer 200 with `errcode`, Feishu with `code`).
    static func accepted(status: UInt, body: Data?) -> (ok: Bool, reason: String?) {
        guard (200..<300).contains(status) else { return (false, "HTTP \(status)") }
        guard let body, let json = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else { return (true, nil) }
        for key in ["errcode", "code", "StatusCode"] {
            if let code = json[key] as? Int, code != 0 {
                return (false, "\(key) \(code): \(json["errmsg"] ?? json["msg"] ?? "")")
            }
        }
        return (true, nil)
    }
}
