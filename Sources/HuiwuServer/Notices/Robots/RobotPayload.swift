import Foundation
import HuiwuCore
import HuiwuStore

/// A robot post written out for its platform (X2): one message naming the participants it
/// concerns, @-mentioning those the platform can mention, within the platform's size limit, with
/// a link to the meeting's page. User text (titles, minutes) can never become markup: DingTalk
/// and WeCom get `text` messages (plain text; mentions only through the `at` /
/// `mentioned_*` lists, which hold nothing but the named people's own mobiles and ids), Feishu a
/// `post` whose user text is in `text` elements and whose mentions are `at` elements.
struct RobotPayload {
    /// What the message says, before it is shaped for a platform.
    struct Words {
        var subject: String
        /// The body with the minutes and decisions cut to `budget` bytes each.
        var body: (_ budget: Int) -> String
        var longest: Int
        var link: String?
        var linkText: String
    }

    /// At most this many names are written out; the rest are counted.
    static let namesShown = 20

    static func words(
        _ kind: NoticeKind, _ c: RobotPostContext, catalogs: Catalogs, time: OrgTime, link: String?
    ) -> Words {
        let locale = NoticeMessage.locale
        let m = c.meeting.meeting
        let names = c.named.map(\.name)
        var shown = names.prefix(Self.namesShown).joined(separator: catalogs.text("robot.names_separator", locale))
        if names.count > Self.namesShown {
            shown = catalogs.text("robot.names_more", locale, ["names": shown, "count": String(names.count)])
        }
        let when = "\(time.date(of: m.startsAt)) \(time.clock(m.startsAt))–\(time.clock(m.endsAt))"
        let values = [
            "title": m.title, "when": when, "room": c.meeting.roomName ?? catalogs.text("ui_no_room", locale),
            "organiser": c.meeting.organiserName, "name": shown,
        ]
        let minutes = c.minutes?.body ?? ""
        let decisions = c.minutes?.decisions ?? ""
        return Words(
            subject: catalogs.text("notice.subject." + kind.rawValue, locale, values),
            body: { budget in
                var v = values
                v["minutes"] = RobotText.prefix(minutes, bytes: budget)
                v["decisions"] = RobotText.prefix(decisions, bytes: budget)
                return catalogs.text("notice.body." + kind.rawValue, locale, v)
            },
            longest: max(minutes.utf8.count, decisions.utf8.count), link: link,
            linkText: catalogs.text("robot.link", locale))
    }

    /// Who the platform @-mentions: the named people's mobiles and platform ids, nothing else.
    struct Mentions {
        var mobiles: [String] = []
        var userIds: [String] = []

        init(_ named: [RobotPostContext.Named], platform: RobotPlatform) {
            for person in named {
                if platform.mentionsByMobile, let mobile = person.accounts.mobile, ChatAccountRules.isMobile(mobile) {
                    mobiles.append(mobile)
                } else if let id = person.accounts.userId(on: platform), ChatAccountRules.isUserId(id) {
                    userIds.append(id)
                }
            }
        }
    }

    /// The JSON body for the robot's platform, within its size limit.
    static func body(
        _ platform: RobotPlatform, words: Words, named: [RobotPostContext.Named], event: String, meeting: MeetingView,
        time: OrgTime
    ) -> [String: Any] {
        let mentions = Mentions(named, platform: platform)
        let make = { (budget: Int) in
            shape(
                platform, words: words, budget: budget, mentions: mentions, named: named, event: event, meeting: meeting,
                time: time)
        }
        guard let limit = platform.sizeLimit else { return make(words.longest) }
        let fits = { (budget: Int) -> Bool in
            let body = make(budget)
            let size: Int
            switch limit.measure {
            case .body: size = (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys]).count) ?? Int.max
            case .content: size = content(of: body).utf8.count
            }
            // Room for the signature fields the call adds to a Feishu body.
            return size + (platform == .feishu ? 128 : 0) <= limit.bytes
        }
        return make(RobotText.largestFitting(upper: words.longest, fits))
    }

    /// The text field a size limit measured on `content` applies to.
    static func content(of body: [String: Any]) -> String {
        ((body["text"] as? [String: Any])?["content"] as? String) ?? ""
    }

    static func shape(
        _ platform: RobotPlatform, words: Words, budget: Int, mentions: Mentions, named: [RobotPostContext.Named],
        event: String, meeting: MeetingView, time: OrgTime
    ) -> [String: Any] {
        let body = words.body(budget)
        let linkLine = words.link.map { "\n" + words.linkText + " " + $0 } ?? ""
        switch platform {
        case .dingtalk:
            // DingTalk shows a mention where "@mobile" stands in the text (else at the end).
            let tags = (mentions.mobiles + mentions.userIds).map { "@" + $0 }.joined(separator: " ")
            var text = words.subject + "\n" + body + linkLine
            if !tags.isEmpty { text += "\n" + tags }
            return [
                "msgtype": "text", "text": ["content": text],
                "at": ["atMobiles": mentions.mobiles, "atUserIds": mentions.userIds, "isAtAll": false],
            ]
        case .wecom:
            return [
                "msgtype": "text",
                "text": [
                    "content": words.subject + "\n" + body + linkLine, "mentioned_mobile_list": mentions.mobiles,
                    "mentioned_list": mentions.userIds,
                ],
            ]
        case .feishu:
            var lines: [[[String: Any]]] = TextLines.split(body).map {
                [["tag": "text", "text": String($0)]]
            }
            let people = named.compactMap { p -> [String: Any]? in
                guard let id = p.accounts.feishuUserId, ChatAccountRules.isUserId(id) else { return nil }
                return ["tag": "at", "user_id": id, "user_name": p.name]
            }
            if !people.isEmpty { lines.append(people) }
            if let link = words.link { lines.append([["tag": "a", "text": words.linkText, "href": link]]) }
            return ["msg_type": "post", "content": ["post": ["zh_cn": ["title": words.subject, "content": lines]]]]
        case .generic:
            var about = WebhookPayload.meeting(meeting, time: time)
            if let link = words.link { about["url"] = link }
            return [
                "event": event, "meeting": about, "participants": named.map { ["name": $0.name] },
                "text": words.subject + "\n" + body,
            ]
        }
    }
}
