import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// Picking participants by name (R2.5, X6): the search and the meeting page's add form.
@Suite("People are found by name, username and pinyin")
struct PeopleSearchTests {
    @Test("zw finds 张伟, so do 伟 and zhang; the departed are not found", arguments: TestDatabase.allCases)
    func searchFindsByPinyinInitials(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let zhang = try await LastAdministratorTests.personAt(app, f, "zhangwei", role: .departmentHead)
            var renamed = zhang
            renamed.displayName = "张伟"
            _ = try await app.huiwu.people.updatePerson(renamed)
            var gone = try await LastAdministratorTests.personAt(app, f, "zhouwen", role: .staff)
            gone.displayName = "周文"
            gone.active = false
            _ = try await app.huiwu.people.updatePerson(gone)
            for q in ["zw", "ZW", "伟", "zhang", "zhangw"] {
                let found = try await app.huiwu.people.search(q, limit: 10)
                #expect(found.map(\.username) == ["zhangwei"], "\(q)")
            }
            let api = try await app.send(.GET, "/api/v1/people-search?q=zw", as: f.tokens["staff"])
            #expect(api.status == .ok)
            #expect(api.jsonArray.map { $0["displayName"] as? String } == ["张伟"])
            #expect(
                try await app.send(.GET, "/api/v1/people-search?q=zw&limit=500", as: f.tokens["staff"]).status
                    == .unprocessableEntity)
        }
    }

    @Test("the meeting page adds a person typed by name, and says which name it could not find, keeping it")
    func meetingPageAddsByName() async throws {
        try await withHuiwu(.sqlite) { app in
            let f = try await Fixture.make(app)
            let made = try await app.send(
                .POST, "/api/v1/meetings", as: f.tokens["staff"],
                json: ["title": "周会", "startsAt": at("15:00", day: "2026-12-03"), "endsAt": at("16:00", day: "2026-12-03")])
            let meeting = try #require(made.json["id"] as? String)
            let browser = try await PageClient.signIn(app, "staff")
            let unknown = try await browser.post(
                "/meetings/\(meeting)/participants", ["_csrf": browser.csrf, "people": "陈静、无此人"])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.body.contains("没有找到“无此人”"))
            #expect(unknown.body.contains("value=\"陈静、无此人\""))
            let added = try await browser.post(
                "/meetings/\(meeting)/participants",
                ["_csrf": browser.csrf, "people": "陈静 (colleague)", "departments[]": f.sales.id.uuidString])
            #expect(added.status == .seeOther)
            let page = try await browser.page("/meetings/\(meeting)")
            #expect(page.contains("陈静"))
            #expect(page.contains("id=\"participants-add-departments\""))
        }
    }
}
