import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// Issue 10: every role and relation × every route the app registers — the API with a token, the
/// web pages with a session — answered as the table says (allowed / 403 / 404, 401 or the log-in
/// page for nobody), and a refused call changes nothing in the database. A route added without a
/// row fails the test.
@Suite("Authorization matrix")
struct AuthorizationMatrixTests {
    static var rows: [Row] { MatrixRows.api + MatrixRows.meetings + MatrixRows.web + MatrixRows.meetingPages }

    @Test("every registered route has exactly one row")
    func everyRouteHasARow() async throws {
        try await withHuiwu(.sqlite) { app in
            let registered = Set(
                app.routes.all.map { route in
                    "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
                })
            let labels = Self.rows.map(\.label)
            #expect(
                labels.count == Set(labels).count,
                "rows listed twice: \(labels.filter { l in labels.filter { $0 == l }.count > 1 })")
            let listed = Set(Self.rows.map(\.key))
            #expect(registered.subtracting(listed).sorted() == [], "routes without a row")
            #expect(listed.subtracting(registered).sorted() == [], "rows for routes that do not exist")
        }
    }

    @Test("each caller gets what the table says, and a refused call changes nothing", arguments: TestDatabase.allCases)
    func everyCallerGetsWhatTheTableSays(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let world = try await MatrixWorld.make(app)
            var failures: [String] = []
            for row in Self.rows {
                for who in Who.allCases {
                    do {
                        if let failure = try await world.check(row, as: who) { failures.append(failure) }
                    } catch {
                        failures.append("\(row.label) as \(who): \(error)")
                    }
                }
            }
            let report = "\(failures.count) cells differ from the table:\n" + failures.joined(separator: "\n")
            #expect(failures.isEmpty, "\(report)")
        }
    }
}
