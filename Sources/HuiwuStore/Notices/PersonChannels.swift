import Foundation
import HuiwuCore
import SQLKit

/// The channels a person's notices go to besides in-app (X2): their e-mail, their private robot
/// (group robots are set up by admins for departments and meeting types), and how group
/// robots @-mention them (mobile number, the platforms' user ids).
public struct PersonChannels: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    /// How a robot @-mentions a person: DingTalk and WeCom by mobile number or user id, Feishu by
    /// open_id / user_id.
    public struct ChatAccounts: Sendable, Equatable {
        public var mobile: String?
        public var dingtalkUserId: String?
        public var wecomUserId: String?
        public var feishuUserId: String?

        public init(mobile: String? = nil, dingtalkUserId: String? = nil, wecomUserId: String? = nil, feishuUserId: String? = nil)
        {
            self.mobile = mobile
            self.dingtalkUserId = dingtalkUserId
            self.wecomUserId = wecomUserId
            self.feishuUserId = feishuUserId
        }

        init(row: any SQLRow) throws {
            mobile = try row.decode(column: "mobile", as: String?.self)
            dingtalkUserId = try row.decode(column: "dingtalk_user_id", as: String?.self)
            wecomUserId = try row.decode(column: "wecom_user_id", as: String?.self)
            feishuUserId = try row.decode(column: "feishu_user_id", as: String?.self)
        }

        /// The id a platform mentions them by (besides the mobile number).
        public func userId(on platform: RobotPlatform) -> String? {
            switch platform {
            case .dingtalk: dingtalkUserId
            case .wecom: wecomUserId
            case .feishu: feishuUserId
            case .generic: nil
            }
        }
    }

    public struct Channels: Sendable, Equatable {
        public var email: String?
        public var robot: RobotRecord?
        public var accounts: ChatAccounts
    }

    public func channels(of person: UUID) async throws -> Channels {
        guard
            let row = try await store.reader.raw(
                "SELECT email, mobile, dingtalk_user_id, wecom_user_id, feishu_user_id FROM people WHERE id = \(bind: person)"
            ).first()
        else { throw StoreError.notFound }
        let robot = try await Robots.privateRobot(of: person, store.reader)
        return Channels(
            email: try row.decode(column: "email", as: String?.self), robot: robot, accounts: try ChatAccounts(row: row))
    }

    public func setAccounts(of person: UUID, _ accounts: ChatAccounts) async throws {
        try await store.write { db in
            guard try await db.raw("SELECT id FROM people WHERE id = \(bind: person)").first() != nil else {
                throw StoreError.notFound
            }
            try await db.raw(
                """
                UPDATE people SET mobile = \(bind: accounts.mobile), dingtalk_user_id = \(bind: accounts.dingtalkUserId),
                  wecom_user_id = \(bind: accounts.wecomUserId), feishu_user_id = \(bind: accounts.feishuUserId)
                WHERE id = \(bind: person)
                """
            ).run()
        }
    }
}
