import FluentPostgresDriver
import Foundation
import HuiwuStore
import Logging
import Testing

/// The two databases every storage behaviour is tested on.
public enum TestDatabase: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres
    public var testDescription: String { rawValue }
}

/// Where a fresh, empty database is (nothing migrated), dropped after `body`: a new SQLite file,
/// or a new database on the PostgreSQL server `HUIWU_TEST_POSTGRES_URL` points at (`make test`
/// starts one). Without that server a PostgreSQL case records a warning with the reason and is
/// cancelled — never a silent pass — and with `HUIWU_REQUIRE_POSTGRES=1` (as `make test` sets) it fails.
public func withEmptyDatabase(
    _ kind: TestDatabase, pool: PostgresPool = PostgresPool(), _ body: (DatabaseLocation) async throws -> Void
) async throws {
    let env = ProcessInfo.processInfo.environment
    let location: DatabaseLocation
    let cleanup: () async throws -> Void
    switch kind {
    case .sqlite:
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("huiwu-test-\(UUID().uuidString)")
        location = .sqlite(path: dir.appendingPathComponent("huiwu.sqlite").path)
        cleanup = { try? FileManager.default.removeItem(at: dir) }
    case .postgres:
        guard let admin = env["HUIWU_TEST_POSTGRES_URL"], !admin.isEmpty else {
            if env["HUIWU_REQUIRE_POSTGRES"] == "1" {
                Issue.record("HUIWU_REQUIRE_POSTGRES=1 but HUIWU_TEST_POSTGRES_URL is not set")
                return
            }
            // A warning is printed with the test and counted in the run's summary; the case is then
            // cancelled, so it is never reported as having checked anything.
            let reason: Comment = "PostgreSQL case not run: set HUIWU_TEST_POSTGRES_URL (make test starts a server)"
            Issue.record(reason, severity: .warning)
            try Test.cancel(reason)
        }
        await PostgresGate.shared.enter()
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        do {
            try await PostgresAdmin.run(admin, "CREATE DATABASE \(name)")
        } catch {
            await PostgresGate.shared.leave()
            throw error
        }
        location = .postgres(url: PostgresAdmin.url(admin, database: String(name)), pool: pool)
        cleanup = {
            defer { Task { await PostgresGate.shared.leave() } }
            try await PostgresAdmin.run(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        }
    }
    do {
        try await body(location)
    } catch {
        try await cleanup()
        throw error
    }
    try await cleanup()
}

/// Creates and drops per-test databases on the test PostgreSQL server.
public enum PostgresAdmin {
    public static func url(_ admin: String, database: String) -> String {
        guard var components = URLComponents(string: admin) else { return admin }
        components.path = "/" + database
        return components.string ?? admin
    }

    public static func run(_ adminURL: String, _ sql: String) async throws {
        let logger = Logger(label: "test-admin")
        let config = try SQLPostgresConfiguration(url: adminURL)
        let connection = try await PostgresConnection.connect(configuration: config.coreConfiguration, id: 1, logger: logger)
        do {
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }
}

/// At most `limit` PostgreSQL test databases in use at once: each store opens up to sixteen
/// connections and the test server allows 300, and the suite runs its tests in parallel.
actor PostgresGate {
    static let shared = PostgresGate(limit: 10)
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { free = limit }

    func enter() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func leave() {
        if waiting.isEmpty {
            free += 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
