import Foundation
import HuiwuCore
import HuiwuTestSupport
import Testing

@testable import HuiwuStore

/// An install upgraded from per-person webhooks (migration 0037 made each one a private robot
/// without a secret): when the admin sets the same address up as the department's robot with
/// its 加签 secret, the chat's posts go by that robot, signed (R5.2, X2).
@Suite("An upgraded install's private robots and the chat's secret", .serialized)
struct RobotUpgradeTests {
    @Test(
        "a webhook made a private robot by the upgrade, then the admin's signed department robot at its address: the post is the department robot's, signed",
        arguments: TestDatabase.allCases)
    func upgradedInstallPostsSigned(kind: TestDatabase) async throws {
        let old = MigrationCompatibilityTests()
        try await withEmptyDatabase(kind) { location in
            try old.load(kind, into: location)
            try old.setOldWebhook(kind, into: location)
            try await withOpenStores(location) { stores in
                let store = stores[0]
                let people = People(store: store)
                let liuyang = try #require(try await people.person(username: "liuyang"))
                let wangfang = try #require(try await people.person(username: "wangfang"))
                let office = Actor(
                    id: wangfang.id, role: wangfang.roleValue, departmentId: wangfang.departmentId,
                    displayName: wangfang.displayName)
                let box = SecretBox.random()
                let robots = Robots(store: store, box: box)
                let migrated = try #require(try await robots.privateRobot(of: liuyang.id))
                #expect(migrated.platform == .dingtalk && !migrated.hasSecret)
                // The admin sets the chat up after the upgrade, with the secret DingTalk checks.
                let now = migrated.createdAt.addingTimeInterval(3_600)
                let department = try await robots.create(
                    RobotDraft(name: "销售部群", platform: .dingtalk, url: migrated.url, secret: "SEC-sales"), scope: .department,
                    scopeId: try #require(liuyang.departmentId), now: now)
                let start = now.addingTimeInterval(2 * 86_400)
                let meeting = try await MeetingScheduler(store: store, time: shanghai).createMeeting(
                    MeetingDraft(
                        typeId: nil, title: "销售例会", roomId: nil,
                        interval: Interval(start: start, end: start.addingTimeInterval(3_600)),
                        headcount: 2, participants: [ParticipantSelector(kind: .person, value: liuyang.id.uuidString)]),
                    by: office, now: now)
                _ = try await Notices(store: store).send(meeting.id, kind: .invitation, by: office, now: now)
                let outbox = RobotOutbox(store: store)
                let posts = try await outbox.posts(of: meeting.id)
                #expect(posts.map(\.post.robotId) == [department.id])
                let post = try #require(posts.first?.post)
                let context = try #require(try await outbox.context(of: post))
                #expect(context.robot.id == department.id && context.named.map(\.name) == [liuyang.displayName])
                #expect(try box.open(try #require(context.robot.secretSealed)) == "SEC-sales")
            }
        }
    }
}
