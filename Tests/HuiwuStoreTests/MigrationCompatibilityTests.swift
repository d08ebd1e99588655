import FluentKit
import Foundation
import HuiwuCore
import HuiwuTestSupport
import Logging
import NIOPosix
import SQLKit
import Testing

@testable import HuiwuStore

/// Databases made before every migration moved into a file of its own
/// (`Tests/Fixtures/demo-before-issue-11.*.sql`, the demo organisation as `huiwu demo` wrote it at
/// 3ddfdec). Migrations are identified by their type names, so the move must leave every
/// existing database with nothing to run again and nothing lost.
@Suite("A database made before the layout change opens with the new code", .serialized)
struct MigrationCompatibilityTests {
    /// Migrations added after the fixture was made.
    static let writtenSince: [any Migration] = [
        AddChecklistTitleCode(), CreateRobot(), CreateRobotPost(), AddPersonChatAccounts(), CreateRulebookVersion(),
        CreateRuleDecision(), CreateAttendance(),
        CreatePenaltyEntry(), CreateApproval(), CreateLeaveRequest(), AddRoomKioskKeyGeneration(),
        AddParticipantAuthorisedBy(), ReaskEmptyApprovalSteps(), ClearStaffHostRole(), AddPersonNameSearch(),
    ]

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// Loads the fixture dump with the database's own command-line client, as an operator would.
    func load(_ kind: TestDatabase, into location: DatabaseLocation) throws {
        let process = Process()
        switch location {
        case .sqlite(let path, _):
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true)
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            process.arguments = [path, ".read " + Self.fixtures.appendingPathComponent("demo-before-issue-11.sqlite.sql").path]
        case .postgres(let url, _):
            process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
            process.arguments = [
                "-q", "-v", "ON_ERROR_STOP=1", "-o", "/dev/null", "-d", url,
                "-f", Self.fixtures.appendingPathComponent("demo-before-issue-11.postgres.sql").path,
            ]
        }
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "loading the \(kind) fixture failed")
    }

    /// A chat-bot webhook a person set up before group robots existed, in the fixture database.
    static let oldWebhook =
        "UPDATE people SET webhook_url = 'https://oapi.dingtalk.com/robot/send?access_token=old', "
        + "webhook_format = 'dingtalk' WHERE username = 'liuyang'"

    func setOldWebhook(_ kind: TestDatabase, into location: DatabaseLocation) throws {
        let process = Process()
        switch location {
        case .sqlite(let path, _):
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            process.arguments = [path, Self.oldWebhook]
        case .postgres(let url, _):
            process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
            process.arguments = ["-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", Self.oldWebhook]
        }
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "setting the old webhook on \(kind) failed")
    }

    @Test(
        "every migration is already applied under its old name, only the ones written since run, and the demo data reads back",
        arguments: TestDatabase.allCases)
    func oldDatabaseMigratesAsBefore(kind: TestDatabase) async throws {
        try await withEmptyDatabase(kind) { location in
            try load(kind, into: location)
            try setOldWebhook(kind, into: location)
            try await withOpenStores(location) { stores in
                let store = stores[0]
                // The person's webhook is now their private robot, to the same address (X2).
                let liuyang = try #require(try await People(store: store).person(username: "liuyang"))
                let robot = try await Robots(store: store, box: .random()).privateRobot(of: liuyang.id)
                #expect(robot?.url == "https://oapi.dingtalk.com/robot/send?access_token=old")
                #expect(robot?.platform == .dingtalk && robot?.hasSecret == false)
                let sql = store.database() as! any SQLDatabase
                struct Applied: Decodable {
                    var name: String
                    var batch: Int
                }
                let applied = try await sql.raw("SELECT name, batch FROM _fluent_migrations").all(decoding: Applied.self)
                let expected = MigrationList.all.map(\.name)
                #expect(Set(applied.map(\.name)) == Set(expected))
                #expect(applied.count == expected.count, "no migration ran twice")
                // The fixture's migrations stay in its one batch; only those written after it run.
                let old = Set(applied.filter { $0.batch == 1 }.map(\.name))
                #expect(Set(expected).subtracting(old) == Set(Self.writtenSince.map(\.name)))
                #expect(Set(applied.filter { $0.batch != 1 }.map(\.batch)).count <= 1, "the new ones ran as one batch")
                struct Count: Decodable { var n: Int }
                func count(_ table: String) async throws -> Int {
                    try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first(decoding: Count.self)?.n ?? -1
                }
                #expect(try await count("bookings") == 136)
                #expect(try await count("meetings") == 16)
                // Every room starts at kiosk key generation 0: the kiosks already set up keep working.
                for room in try await Rooms(store: store).rooms() {
                    let key = try await Rooms(store: store).kioskKey(of: room.id)
                    #expect(key?.generation == 0 && key?.rotatedAt == nil, "\(room.name)")
                }
                let page = try await Bookings(store: store).page(Bookings.Query(), PageRequest(limit: 1_000))
                #expect(page.rows.count == 136, "every booking decodes with the new row readers")
                // The standard checklist items the old code wrote in zh-Hans now carry their key.
                let keyed = try await sql.raw(
                    "SELECT COUNT(*) AS n FROM checklist_items WHERE title_code IS NOT NULL AND category <> 'other'"
                ).first(decoding: Count.self)?.n
                #expect(keyed == 48)
                #expect(try await count("checklist_items") == 48)
                // The shipped staff-chaired types no longer make every staff attendee a chair.
                struct HostRole: Decodable { var host_role: String? }
                let roles = try await sql.raw(
                    "SELECT host_role FROM meeting_types WHERE code IN ('a2.class_weekly', 'a3.shift_handover')"
                ).all(decoding: HostRole.self)
                #expect(roles.count == 2 && roles.allSatisfy { $0.host_role == nil })
            }
        }
    }
}
