import Foundation
import Testing

@testable import HuiwuServer

/// Signatures as the platforms compute them (X2). The expected values were computed with
/// the platforms' own published Python samples (hmac + hashlib.sha256 + base64).
@Suite("Robot signatures")
struct RobotSigningTests {
    let secret = "SEC-this-is-secret"

    @Test("DingTalk 加签: HMAC-SHA256 keyed with the secret over timestamp\\nsecret, base64, URL-encoded on the query")
    func dingtalk() {
        #expect(
            RobotSigning.dingtalkSign(secret: secret, timestampMs: 1_700_000_000_000)
                == "wdjB5br8ZaMHKoYKHS/BR/iq+TpXDYdScVhMlxAttg4=")
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let (url, _) = RobotSigning.signed(
            .dingtalk, url: "https://oapi.dingtalk.com/robot/send?access_token=t", body: [:], secret: secret, now: now)
        #expect(
            url
                == "https://oapi.dingtalk.com/robot/send?access_token=t&timestamp=1700000000000&sign=wdjB5br8ZaMHKoYKHS%2FBR%2Fiq%2BTpXDYdScVhMlxAttg4%3D"
        )
    }

    @Test("Feishu: HMAC-SHA256 keyed with timestamp\\nsecret over nothing, base64, in the body")
    func feishu() {
        #expect(
            RobotSigning.feishuSign(secret: secret, timestampS: 1_700_000_000) == "DnjfgxueBxpbIbTgbjg9kV24Hr5LB+7rN0lewdAjk34=")
        let (url, body) = RobotSigning.signed(
            .feishu, url: "https://open.feishu.cn/open-apis/bot/v2/hook/h", body: ["msg_type": "text"], secret: secret,
            now: Date(timeIntervalSince1970: 1_700_000_000))
        #expect(url == "https://open.feishu.cn/open-apis/bot/v2/hook/h")
        #expect(body["timestamp"] as? String == "1700000000")
        #expect(body["sign"] as? String == "DnjfgxueBxpbIbTgbjg9kV24Hr5LB+7rN0lewdAjk34=")
    }

    @Test("no secret, or a platform that does not sign: the call goes as it is")
    func unsigned() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(RobotSigning.signed(.dingtalk, url: "u", body: [:], secret: nil, now: now).url == "u")
        #expect(RobotSigning.signed(.wecom, url: "u", body: [:], secret: "s", now: now).url == "u")
    }
}
