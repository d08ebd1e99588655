import Foundation
import HuiwuCore
import HuiwuStore
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// A clock tests move by hand.
final class MutableClock: WallClock, @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Date
    init(_ instant: Date) { self.instant = instant }
    func now() -> Date { lock.withLock { instant } }
    func set(_ date: Date) { lock.withLock { instant = date } }
    func advance(minutes: Double) { lock.withLock { instant = instant.addingTimeInterval(minutes * 60) } }
}

enum TestDatabase: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres
    var testDescription: String { rawValue }
}

/// The package root, where Resources/ lives.
let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.path
}()

/// 2026-12-01 (a Tuesday) 08:00 in Shanghai: the pinned "now" of most tests.
let testNow = try! Timestamp.parse("2026-12-01T08:00:00+08:00")

/// Gives `body` a fresh application on a fresh database: a new SQLite file, or a new
/// PostgreSQL database on the server `HUIWU_TEST_POSTGRES_URL` points at (`make test` starts one).
func withHuiwu(
    _ kind: TestDatabase, clock: MutableClock = MutableClock(testNow), pool: PostgresPool = PostgresPool(),
    throttle: LoginThrottle = LoginThrottle(), _ body: (Application) async throws -> Void
) async throws {
    let env = ProcessInfo.processInfo.environment
    let location: DatabaseLocation
    var cleanup: (() async throws -> Void)?
    switch kind {
    case .sqlite:
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("huiwu-test-\(UUID().uuidString)")
        location = .sqlite(path: dir.appendingPathComponent("huiwu.sqlite").path)
        cleanup = { try? FileManager.default.removeItem(at: dir) }
    case .postgres:
        guard let admin = env["HUIWU_TEST_POSTGRES_URL"], !admin.isEmpty else {
            if env["HUIWU_REQUIRE_POSTGRES"] == "1" {
                Issue.record("HUIWU_TEST_POSTGRES_URL is not set but PostgreSQL tests are required")
            }
            return
        }
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        try await PostgresAdmin.run(admin, "CREATE DATABASE \(name)")
        location = .postgres(url: PostgresAdmin.url(admin, database: String(name)), pool: pool)
        cleanup = { try await PostgresAdmin.run(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
    }
    let app = try await Application.make(.testing)
    do {
        var config = AppConfig(location: location, clock: clock, bcryptCost: 4, workingDirectory: packageRoot)
        config.loginThrottle = throttle
        try await Huiwu.configure(app, config)
        try await body(app)
    } catch {
        try await app.asyncShutdown()
        try await cleanup?()
        throw error
    }
    try await app.asyncShutdown()
    try await cleanup?()
}
