import Crypto
import Foundation
import HuiwuCore

/// Signing a robot call with the robot's secret (X2), as each platform documents it:
/// - DingTalk 加签 (open.dingtalk.com/document/robots/customize-robot-security-settings): `timestamp`
///   in milliseconds and `sign` = urlEncode(base64(HMAC-SHA256(key: secret, message: timestamp +
///   "\n" + secret))) on the query string; valid for an hour.
/// - Feishu 签名校验 (open.feishu.cn/document/client-docs/bot-v3/add-custom-bot): `timestamp` in
///   seconds and `sign` = base64(HMAC-SHA256(key: timestamp + "\n" + secret, message: "")) in the
///   JSON body.
enum RobotSigning {
    static func dingtalkSign(secret: String, timestampMs: Int64) -> String {
        let mac = HMAC<SHA256>.authenticationCode(
            for: Data("\(timestampMs)\n\(secret)".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return Data(mac).base64EncodedString()
    }

    static func feishuSign(secret: String, timestampS: Int64) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(), using: SymmetricKey(data: Data("\(timestampS)\n\(secret)".utf8)))
        return Data(mac).base64EncodedString()
    }

    /// The URL and body to send: signed when the robot has a secret and its platform signs.
    static func signed(
        _ platform: RobotPlatform, url: String, body: [String: Any], secret: String?, now: Date
    ) -> (url: String, body: [String: Any]) {
        guard let secret, !secret.isEmpty else { return (url, body) }
        switch platform {
        case .dingtalk:
            let stamp = Int64((now.timeIntervalSince1970 * 1000).rounded())
            let sign = dingtalkSign(secret: secret, timestampMs: stamp)
            let encoded = SiteURL.encodeQueryValue(sign)
            let separator = url.contains("?") ? "&" : "?"
            return (url + separator + "timestamp=\(stamp)&sign=\(encoded)", body)
        case .feishu:
            let stamp = Int64(now.timeIntervalSince1970)
            var body = body
            body["timestamp"] = String(stamp)
            body["sign"] = feishuSign(secret: secret, timestampS: stamp)
            return (url, body)
        case .wecom, .generic:
            return (url, body)
        }
    }
}
