import Foundation
import HuiwuCore
import HuiwuTestSupport
import SQLKit
import Testing

@testable import HuiwuStore

/// Group robot posts (R5.2, X2) on both databases: one post per group chat naming whom it
/// concerns, written the same way by SQLite's row-by-row rule and PostgreSQL's statement; claims
/// paced to the platform's window; a throttle holds every post to that robot; secrets sealed.
@Suite("Group robot posts")
struct RobotPostTests {
    /// A department of `size` people on one meeting, with the given robots.
    func world(
        _ store: Store, size: Int, robots: (UUID, UUID) -> [(RobotDraft, RobotRouting.Scope, UUID)]
    ) async throws -> (meeting: MeetingRecord, office: Actor, department: UUID) {
        let f = try await StoreFixture.make(store)
        let directory = People(store: store)
        let group = try await directory.createDepartment(name: "客服组", parentId: nil, now: storeNow)
        for i in 0..<size {
            _ = try await directory.createPerson(
                PersonRecord(
                    id: UUID(), username: "agent\(i)", displayName: "坐席\(i)", passwordHash: "x", role: Role.staff.rawValue,
                    position: "坐席", email: nil, active: true, createdAt: storeNow, departmentId: group.id))
        }
        let m = try await MeetingScheduler(store: store, time: shanghai).createMeeting(
            MeetingDraft(
                typeId: nil, title: "服务复盘", roomId: nil,
                interval: Interval(start: local("10:00", day: "2026-12-03"), end: local("11:00", day: "2026-12-03")),
                headcount: 5,
                participants: [
                    ParticipantSelector(kind: .position, value: "坐席"), ParticipantSelector(kind: .role, value: "staff"),
                ]),
            by: f.office, now: storeNow)
        let box = SecretBox.random()
        for (draft, scope, owner) in robots(group.id, f.staff.id) {
            _ = try await Robots(store: store, box: box).create(draft, scope: scope, scopeId: owner, now: storeNow)
        }
        return (m, f.office, group.id)
    }

    func draft(_ name: String, _ platform: RobotPlatform, _ url: String, secret: String? = nil) -> RobotDraft {
        RobotDraft(name: name, platform: platform, url: url, secret: secret)
    }

    @Test(
        "a notice makes one post per group chat, naming its people; the same address set up twice is one post",
        arguments: TestDatabase.allCases)
    func onePostPerChat(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let (m, office, _) = try await world(store, size: 12) { group, staff in
                [
                    (draft("客服群", .dingtalk, "https://oapi.dingtalk.com/robot/send?access_token=a"), .department, group),
                    (draft("我的", .dingtalk, "HTTPS://OAPI.DINGTALK.COM/robot/send?access_token=a"), .person, staff),
                    (draft("私人", .wecom, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k"), .person, staff),
                ]
            }
            let batch = try await Notices(store: store).send(m.id, kind: .invitation, by: office, now: storeNow)
            let posts = try await RobotOutbox(store: store).posts(of: m.id)
            #expect(posts.map(\.named).sorted() == [1, 13])  // the group chat: 12 agents and the staff member
            #expect(posts.allSatisfy { $0.post.state == .queued })
            #expect(batch.queued == 14)  // webhook notices only: nobody has an e-mail address
            let rows = try await store.reader.raw(
                "SELECT COUNT(*) AS n FROM notices WHERE channel = 'webhook' AND post_id IS NOT NULL AND meeting_id = \(bind: m.id)"
            ).first()?.decode(column: "n", as: Int.self)
            #expect(rows == 14)
            // A calendar-only notice posts nothing (a robot holds no calendar).
            let before = try await RobotOutbox(store: store).posts(of: m.id).count
            _ = try await store.write { db in
                try await Notices.queue(
                    Notices.Audience(meetings: [m.id], emailOnly: true), kind: .calendar, now: storeNow, db)
            }
            #expect(try await RobotOutbox(store: store).posts(of: m.id).count == before)
        }
    }

    @Test(
        "claims keep to the platform's window: 20 DingTalk posts at once, the rest when the minute has passed",
        arguments: TestDatabase.allCases)
    func pacedClaims(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let (m, office, _) = try await world(store, size: 1) { group, _ in
                [(draft("客服群", .dingtalk, "https://oapi.dingtalk.com/robot/send?access_token=b"), .department, group)]
            }
            for _ in 0..<25 { _ = try await Notices(store: store).send(m.id, kind: .reminder, by: office, now: storeNow) }
            let outbox = RobotOutbox(store: store, lease: 300)
            var claimed = 0
            for _ in 0..<5 { claimed += try await outbox.claim(limit: 16, now: storeNow).count }
            #expect(claimed == 20)
            let waiting = try await outbox.posts(of: m.id).filter { $0.post.attempts == 0 }
            #expect(waiting.count == 5)
            #expect(waiting.allSatisfy { $0.post.nextAttemptAt == storeNow.addingTimeInterval(63) })
            #expect(try await outbox.claim(limit: 16, now: storeNow.addingTimeInterval(62)).isEmpty)
            #expect(try await outbox.claim(limit: 16, now: storeNow.addingTimeInterval(63)).count == 5)
        }
    }

    @Test(
        "a throttle the platform announced holds the robot's posts without counting an attempt; delivery marks everyone it named",
        arguments: TestDatabase.allCases)
    func throttleAndDelivery(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let (m, office, _) = try await world(store, size: 3) { group, _ in
                [(draft("客服群", .dingtalk, "https://oapi.dingtalk.com/robot/send?access_token=c"), .department, group)]
            }
            _ = try await Notices(store: store).send(m.id, kind: .invitation, by: office, now: storeNow)
            _ = try await Notices(store: store).send(m.id, kind: .update, by: office, now: storeNow)
            let outbox = RobotOutbox(store: store)
            let first = try #require(try await outbox.claim(limit: 1, now: storeNow).first)
            let until = storeNow.addingTimeInterval(600)
            try await outbox.throttled(
                first, until: until, reason: "dingtalk errcode 130101: send too fast",
                addressKey: "https://oapi.dingtalk.com/robot/send?access_token=c")
            #expect(try await outbox.claim(limit: 16, now: storeNow.addingTimeInterval(599)).isEmpty)
            let held = try #require(try await outbox.posts(of: m.id).first { $0.post.id == first.id })
            #expect(held.post.attempts == 0 && held.post.lastError?.contains("130101") == true)
            let later = try await outbox.claim(limit: 16, now: until)
            #expect(later.count == 2)
            for post in later { try await outbox.delivered(post, now: until) }
            let deliveries = try await Notices(store: store).deliveries(of: m.id)
            let named = deliveries.filter { d in d.notices.contains { $0.channel == .webhook } }
            #expect(named.count == 3)  // the department's three agents
            #expect(named.allSatisfy { d in d.notices.first { $0.channel == .webhook }?.state == .sent })
        }
    }

    static let chat = "https://oapi.dingtalk.com/robot/send?access_token=dept"

    @Test(
        "a member's unsigned private robot set up first, then the admin's signed department robot at the same address: the post goes by the department robot, signed",
        arguments: TestDatabase.allCases)
    func theChatsSecretSigns(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let (m, office, group) = try await world(store, size: 3) { _, _ in [] }
            let staff = try #require(try await People(store: store).person(username: "staff"))
            let box = SecretBox.random()
            let robots = Robots(store: store, box: box)
            _ = try await robots.create(
                draft("我的钉钉", .dingtalk, Self.chat), scope: .person, scopeId: staff.id, now: storeNow)
            let department = try await robots.create(
                draft("客服组群", .dingtalk, "HTTPS://OAPI.DINGTALK.COM/robot/send?access_token=dept", secret: "SEC-dept"),
                scope: .department, scopeId: group, now: storeNow.addingTimeInterval(60))
            _ = try await Notices(store: store).send(m.id, kind: .invitation, by: office, now: storeNow)
            let posts = try await RobotOutbox(store: store).posts(of: m.id)
            #expect(posts.count == 1)
            #expect(posts.first?.post.robotId == department.id && posts.first?.robotName == "客服组群")
            #expect(posts.first?.named == 4, "the chat names the department's three agents and the member")
            let post = try #require(posts.first?.post)
            let context = try #require(try await RobotOutbox(store: store).context(of: post))
            #expect(context.robot.id == department.id && context.robot.platform == .dingtalk)
            #expect(try box.open(try #require(context.robot.secretSealed)) == "SEC-dept")
            let addresses = try await store.reader.raw(
                "SELECT DISTINCT address FROM notices WHERE post_id = \(bind: post.id)"
            ).all().map { try $0.decode(column: "address", as: String.self) }
            #expect(addresses == ["客服组群"], "the delivery table names the robot that posts")
        }
    }

    @Test(
        "a post waiting for the chat moves to the robot that signs when it is set up, and back to the next robot when that one is removed",
        arguments: TestDatabase.allCases)
    func waitingPostsFollowTheChat(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let (m, office, group) = try await world(store, size: 2) { _, _ in [] }
            let staff = try #require(try await People(store: store).person(username: "staff"))
            let robots = Robots(store: store, box: SecretBox.random())
            let member = try await robots.create(
                draft("我的钉钉", .dingtalk, Self.chat), scope: .person, scopeId: staff.id, now: storeNow)
            _ = try await Notices(store: store).send(m.id, kind: .invitation, by: office, now: storeNow)
            let outbox = RobotOutbox(store: store)
            #expect(try await outbox.posts(of: m.id).map(\.post.robotId) == [member.id])
            let department = try await robots.create(
                draft("客服组群", .dingtalk, Self.chat, secret: "SEC-dept"), scope: .department, scopeId: group,
                now: storeNow.addingTimeInterval(60))
            let moved = try await outbox.posts(of: m.id)
            #expect(moved.map(\.post.robotId) == [department.id] && moved.first?.post.state == .queued)
            let claimed = try #require(try await outbox.claim(limit: 1, now: storeNow).first)
            #expect(try await outbox.context(of: claimed)?.robot.id == department.id)
            // The department's robot is removed: the member's takes the chat over, nothing fails.
            try await robots.delete(department.id, now: storeNow)
            let back = try await outbox.posts(of: m.id)
            #expect(back.map(\.post.robotId) == [member.id] && back.first?.post.state == .queued)
            #expect(
                try await outbox.context(of: claimed)?.robot.id == member.id, "a claimed post posts with the chat's robot now")
            let failed = try await store.reader.raw(
                "SELECT COUNT(*) AS n FROM notices WHERE meeting_id = \(bind: m.id) AND channel = 'webhook' AND state = 'failed'"
            ).first()?.decode(column: "n", as: Int.self)
            #expect(failed == 0)
            // A chat left without robots loses its waiting posts, saying why (as before).
            try await robots.delete(member.id, now: storeNow)
            #expect(try await outbox.posts(of: m.id).isEmpty)
        }
    }

    @Test(
        "the admin sees the chat: who else set up the address, whether they sign, and which robot posts for it",
        arguments: TestDatabase.allCases)
    func chatsAsTheAdminSeesThem(kind: TestDatabase) async throws {
        try await withStore(kind) { store in
            let (_, _, group) = try await world(store, size: 1) { _, _ in [] }
            let staff = try #require(try await People(store: store).person(username: "staff"))
            let robots = Robots(store: store, box: SecretBox.random())
            let member = try await robots.create(
                draft("我的钉钉", .dingtalk, Self.chat), scope: .person, scopeId: staff.id, now: storeNow)
            let alone = try await robots.create(
                draft("别的群", .wecom, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k"), scope: .department,
                scopeId: group, now: storeNow)
            let department = try await robots.create(
                draft("客服组群", .dingtalk, Self.chat, secret: "SEC-dept"), scope: .department, scopeId: group,
                now: storeNow.addingTimeInterval(60))
            let chats = try await robots.chats()
            #expect(chats.sharingAddress(with: department).map(\.id) == [member.id])
            #expect(chats.sharingAddress(with: member).map(\.id) == [department.id])
            #expect(chats.postsForChat(department) && !chats.postsForChat(member))
            #expect(chats.sharingAddress(with: alone).isEmpty && chats.postsForChat(alone))
            // Without its secret the department's robot still posts: a group robot before a private one.
            let unsigned = try await robots.update(department.id, draft("客服组群", .dingtalk, Self.chat, secret: ""))
            #expect(try await robots.chats().postsForChat(unsigned))
        }
    }

    @Test("a robot's secret is stored sealed and opens only with the installation's key")
    func secretsSealed() async throws {
        try await withStore(.sqlite) { store in
            let f = try await StoreFixture.make(store)
            let box = SecretBox.random()
            let robot = try await Robots(store: store, box: box).create(
                draft("我的", .feishu, "https://open.feishu.cn/open-apis/bot/v2/hook/x", secret: "feishu-secret-1"), scope: .person,
                scopeId: f.staff.id, now: storeNow)
            let stored = try await store.reader.raw("SELECT secret_sealed FROM robots WHERE id = \(bind: robot.id)").first()?
                .decode(column: "secret_sealed", as: String.self)
            #expect(stored?.contains("feishu-secret-1") == false)
            #expect(try box.open(try #require(stored)) == "feishu-secret-1")
            #expect(throws: SecretBox.OpenError.self) { try SecretBox.random().open(stored ?? "") }
        }
    }
}
