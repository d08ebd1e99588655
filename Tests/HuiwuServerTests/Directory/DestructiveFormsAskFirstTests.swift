import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// Every destructive web form asks first (X1, `ConfirmFirst`): a post without the confirmation
/// changes nothing and answers with the question; whoever may not act is refused, never asked.
@Suite("Destructive forms ask first")
struct DestructiveFormsAskFirstTests {
    @Test(
        "revoking a calendar feed asks first, naming which; a stranger gets 404 and no question; confirmed, the feed is revoked",
        arguments: TestDatabase.allCases)
    func feedRevokeAsksFirst(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let owner = Actor(id: f.staff.id, role: .staff, departmentId: f.sales.id, displayName: f.staff.displayName)
            let (feed, _) = try await app.huiwu.feeds.create(room: nil, by: owner, now: app.huiwu.clock.now())
            let path = "/me/feeds/\(feed.id)/revoke"
            let stranger = try await PageClient.signIn(app, "colleague")
            let refused = try await stranger.post(path, ["_csrf": stranger.csrf])
            #expect(refused.status == .notFound && !refused.body.contains("id=\"confirm-first\""))

            let staff = try await PageClient.signIn(app, "staff")
            let asked = try await staff.post(path, ["_csrf": staff.csrf])
            #expect(asked.status == .ok && asked.body.contains("撤销日历订阅地址“我的会议”？"))
            #expect(asked.body.contains("action=\"\(path)\"") && asked.body.contains("href=\"/me/channels\""))
            #expect(try await app.huiwu.feeds.feeds(of: f.staff.id).first?.revokedAt == nil, "nothing changed yet")

            let done = try await staff.post(path, ["_csrf": staff.csrf, "confirmed": "yes"])
            #expect(done.location == "/me/channels?done=feed_revoked")
            #expect(try await app.huiwu.feeds.feeds(of: f.staff.id).first?.revokedAt != nil)
        }
    }

    @Test(
        "rotating a room's kiosk key asks first, naming the room and what stops working; staff are refused, not asked",
        arguments: TestDatabase.allCases)
    func kioskRotationAsksFirst(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let path = "/rooms/\(f.big.id)/kiosk/rotate"
            let staff = try await PageClient.signIn(app, "staff")
            let refused = try await staff.post(path, ["_csrf": staff.csrf])
            #expect(refused.status == .forbidden && !refused.body.contains("id=\"confirm-first\""))

            let office = try await PageClient.signIn(app, "office")
            let asked = try await office.post(path, ["_csrf": office.csrf])
            #expect(asked.status == .ok && asked.body.contains("更换 大会议室 的签到屏地址？"))
            #expect(asked.body.contains("旧地址立即失效") && asked.body.contains("href=\"/rooms/\(f.big.id)/week\""))
            #expect(try await app.huiwu.rooms.kioskKey(of: f.big.id)?.generation == 0, "nothing changed yet")

            let unknown = try await office.post("/rooms/\(UUID())/kiosk/rotate", ["_csrf": office.csrf])
            #expect(unknown.status == .notFound)

            let done = try await office.post(path, ["_csrf": office.csrf, "confirmed": "yes"])
            #expect(done.location == "/rooms/\(f.big.id)/week?done=kiosk_rotated")
            #expect(try await app.huiwu.rooms.kioskKey(of: f.big.id)?.generation == 1)
        }
    }

    @Test("deleting a department asks first, naming it, in the reader's language; confirmed, it is gone")
    func departmentDeleteAsksFirst() async throws {
        try await withHuiwu(.sqlite) { app in
            _ = try await Fixture.make(app)
            let empty = try await Fixture.department(app, "筹备组")
            let path = "/admin/departments/\(empty.id)/delete"
            let admin = try await PageClient.signIn(app, "admin")
            let asked = try await admin.post(path, ["_csrf": admin.csrf])
            #expect(asked.status == .ok && asked.body.contains("删除部门“筹备组”？"))
            #expect(try await app.huiwu.people.department(empty.id) != nil, "nothing changed yet")
            var english = ""
            try await app.testing().test(
                .POST, path,
                beforeRequest: { req in
                    req.headers.cookie = HTTPCookies(
                        dictionaryLiteral: (AuthConstants.sessionCookie, .init(string: admin.cookie)))
                    req.headers.cookie?["lang"] = .init(string: "en")
                    try req.content.encode(["_csrf": admin.csrf], as: .urlEncodedForm)
                },
                afterResponse: { res in english = String(buffer: res.body) })
            #expect(english.contains("Delete the department"))

            let done = try await admin.post(path, ["_csrf": admin.csrf, "confirmed": "yes"])
            #expect(done.location == "/admin/departments?done=deleted")
            #expect(try await app.huiwu.people.department(empty.id) == nil)
        }
    }
}
