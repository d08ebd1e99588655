import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// X1: seeing every booking on the grid (cleaning, the information centre) is one
/// permission; reading a meeting's content is another — its organiser, its participants and
/// the room office (and admins) only.
@Suite("A meeting's content is private to the people on it")
struct MeetingPrivacyTests {
    @Test(
        "cleaning and information-centre staff not on a meeting get 404 for it and its content, 403 for all meetings",
        arguments: TestDatabase.allCases)
    func gridRolesDoNotReadMeetings(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            var f = try await Fixture.make(app)
            for (username, role) in [("cleaner", Role.cleaning), ("it", Role.infoCentre)] {
                f.tokens[username] = try await Self.signedIn(app, username, role)
            }
            let made = try await app.send(
                .POST, "/api/v1/meetings", as: f.tokens["staff"],
                json: [
                    "title": "人力资源会议", "roomId": f.auto.id.uuidString, "startsAt": at("10:00", day: "2026-12-02"),
                    "endsAt": at("11:00", day: "2026-12-02"), "headcount": 3,
                    "participants": [["kind": "person", "value": f.colleague.id.uuidString]],
                ])
            #expect(made.status == .created)
            let id = try #require(made.json["id"] as? String)
            let paths = [
                "/api/v1/meetings/\(id)", "/api/v1/meetings/\(id)/minutes", "/api/v1/meetings/\(id)/actions",
                "/api/v1/meetings/\(id)/agenda",
            ]
            for user in ["cleaner", "it"] {
                for path in paths {
                    let res = try await app.send(.GET, path, as: f.tokens[user])
                    #expect(res.status == .notFound, "\(user) \(path)")
                }
                let all = try await app.send(.GET, "/api/v1/meetings?all=true&from=2026-12-01&to=2026-12-07", as: f.tokens[user])
                #expect(all.status == .forbidden, "\(user) all=true")
                // The booking itself stays visible on the grid, as before.
                let grid = try await app.send(.GET, "/api/v1/grid?date=2026-12-02", as: f.tokens[user])
                #expect(grid.status == .ok)
            }
            // The organiser, a participant, the room office and an admin read it.
            for user in ["staff", "colleague", "office", "admin"] {
                for path in paths {
                    let res = try await app.send(.GET, path, as: f.tokens[user])
                    #expect(res.status == .ok, "\(user) \(path)")
                }
            }
            let all = try await app.send(.GET, "/api/v1/meetings?all=true&from=2026-12-01&to=2026-12-07", as: f.tokens["office"])
            #expect(all.status == .ok)
            #expect(all.pageItems.contains { $0["id"] as? String == id })
        }
    }

    @Test(
        "a meeting type may open its meetings' content to everyone signed in; by default it stays with the participants",
        arguments: TestDatabase.allCases)
    func typeOpensContentToEveryone(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            var f = try await Fixture.make(app)
            f.tokens["cleaner"] = try await Self.signedIn(app, "cleaner", .cleaning)
            _ = try await app.send(.POST, "/api/v1/meeting-types/templates", as: f.tokens["admin"])
            let types = try await app.send(.GET, "/api/v1/meeting-types", as: f.tokens["admin"]).jsonArray
            let assembly = try #require(types.first { $0["code"] as? String == "a2.school_wide" })
            #expect(assembly["contentAccess"] as? String == "participants")
            var template: [String: Any] = [:]
            for key in [
                "code", "clause", "host", "hostRole", "participants", "rule", "perPeriod", "periodKind", "time",
                "durationMinutes", "adHoc", "cadence", "reportersInOrder", "agenda",
            ] {
                if let value = assembly[key], !(value is NSNull) { template[key] = value }
            }
            template["name"] = assembly["names"]
            template["contentAccess"] = "everyone"
            let typeId = try #require(assembly["id"] as? String)
            let body = String(
                decoding: try JSONSerialization.data(withJSONObject: ["template": template, "active": true]),
                as: UTF8.self)
            let opened = try await app.send(
                .PUT, "/api/v1/meeting-types/\(typeId)", as: f.tokens["admin"],
                headers: ["If-Match": "\"\(assembly["version"] as? Int ?? 1)\""], rawBody: body)
            #expect(opened.status == .ok, "\(opened.body.string)")
            #expect(opened.json["contentAccess"] as? String == "everyone")
            func meeting(_ type: String?, _ hour: String) async throws -> String {
                var body: [String: any Sendable] = [
                    "title": "全员大会", "roomId": f.big.id.uuidString,
                    "startsAt": at("\(hour):00", day: "2026-12-03"),
                    "endsAt": at("\(hour):30", day: "2026-12-03"), "headcount": 3,
                ]
                if let type { body["typeId"] = type }
                let made = try await app.send(.POST, "/api/v1/meetings", as: f.tokens["staff"], json: body)
                #expect(made.status == .created, "\(made.body.string)")
                return made.json["id"] as? String ?? ""
            }
            let open = try await meeting(typeId, "10"), closed = try await meeting(nil, "14")
            for path in ["", "/minutes", "/agenda", "/actions"] {
                #expect(try await app.send(.GET, "/api/v1/meetings/\(open)\(path)", as: f.tokens["cleaner"]).status == .ok)
                #expect(
                    try await app.send(.GET, "/api/v1/meetings/\(closed)\(path)", as: f.tokens["cleaner"]).status == .notFound)
            }
            // Reading is all it opens: changing the meeting is still its organiser's.
            #expect(
                try await app.send(
                    .PUT, "/api/v1/meetings/\(open)/agenda", as: f.tokens["cleaner"],
                    json: ["items": [String]()]
                ).status == .forbidden)
        }
    }

    /// A person of `role` outside every department, signed in: their API token.
    static func signedIn(_ app: Application, _ username: String, _ role: Role) async throws -> String {
        _ = try await Fixture.person(app, username, username, role, department: nil)
        return try await Fixture.token(app, username)
    }
}
