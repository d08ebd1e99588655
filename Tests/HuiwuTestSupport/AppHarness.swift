import Foundation
import HuiwuCore
import HuiwuServer
import HuiwuStore
import Vapor

/// A clock tests move by hand.
public final class MutableClock: WallClock, @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Date
    public init(_ instant: Date) { self.instant = instant }
    public func now() -> Date { lock.withLock { instant } }
    public func set(_ date: Date) { lock.withLock { instant = date } }
    public func advance(minutes: Double) { lock.withLock { instant = instant.addingTimeInterval(minutes * 60) } }
}

/// The package root, where Resources/ lives (Tests/HuiwuTestSupport/AppHarness.swift).
public let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// 2026-12-01 (a Tuesday) 08:00 in Shanghai: the pinned "now" of most tests.
public let testNow = try! Timestamp.parse("2026-12-01T08:00:00+08:00")

/// Gives `body` a fresh application on a fresh database (see `withEmptyDatabase`).
public func withHuiwu(
    _ kind: TestDatabase, clock: MutableClock = MutableClock(testNow), pool: PostgresPool = PostgresPool(),
    throttle: LoginThrottle = LoginThrottle(), _ body: (Application) async throws -> Void
) async throws {
    try await withEmptyDatabase(kind, pool: pool) { location in
        let app = try await Application.make(.testing)
        do {
            var config = AppConfig(location: location, clock: clock, bcryptCost: 4, workingDirectory: packageRoot)
            config.loginThrottle = throttle
            try await Huiwu.configure(app, config)
            try await body(app)
        } catch {
            try await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }
}
