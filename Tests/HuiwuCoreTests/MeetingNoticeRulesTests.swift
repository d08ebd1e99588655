import Foundation
import HuiwuCore
import Testing

@Suite("Who receives a notice on which channel, and the standard checklist (R5.2, R5.3, X2)")
struct MeetingNoticeRulesTests {
    let person = UUID(uuidString: "6F1C0C4E-0000-4000-8000-000000000001")!

    @Test(
        "a person gets in-app, and e-mail if they have an address; a guest only e-mail; robots post for groups, not per person",
        arguments: [
            (true, "wang@example.cn", false, [NoticeChannel.inApp, .email]),
            (true, nil, false, [.inApp]),
            (true, "", false, [.inApp]),
            (false, "guest@example.org", false, [.email]),
            (false, nil, false, []),
            (true, "wang@example.cn", true, [.email]),
            (true, nil, true, []),
        ] as [(Bool, String?, Bool, [NoticeChannel])])
    func channels(isPerson: Bool, email: String?, calendarOnly: Bool, expected: [NoticeChannel]) {
        let recipient = NoticeRouting.Recipient(personId: isPerson ? person : nil, email: email)
        #expect(NoticeRouting.routes(to: recipient, calendarOnly: calendarOnly).map(\.channel) == expected)
        #expect(NoticeRouting.robotsPost(calendarOnly: calendarOnly) == !calendarOnly)
    }

    @Test("in-app is delivered as written; e-mail waits for the dispatcher")
    func initialStates() {
        #expect(NoticeRouting.routes.map(\.initialState) == [.sent, .queued])
    }

    @Test("each person once, by their first row; guests by address whatever its case")
    func distinctRecipients() {
        let rows: [(String, NoticeRouting.Recipient)] = [
            ("first", .init(personId: person, email: "a@x.cn")),
            ("again", .init(personId: person, email: "other@x.cn")),
            ("guest", .init(personId: nil, email: "Li@Example.org")),
            ("same guest", .init(personId: nil, email: "li@example.org")),
            ("another guest", .init(personId: nil, email: "zhao@example.org")),
        ]
        #expect(NoticeRouting.distinct(rows, by: \.1).map(\.0) == ["first", "guest", "another guest"])
    }

    @Test("the standard checklist: venue the day before, materials two hours, equipment half an hour, titles as catalog keys")
    func standardChecklist() {
        let start = Date(timeIntervalSince1970: 1_796_000_000)
        let items = PreparationChecklist.items(startingAt: start)
        #expect(items.map(\.item.category) == [.venue, .materials, .equipment])
        #expect(items.map { start.timeIntervalSince($0.dueAt) } == [86_400, 7_200, 1_800])
        #expect(items.allSatisfy { $0.item.titleCode.hasPrefix("checklist_default_") })
    }
}
