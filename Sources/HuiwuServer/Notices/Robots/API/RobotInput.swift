import Foundation
import HuiwuCore
import HuiwuStore

/// A robot as typed by an admin or a person (X2), validated here rather than in handlers:
/// a name, a known platform, an http(s) address, and a secret only where the platform signs.
struct RobotBody: Decodable {
    var name: String?
    var platform: String?
    var url: String?
    /// Write-only: never returned. Absent keeps the stored one, "" removes it.
    var secret: String?
    var scope: String?
    var scopeId: String?

    /// The robot to store; `existing` fills what an update leaves out.
    func draft(field prefix: String = "", existing: RobotRecord? = nil, defaultName: String? = nil) throws -> RobotDraft {
        var errors: [FieldError] = []
        let name =
            Input.text(name ?? existing?.name ?? defaultName, field: prefix + "name", max: 100, required: true, errors: &errors)
            ?? ""
        let platform = RobotPlatform(rawValue: platform ?? existing?.platform.rawValue ?? "generic")
        if platform == nil { errors.append(FieldError(prefix + "platform", "field.enum")) }
        let url = (url ?? existing?.url ?? "").trimmedWhitespace
        if !Self.isRobotURL(url) { errors.append(FieldError(prefix + "url", "field.url")) }
        if let secret, !secret.isEmpty {
            if secret.count > 200 || secret.contains(where: { $0.isWhitespace || $0.isNewline }) {
                errors.append(FieldError(prefix + "secret", "robot.secret_invalid"))
            } else if let platform, !platform.takesSecret {
                errors.append(FieldError(prefix + "secret", "robot.secret_not_signed"))
            }
        }
        try Input.check(errors)
        return RobotDraft(name: name, platform: platform ?? .generic, url: url, secret: secret)
    }

    /// Where a robot set up for a group belongs: a department or a meeting type.
    func groupScope() throws -> (RobotRouting.Scope, UUID) {
        var errors: [FieldError] = []
        let kind = RobotRouting.Scope(rawValue: scope ?? "")
        if kind == nil || kind == .person { errors.append(FieldError("scope", "field.enum")) }
        let id = Input.uuid(scopeId, field: "scopeId", errors: &errors)
        try Input.check(errors)
        return (kind ?? .department, id ?? UUID())
    }

    static func isRobotURL(_ url: String) -> Bool {
        (url.hasPrefix("https://") || url.hasPrefix("http://")) && url.count <= 1000 && !url.contains(where: \.isWhitespace)
            && URL(string: url)?.host != nil
    }
}

/// How robots @-mention the person, as typed: absent keeps, "" clears.
struct ChatAccountsBody: Decodable {
    var mobile: String?
    var dingtalkUserId: String?
    var wecomUserId: String?
    var feishuUserId: String?

    func accounts(over stored: PersonChannels.ChatAccounts) throws -> PersonChannels.ChatAccounts {
        var errors: [FieldError] = []
        func value(_ typed: String?, _ kept: String?, field: String, valid: (String) -> Bool) -> String? {
            guard let typed else { return kept }
            let trimmed = typed.trimmedWhitespace
            if trimmed.isEmpty { return nil }
            if !valid(trimmed) { errors.append(FieldError(field, field == "mobile" ? "field.mobile" : "field.chat_user_id")) }
            return trimmed
        }
        let out = PersonChannels.ChatAccounts(
            mobile: value(mobile, stored.mobile, field: "mobile", valid: ChatAccountRules.isMobile),
            dingtalkUserId: value(
                dingtalkUserId, stored.dingtalkUserId, field: "dingtalkUserId", valid: ChatAccountRules.isUserId),
            wecomUserId: value(wecomUserId, stored.wecomUserId, field: "wecomUserId", valid: ChatAccountRules.isUserId),
            feishuUserId: value(feishuUserId, stored.feishuUserId, field: "feishuUserId", valid: ChatAccountRules.isUserId))
        try Input.check(errors)
        return out
    }
}
