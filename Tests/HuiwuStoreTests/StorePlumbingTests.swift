import FluentKit
import Foundation
import HuiwuCore
import HuiwuTestSupport
import Logging
import NIOPosix
import SQLKit
import Testing

@testable import HuiwuStore

@Suite("Store plumbing")
struct StorePlumbingTests {
    @Test("DATABASE_URL selects PostgreSQL, otherwise the SQLite file in the data directory")
    func databaseLocationFromEnvironment() throws {
        #expect(try DatabaseLocation.from(environment: [:], dataDirectory: "/tmp/d") == .sqlite(path: "/tmp/d/huiwu.sqlite"))
        #expect(
            try DatabaseLocation.from(environment: ["DATABASE_URL": "postgres://u@h/db"], dataDirectory: "x")
                == .postgres(url: "postgres://u@h/db"))
    }

    @Test("SQLite syncs every commit unless HUIWU_SQLITE_SYNCHRONOUS=normal says otherwise; other values stop the start")
    func sqliteSynchronousSetting() throws {
        #expect(
            try DatabaseLocation.from(environment: [:], dataDirectory: "/d")
                == .sqlite(path: "/d/huiwu.sqlite", synchronous: .full))
        #expect(
            try DatabaseLocation.from(environment: ["HUIWU_SQLITE_SYNCHRONOUS": "NORMAL"], dataDirectory: "/d")
                == .sqlite(path: "/d/huiwu.sqlite", synchronous: .normal))
        #expect(throws: BadSetting(name: "HUIWU_SQLITE_SYNCHRONOUS", value: "off", expected: "full or normal")) {
            try DatabaseLocation.from(environment: ["HUIWU_SQLITE_SYNCHRONOUS": "off"], dataDirectory: "/d")
        }
    }
}

@Suite("Audit detail JSON")
struct JSONTextTests {
    @Test("flat maps are written as valid, sorted JSON with escapes")
    func writesValidJSON() throws {
        let detail = ["b": "引号\"与\\反斜杠\n", "a": "\u{1}x", "c": ""]
        let text = JSONText.object(detail)
        #expect(text.hasPrefix("{\"a\""))
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]
        #expect(parsed == detail)
    }
}

@Suite("Notification parameters JSON")
struct NotificationParamsTests {
    @Test("the hand-written JSON matches JSONEncoder's and reads back")
    func handWrittenJSONRoundTrips() throws {
        let slot = AlternativeSlot(
            roomId: UUID(), roomName: "大会议室 \"A\"", startsAt: Date(timeIntervalSince1970: 1_796_088_600),
            endsAt: Date(timeIntervalSince1970: 1_796_092_200.5))
        let params = NotificationParams(
            roomName: "第一会议室", title: "周\n例会", startsAt: Date(timeIntervalSince1970: 1_796_000_000),
            endsAt: Date(timeIntervalSince1970: 1_796_003_600), reason: "接待\\", actorName: nil,
            alternatives: [slot])
        #expect(NotificationParams.decode(params.json) == params)
        let reference = try JSONSerialization.jsonObject(with: NotificationParams.encoder.encode(params)) as? NSDictionary
        let ours = try JSONSerialization.jsonObject(with: Data(params.json.utf8)) as? NSDictionary
        #expect(reference == ours)
        #expect(NotificationParams.decode(NotificationParams().json) == NotificationParams())
    }

    @Test("ordered ids sort in creation order")
    func orderedIDsSort() {
        let ids = (0..<1000).map { _ in OrderedID.next() }
        #expect(ids.map(\.uuidString) == ids.map(\.uuidString).sorted())
        #expect(Set(ids).count == 1000)
    }
}

@Suite("SQLite durability")
struct SQLiteDurabilityTests {
    /// The writer's own `PRAGMA synchronous` (0 off, 1 normal, 2 full), read through the write path.
    func synchronousLevel(_ synchronous: SQLiteSynchronous?) async throws -> Int? {
        var level: Int?
        try await withEmptyDatabase(.sqlite) { location in
            guard case .sqlite(let path, _) = location else { return }
            let chosen: DatabaseLocation = synchronous.map { .sqlite(path: path, synchronous: $0) } ?? .sqlite(path: path)
            try await withOpenStores(chosen) { stores in
                let store = stores[0]
                level = try await store.write { db in
                    try await db.raw("PRAGMA synchronous").first()?.decode(column: "synchronous", as: Int.self)
                }
            }
        }
        return level
    }

    @Test("an acknowledged write is synced to disk: the writer runs synchronous=FULL unless NORMAL is chosen")
    func writerSyncsEveryCommitByDefault() async throws {
        #expect(try await synchronousLevel(nil) == 2)
        #expect(try await synchronousLevel(.full) == 2)
        #expect(try await synchronousLevel(.normal) == 1)
    }
}
