import Foundation
import HuiwuCore
import Testing

@Suite("Group robots: who a post names, pacing, size, answers (R5.2, X2)")
struct RobotRulesTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n))! }

    let sales = id(900)
    let finance = id(901)
    let weekly = id(902)

    func robot(_ n: Int, _ scope: RobotRouting.Scope, _ owner: UUID, chat: String, signs: Bool = false) -> RobotRouting.Robot {
        RobotRouting.Robot(id: Self.id(n), scope: scope, scopeId: owner, addressKey: chat, signs: signs)
    }

    @Test("a department's robot names its people on the meeting; a type's robot everyone; a private robot its person")
    func postsNameWhomTheyConcern() {
        let people = (1...6).map { n in
            RobotRouting.Participant(id: Self.id(n), personId: Self.id(100 + n), departmentId: n <= 3 ? sales : finance)
        }
        let guest = RobotRouting.Participant(id: Self.id(7), personId: nil, departmentId: nil)
        let robots = [
            robot(50, .department, sales, chat: "sales"), robot(51, .department, finance, chat: "finance"),
            robot(52, .person, Self.id(104), chat: "private-4"),
        ]
        let posts = RobotRouting.posts(people + [guest], meetingType: weekly, robots: robots)
        #expect(posts.map(\.robotId) == [Self.id(50), Self.id(51), Self.id(52)])
        #expect(posts[0].participants == [Self.id(1), Self.id(2), Self.id(3)])
        #expect(posts[1].participants == [Self.id(4), Self.id(5), Self.id(6)])
        #expect(posts[2].participants == [Self.id(4)])
        let typed = RobotRouting.posts(
            people + [guest], meetingType: weekly, robots: [robot(53, .meetingType, weekly, chat: "t")])
        #expect(typed.map(\.participants) == [(1...7).map(Self.id)])
        #expect(RobotRouting.posts(people, meetingType: nil, robots: [robot(53, .meetingType, weekly, chat: "t")]).isEmpty)
    }

    @Test("robots with one address are one group chat: 22 colleagues who set the same robot get one post, on the first robot")
    func sameAddressIsOnePost() {
        let people = (1...22).map { RobotRouting.Participant(id: Self.id($0), personId: Self.id(100 + $0), departmentId: sales) }
        let robots = (1...22).map {
            robot(200 + $0, .person, Self.id(100 + $0), chat: "https://oapi.dingtalk.com/robot/send?access_token=x")
        }
        let posts = RobotRouting.posts(people, meetingType: nil, robots: robots)
        #expect(posts.count == 1)
        #expect(posts[0].robotId == Self.id(201))
        #expect(posts[0].participants == people.map(\.id))
    }

    @Test(
        "a member's unsigned private robot set up first does not post for the chat: the admin's signed department robot does, naming both"
    )
    func theChatsSecretSigns() {
        let chat = "https://oapi.dingtalk.com/robot/send?access_token=dept"
        let member = Self.id(101)
        let people = [
            RobotRouting.Participant(id: Self.id(1), personId: member, departmentId: sales),
            RobotRouting.Participant(id: Self.id(2), personId: Self.id(102), departmentId: sales),
            RobotRouting.Participant(id: Self.id(3), personId: Self.id(103), departmentId: finance),
        ]
        let memberRobot = robot(60, .person, member, chat: chat)
        let departmentRobot = robot(61, .department, sales, chat: chat, signs: true)
        let posts = RobotRouting.posts(people, meetingType: weekly, robots: [memberRobot, departmentRobot])
        #expect(posts.map(\.robotId) == [Self.id(61)])
        #expect(posts[0].participants == [Self.id(1), Self.id(2)], "the chat names whom any of its robots concerns")
        // The same when the member's robot is the only one that concerns anyone on the meeting.
        let onlyMember = RobotRouting.posts(
            [people[0]], meetingType: nil, robots: [memberRobot, robot(62, .department, finance, chat: chat, signs: true)])
        #expect(onlyMember.map(\.robotId) == [Self.id(62)] && onlyMember[0].participants == [Self.id(1)])
    }

    @Test(
        "the poster of a chat: a signing robot before an unsigned one, then a group robot before a private one, then the one set up first",
        arguments: [
            // (robots in set-up order as (n, scope, signs), expected poster)
            ([(70, RobotRouting.Scope.person, false), (71, .department, false)], 71),
            ([(70, .person, true), (71, .department, false)], 70),
            ([(70, .person, true), (71, .meetingType, true)], 71),
            ([(70, .department, false), (71, .meetingType, false)], 70),
            ([(70, .person, false), (71, .person, false)], 70),
            ([(70, .person, false), (71, .person, true), (72, .department, false)], 71),
            ([(70, .department, true), (71, .department, true)], 70),
        ] as [([(Int, RobotRouting.Scope, Bool)], Int)])
    func posterOrder(robots: [(Int, RobotRouting.Scope, Bool)], expected: Int) {
        let chat = robots.map { robot($0.0, $0.1, Self.id(900 + $0.0), chat: "c", signs: $0.2) }
        #expect(RobotRouting.poster(chat)?.id == Self.id(expected))
        #expect(RobotRouting.poster([]) == nil)
    }

    @Test("when the chat's poster is removed, the next robot of the chat posts; the chat still names everyone its robots concern")
    func nextRobotTakesOver() {
        let people = [
            RobotRouting.Participant(id: Self.id(1), personId: Self.id(101), departmentId: sales),
            RobotRouting.Participant(id: Self.id(2), personId: Self.id(102), departmentId: finance),
        ]
        let all = [
            robot(80, .person, Self.id(101), chat: "c"), robot(81, .department, finance, chat: "c"),
            robot(82, .department, sales, chat: "c", signs: true),
        ]
        #expect(RobotRouting.posts(people, meetingType: nil, robots: all).map(\.robotId) == [Self.id(82)])
        let without = all.filter { $0.id != Self.id(82) }
        let posts = RobotRouting.posts(people, meetingType: nil, robots: without)
        #expect(posts.map(\.robotId) == [Self.id(81)])
        #expect(posts[0].participants == [Self.id(1), Self.id(2)])
    }

    @Test("the address key ignores the case of scheme and host, and keeps path and query")
    func addressKey() {
        #expect(
            RobotRouting.addressKey("HTTPS://OAPI.DingTalk.com/robot/send?access_token=AbC")
                == RobotRouting.addressKey("https://oapi.dingtalk.com/robot/send?access_token=AbC"))
        #expect(
            RobotRouting.addressKey("https://oapi.dingtalk.com/robot/send?access_token=AbC")
                != RobotRouting.addressKey("https://oapi.dingtalk.com/robot/send?access_token=abc"))
    }

    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("DingTalk and WeCom: 20 at once, the 21st when the first has left the minute (with slack)")
    func minuteWindow() {
        for platform in [RobotPlatform.dingtalk, .wecom] {
            let sent = (0..<19).map { t0.addingTimeInterval(Double($0)) }
            #expect(
                RobotPacing.nextSlot(platform: platform, sent: sent, blockedUntil: nil, now: t0.addingTimeInterval(19))
                    == t0.addingTimeInterval(19))
            let twenty = sent + [t0.addingTimeInterval(19)]
            let slot = RobotPacing.nextSlot(platform: platform, sent: twenty, blockedUntil: nil, now: t0.addingTimeInterval(20))
            #expect(slot == t0.addingTimeInterval(60 + 3))
        }
    }

    @Test("Feishu: 5 in a second and 100 in a minute")
    func feishuWindows() {
        let five = (0..<5).map { t0.addingTimeInterval(Double($0) * 0.1) }
        let slot = RobotPacing.nextSlot(platform: .feishu, sent: five, blockedUntil: nil, now: t0.addingTimeInterval(0.5))
        #expect(slot == t0.addingTimeInterval(1.25))
        let hundred = (0..<100).map { t0.addingTimeInterval(Double($0) * 0.5) }
        let later = RobotPacing.nextSlot(platform: .feishu, sent: hundred, blockedUntil: nil, now: t0.addingTimeInterval(50))
        #expect(later == t0.addingTimeInterval(63))
    }

    @Test("a throttle the platform announced holds every post; a generic receiver is not paced")
    func throttleAndGeneric() {
        let until = t0.addingTimeInterval(600)
        #expect(RobotPacing.nextSlot(platform: .dingtalk, sent: [], blockedUntil: until, now: t0) == until)
        let many = (0..<500).map { t0.addingTimeInterval(Double($0) * 0.01) }
        #expect(
            RobotPacing.nextSlot(platform: .generic, sent: many, blockedUntil: nil, now: t0.addingTimeInterval(5))
                == t0.addingTimeInterval(5))
    }

    @Test("text is cut at a character boundary within the byte budget, marked with an ellipsis")
    func textFits() {
        let minutes = String(repeating: "会议纪要😀", count: 400)
        for budget in [0, 1, 3, 4, 5, 100, 2_047] {
            let cut = RobotText.prefix(minutes, bytes: budget)
            #expect(cut.utf8.count <= budget)
            #expect(cut.isEmpty || cut.hasSuffix(RobotText.ellipsis))
            #expect(minutes.hasPrefix(String(cut.dropLast())))
        }
        #expect(RobotText.prefix("短", bytes: 3) == "短")
        #expect(RobotText.largestFitting(upper: 10_000) { $0 <= 2_048 } == 2_048)
        #expect(RobotText.largestFitting(upper: 10_000) { _ in false } == 0)
    }

    @Test(
        "answers are judged as each platform documents them",
        arguments: [
            (RobotPlatform.dingtalk, 200, #"{"errcode":0,"errmsg":"ok"}"#, "accepted"),
            (.dingtalk, 200, #"{"errcode":130101,"errmsg":"send too fast"}"#, "throttled 600"),
            (.dingtalk, 200, #"{"errcode":310000,"errmsg":"sign not match"}"#, "permanent"),
            (.wecom, 200, #"{"errcode":45009,"errmsg":"api freq out of limit"}"#, "throttled 60"),
            (.wecom, 200, #"{"errcode":40058,"errmsg":"content exceed max length"}"#, "permanent"),
            (.feishu, 200, #"{"code":11232,"msg":"frequency limited"}"#, "throttled 60"),
            (.feishu, 200, #"{"code":19021,"msg":"sign match fail"}"#, "permanent"),
            (.feishu, 200, #"{"code":0,"msg":"success"}"#, "accepted"),
            (.generic, 200, #"{"code":200}"#, "accepted"),
            (.generic, 200, #"{"errcode":5}"#, "accepted"),
            (.generic, 503, "", "retry"),
            (.generic, 404, "", "permanent"),
            (.wecom, 429, "", "throttled 60"),
        ] as [(RobotPlatform, UInt, String, String)])
    func answers(platform: RobotPlatform, status: UInt, body: String, expected: String) {
        let got: String =
            switch RobotAnswer.judge(platform, status: status, retryAfter: nil, body: Data(body.utf8)) {
            case .accepted: "accepted"
            case .throttled(let wait, _): "throttled \(Int(wait))"
            case .refused(_, let permanent): permanent ? "permanent" : "retry"
            }
        #expect(got == expected)
    }

    @Test("Retry-After, when the robot gives one, decides the wait")
    func retryAfter() {
        #expect(
            RobotAnswer.judge(.generic, status: 429, retryAfter: 7, body: nil) == .throttled(retryAfter: 7, reason: "HTTP 429"))
    }

    @Test("a mention names one person: mobiles are digits, ids never mean everyone")
    func mentionRules() {
        #expect(ChatAccountRules.isMobile("13800001111"))
        #expect(ChatAccountRules.isMobile("+8613800001111"))
        #expect(!ChatAccountRules.isMobile("@all"))
        #expect(!ChatAccountRules.isMobile("138 0000 1111"))
        #expect(ChatAccountRules.isUserId("ou_7d8a6e6df7621556ce0d21922b676706ccs"))
        #expect(!ChatAccountRules.isUserId("all"))
        #expect(!ChatAccountRules.isUserId("@all"))
        #expect(!ChatAccountRules.isUserId("<at user_id=\"all\">"))
    }
}
