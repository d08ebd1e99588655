import Foundation

/// The chat platforms whose group robots take meeting notices (R5.2, X2), and each one's
/// documented rules for custom robots. Figures are the platforms' own:
/// - DingTalk 自定义机器人 (open.dingtalk.com/document/robots/custom-robot-access and
///   …/customize-robot-security-settings): at most 20 messages a minute per robot, after which
///   the robot is throttled for 10 minutes (errcode 130101); a body of at most 20,000 bytes;
///   加签 puts `timestamp` (ms) and `sign` on the query string; a refused signature is
///   errcode 310000.
/// - WeCom 群机器人 (developer.work.weixin.qq.com/document/path/91770): 20 messages a minute
///   (errcode 45009); text content at most 2,048 bytes, markdown 4,096 (errcode 40058).
/// - Feishu 自定义机器人 (open.feishu.cn/document/client-docs/bot-v3/add-custom-bot): 5 messages a
///   second and 100 a minute (code 11232); a request body of at most 20 KB; a signature puts
///   `timestamp` (s) and `sign` in the body, refused as code 19021.
/// - generic: any JSON receiver, judged by its HTTP status alone.
public enum RobotPlatform: String, Sendable, Codable, CaseIterable {
    case generic, dingtalk, wecom, feishu

    /// One rate window: at most `count` messages in any `seconds`.
    public struct Window: Sendable, Equatable {
        public let count: Int
        public let seconds: TimeInterval
    }

    /// The windows a robot's messages must keep to (all of them).
    public var windows: [Window] {
        switch self {
        case .dingtalk, .wecom: [Window(count: 20, seconds: 60)]
        case .feishu: [Window(count: 5, seconds: 1), Window(count: 100, seconds: 60)]
        case .generic: []
        }
    }

    /// How long to wait after the platform says a robot sent too much: DingTalk throttles the
    /// robot for 10 minutes; WeCom and Feishu count by the minute.
    public var throttle: TimeInterval {
        switch self {
        case .dingtalk: 600
        case .wecom, .feishu: 60
        case .generic: 60
        }
    }

    /// What is measured against `maxBytes`.
    public enum Measure: Sendable, Equatable {
        /// The text content field (WeCom's limit is on `text.content`).
        case content
        /// The whole JSON body.
        case body
    }

    /// The size limit of one message, and what it is measured on; nil: none documented.
    public var sizeLimit: (bytes: Int, measure: Measure)? {
        switch self {
        case .dingtalk: (20_000, .body)
        case .wecom: (2_048, .content)
        case .feishu: (20 * 1024, .body)
        case .generic: nil
        }
    }

    /// The answer codes by which the platform says "too many messages" (retried after `throttle`,
    /// never failed for good).
    public var rateErrorCodes: Set<Int> {
        switch self {
        case .dingtalk: [130101]
        case .wecom: [45009]
        case .feishu: [11232]
        case .generic: []
        }
    }

    /// Whether the platform accepts a secret (加签 / 签名校验); WeCom robots have none.
    public var takesSecret: Bool { self == .dingtalk || self == .feishu }

    /// Whether people can be @-mentioned, and by what.
    public var mentionsByMobile: Bool { self == .dingtalk || self == .wecom }
}
