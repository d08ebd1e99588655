import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// The robots pages (issue 12): the admin sets up group robots; a person their private robot and
/// how robots mention them. Bad input comes back in the reader's language and nothing is written;
/// a secret is never written back into a page.
@Suite("Robot pages")
struct RobotPageTests {
    @Test("the admin sets up a department's robot; a bad address or a secret WeCom cannot use is shown, nothing stored")
    func adminRobots() async throws {
        try await withHuiwu(.sqlite) { app in
            let department = try await Fixture.make(app).sales
            let (cookie, csrf) = try await WebPageTests.signIn(app, "admin")
            let bad = try await WebPageTests.post(
                app, "/admin/robots", cookie: cookie,
                [
                    "_csrf": csrf, "name": "客服群", "platform": "wecom", "url": "ftp://robot", "secret": "SEC-kept-out",
                    "owner": "department:\(department.id)",
                ])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.contains("http:// 或 https://"))
            #expect(bad.body.contains("企业微信群机器人和通用 Webhook 不使用签名密钥"))
            #expect(!bad.body.contains("SEC-kept-out"))
            #expect(try await app.huiwu.robots.all().isEmpty)
            let good = try await WebPageTests.post(
                app, "/admin/robots", cookie: cookie,
                [
                    "_csrf": csrf, "name": "客服群", "platform": "dingtalk",
                    "url": "https://oapi.dingtalk.com/robot/send?access_token=t", "secret": "SEC-group",
                    "owner": "department:\(department.id)",
                ])
            #expect(good.status == .seeOther)
            let page = try await WebPageTests.page(app, "/admin/robots", cookie: cookie)
            #expect(page.contains("客服群") && page.contains("已设置") && !page.contains("SEC-group"))
            let stored = try #require(try await app.huiwu.robots.all().first)
            #expect(stored.scope == .department && stored.scopeId == department.id && stored.hasSecret)
        }
    }

    @Test("a person's private robot and mobile number: a number robots cannot mention is refused in their language")
    func myChannels() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let (cookie, csrf) = try await WebPageTests.signIn(app, "staff")
            let bad = try await WebPageTests.post(
                app, "/me/webhook", cookie: cookie,
                [
                    "_csrf": csrf, "webhookUrl": "https://open.feishu.cn/open-apis/bot/v2/hook/h", "webhookFormat": "feishu",
                    "mobile": "@all",
                ])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.contains("请输入手机号"))
            let staff = f.staff
            #expect(try await app.huiwu.robots.privateRobot(of: staff.id) == nil)
            let good = try await WebPageTests.post(
                app, "/me/webhook", cookie: cookie,
                [
                    "_csrf": csrf, "webhookUrl": "https://open.feishu.cn/open-apis/bot/v2/hook/h", "webhookFormat": "feishu",
                    "webhookSecret": "feishu-secret", "mobile": "13800001111", "feishuUserId": "ou_staff",
                ])
            #expect(good.status == .seeOther)
            let channels = try await app.huiwu.channels.channels(of: staff.id)
            #expect(channels.robot?.platform == .feishu && channels.robot?.hasSecret == true)
            #expect(channels.accounts.mobile == "13800001111" && channels.accounts.feishuUserId == "ou_staff")
            let page = try await WebPageTests.page(app, "/me/channels", cookie: cookie)
            #expect(page.contains("13800001111") && !page.contains("feishu-secret"))
        }
    }
}
