import FluentKit
import FluentPostgresDriver
import Foundation
import HuiwuCore
import Logging
import NIOCore
import NIOPosix
import Testing

@testable import HuiwuStore

enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres
    var testDescription: String { rawValue }
}

let storeNow = try! Timestamp.parse("2026-12-01T08:00:00+08:00")
let shanghai = OrgTime(zone: TimeZone(identifier: "Asia/Shanghai")!)

func local(_ hhmm: String, day: String = "2026-12-01") -> Date { try! Timestamp.parse("\(day)T\(hhmm):00+08:00") }

/// A fresh store (new SQLite file, or new PostgreSQL database) without any HTTP layer.
func withStore(_ kind: StoreKind, _ body: (Store) async throws -> Void) async throws {
    try await withStores(kind, count: 1) { try await body($0[0]) }
}

/// `count` stores on one fresh database, each with its own connection pool, as separate server
/// processes would have (a fleet, issue 9). Only PostgreSQL is shared like that; on SQLite use one.
func withStores(
    _ kind: StoreKind, count: Int, pool: PostgresPool = PostgresPool(),
    _ body: ([Store]) async throws -> Void
) async throws {
    try await withEmptyDatabase(kind, pool: pool) { location in
        let logger = Logger(label: "store-test")
        let group = MultiThreadedEventLoopGroup.singleton
        let pools = (0..<count).map { _ in Databases(threadPool: NIOThreadPool.singleton, on: group) }
        var stores: [Store] = []
        do {
            for databases in pools {
                stores.append(
                    try await StoreBootstrap.open(
                        location, databases: databases, migrations: Migrations(),
                        threadPool: NIOThreadPool.singleton, eventLoopGroup: group,
                        logger: logger))
            }
            try await body(stores)
        } catch {
            for store in stores { await store.shutdown() }
            for databases in pools { await databases.shutdownAsync() }
            throw error
        }
        for store in stores { await store.shutdown() }
        for databases in pools { await databases.shutdownAsync() }
    }
}

/// Where a fresh, empty database is (nothing migrated), dropped after `body`; nothing runs
/// when PostgreSQL is not configured for this run.
func withEmptyDatabase(
    _ kind: StoreKind, pool: PostgresPool = PostgresPool(),
    _ body: (DatabaseLocation) async throws -> Void
) async throws {
    let env = ProcessInfo.processInfo.environment
    let logger = Logger(label: "store-test")
    let location: DatabaseLocation
    let cleanup: () async throws -> Void
    switch kind {
    case .sqlite:
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("huiwu-store-\(UUID().uuidString)")
        location = .sqlite(path: dir.appendingPathComponent("huiwu.sqlite").path)
        cleanup = { try? FileManager.default.removeItem(at: dir) }
    case .postgres:
        guard let admin = env["HUIWU_TEST_POSTGRES_URL"], !admin.isEmpty else {
            if env["HUIWU_REQUIRE_POSTGRES"] == "1" { Issue.record("HUIWU_TEST_POSTGRES_URL is required") }
            return
        }
        let name = "s_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        try await adminSQL(admin, "CREATE DATABASE \(name)", logger: logger)
        var components = URLComponents(string: admin)!
        components.path = "/" + name
        location = .postgres(url: components.string!, pool: pool)
        cleanup = { try await adminSQL(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)", logger: logger) }
    }
    do {
        try await body(location)
    } catch {
        try await cleanup()
        throw error
    }
    try await cleanup()
}

func adminSQL(_ url: String, _ sql: String, logger: Logger) async throws {
    let config = try SQLPostgresConfiguration(url: url)
    let connection = try await PostgresConnection.connect(configuration: config.coreConfiguration, id: 1, logger: logger)
    do {
        try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
        try await connection.close()
    } catch {
        try? await connection.close()
        throw error
    }
}

/// Two people and two rooms.
struct StoreFixture {
    var staff: Actor
    var office: Actor
    var room: RoomRecord
    var other: RoomRecord

    static func make(_ store: Store) async throws -> StoreFixture {
        let directory = People(store: store)
        let dept = try await directory.createDepartment(name: "销售部", parentId: nil, now: storeNow)
        func person(_ name: String, _ role: Role) async throws -> Actor {
            let p = try await directory.createPerson(
                PersonRecord(
                    id: UUID(), username: name, displayName: name, passwordHash: "x", role: role.rawValue, position: nil,
                    email: nil, active: true, createdAt: storeNow, departmentId: dept.id))
            return Actor(id: p.id, role: role, departmentId: dept.id, displayName: name)
        }
        let rooms = Rooms(store: store)
        return StoreFixture(
            staff: try await person("staff", .staff), office: try await person("office", .roomOffice),
            room: try await rooms.create(RoomSpec(name: "A", capacity: 10), now: storeNow).room,
            other: try await rooms.create(RoomSpec(name: "B", capacity: 20), now: storeNow).room)
    }

    func draft(_ from: String, _ to: String, room: RoomRecord? = nil) -> BookingDraft {
        BookingDraft(
            roomId: (room ?? self.room).id, interval: Interval(start: local(from), end: local(to)), title: "t",
            purpose: "meeting", headcount: 4)
    }
}
