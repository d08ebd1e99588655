import Foundation

/// What a robot's answer means (R5.2: delivery is tracked), judged as each platform documents it:
/// DingTalk and WeCom answer HTTP 200 with `errcode` (0 is success), Feishu with `code`; a generic
/// receiver is judged by its HTTP status alone (a body of `{"code": 200}` is no failure).
public enum RobotAnswer: Sendable, Equatable {
    case accepted
    /// Too many messages: try again after `retryAfter` seconds, not counted as a failure.
    case throttled(retryAfter: TimeInterval, reason: String)
    /// Refused: `permanent` when sending the same again cannot help.
    case refused(reason: String, permanent: Bool)

    /// Signature refusals: the secret is wrong (or the clock far off); retrying cannot help until
    /// an admin corrects the robot.
    static let signatureCodes: [RobotPlatform: Set<Int>] = [.dingtalk: [310000], .feishu: [19021]]

    /// `retryAfter`: the `Retry-After` header in seconds, if the answer had one.
    public static func judge(
        _ platform: RobotPlatform, status: UInt, retryAfter: TimeInterval?, body: Data?
    ) -> RobotAnswer {
        if status == 429 {
            return .throttled(retryAfter: retryAfter ?? platform.throttle, reason: "HTTP 429")
        }
        let json = body.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
        if platform != .generic, let json, let code = (json["errcode"] ?? json["code"]) as? Int, code != 0 {
            let message = (json["errmsg"] ?? json["msg"]).map { "\($0)" } ?? ""
            let reason = "\(platform.rawValue) \(json["errcode"] != nil ? "errcode" : "code") \(code): \(message)"
            if platform.rateErrorCodes.contains(code) {
                return .throttled(retryAfter: retryAfter ?? platform.throttle, reason: reason)
            }
            if signatureCodes[platform]?.contains(code) == true {
                return .refused(reason: reason + " — the robot refused the signature: check its secret", permanent: true)
            }
            return .refused(reason: reason, permanent: true)
        }
        guard (200..<300).contains(status) else {
            // 4xx: the request as written is refused; 5xx and others: the robot's side, try again.
            return .refused(reason: "HTTP \(status)", permanent: (400..<500).contains(status))
        }
        return .accepted
    }
}
