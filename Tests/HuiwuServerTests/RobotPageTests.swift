import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// The robots pages (R5.2, X2): the admin sets up group robots; a person their private robot and
/// how robots mention them. Bad input comes back in the reader's language and nothing is written;
/// a secret is never written back into a page.
@Suite("Robot pages")
struct RobotPageTests {
    @Test("the admin sets up a department's robot; a bad address or a secret WeCom cannot use is shown, nothing stored")
    func adminRobots() async throws {
        try await withHuiwu(.sqlite) { app in
            let department = try await Fixture.make(app).sales
            let browser = try await PageClient.signIn(app, "admin")
            let bad = try await browser.post(
                "/admin/robots",
                [
                    "_csrf": browser.csrf, "name": "客服群", "platform": "wecom", "url": "ftp://robot", "secret": "SEC-kept-out",
                    "owner": "department:\(department.id)",
                ])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.contains("http:// 或 https://"))
            #expect(bad.body.contains("企业微信群机器人和通用 Webhook 不使用签名密钥"))
            #expect(!bad.body.contains("SEC-kept-out"))
            #expect(try await app.huiwu.robots.all().isEmpty)
            let good = try await browser.post(
                "/admin/robots",
                [
                    "_csrf": browser.csrf, "name": "客服群", "platform": "dingtalk",
                    "url": "https://oapi.dingtalk.com/robot/send?access_token=t", "secret": "SEC-group",
                    "owner": "department:\(department.id)",
                ])
            #expect(good.status == .seeOther)
            let page = try await browser.page("/admin/robots")
            #expect(page.contains("客服群") && page.contains("已设置") && !page.contains("SEC-group"))
            let stored = try #require(try await app.huiwu.robots.all().first)
            #expect(stored.scope == .department && stored.scopeId == department.id && stored.hasSecret)
        }
    }

    @Test(
        "setting up a robot at an address a member already saved shows the admin the chat: the member's robot, unsigned, and which one posts"
    )
    func adminSeesTheChat() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let address = "https://oapi.dingtalk.com/robot/send?access_token=sales"
            try await app.huiwu.robots.setPrivateRobot(
                of: f.staff.id, RobotDraft(name: "我的钉钉", platform: .dingtalk, url: address, secret: nil),
                now: app.huiwu.clock.now())
            let browser = try await PageClient.signIn(app, "admin")
            let saved = try await browser.post(
                "/admin/robots",
                [
                    "_csrf": browser.csrf, "name": "销售部群", "platform": "dingtalk", "url": address, "secret": "SEC-sales",
                    "owner": "department:\(f.sales.id)",
                ])
            #expect(saved.status == .seeOther)
            let made = try #require(try await app.huiwu.robots.all().first { $0.scope == .department })
            #expect(saved.location == "/admin/robots?done=saved&robot=\(made.id)")
            let page = try await browser.page(try #require(saved.location))
            #expect(page.contains("id=\"robot-chat\""))
            #expect(page.contains("我的钉钉（个人：刘洋，没有签名密钥）"))
            #expect(page.contains("发往该群的通知由「销售部群」（部门：销售部）发送"))
            #expect(page.contains("由它发送本群的消息") && !page.contains("SEC-sales"))
            let english = try await browser.page(try #require(saved.location), lang: "en")
            #expect(english.contains("Notices to this chat go by “销售部群” (Department: 销售部)"))
            // The list alone (no robot just set up) still shows who shares the address.
            let list = try await browser.page("/admin/robots")
            #expect(!list.contains("id=\"robot-chat\"") && list.contains("销售部群（部门：销售部，已设置签名密钥）"))
        }
    }

    @Test("a person's private robot and mobile number: a number robots cannot mention is refused in their language")
    func myChannels() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let browser = try await PageClient.signIn(app, "staff")
            let bad = try await browser.post(
                "/me/webhook",
                [
                    "_csrf": browser.csrf, "webhookUrl": "https://open.feishu.cn/open-apis/bot/v2/hook/h",
                    "webhookFormat": "feishu",
                    "mobile": "@all",
                ])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.contains("请输入手机号"))
            let staff = f.staff
            #expect(try await app.huiwu.robots.privateRobot(of: staff.id) == nil)
            let good = try await browser.post(
                "/me/webhook",
                [
                    "_csrf": browser.csrf, "webhookUrl": "https://open.feishu.cn/open-apis/bot/v2/hook/h",
                    "webhookFormat": "feishu",
                    "webhookSecret": "feishu-secret", "mobile": "13800001111", "feishuUserId": "ou_staff",
                ])
            #expect(good.status == .seeOther)
            let channels = try await app.huiwu.channels.channels(of: staff.id)
            #expect(channels.robot?.platform == .feishu && channels.robot?.hasSecret == true)
            #expect(channels.accounts.mobile == "13800001111" && channels.accounts.feishuUserId == "ou_staff")
            let page = try await browser.page("/me/channels")
            #expect(page.contains("13800001111") && !page.contains("feishu-secret"))
        }
    }
}
