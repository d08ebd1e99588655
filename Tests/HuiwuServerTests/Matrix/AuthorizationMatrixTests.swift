import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// X1: every role and relation × every route the app registers — the API with a token, the
/// web pages with a session — answered as the table says (allowed / 403 / 404, 401 or the log-in
/// page for nobody), and a refused call changes nothing in the database. A route added without a
/// row fails the test.
@Suite("Authorization matrix")
struct AuthorizationMatrixTests {
    static var rows: [Row] {
        MatrixRows.api + MatrixRows.meetings + MatrixRows.web + MatrixRows.meetingPages + MatrixRows.ownCasePages
            // The account rows end the caller's sessions (a password change), so they go last.
            + MatrixRows.bookingPages + MatrixRows.bookingBatch + MatrixRows.accountPages
    }

    @Test("every registered route has exactly one row")
    func everyRouteHasARow() async throws {
        #expect((0..<Self.shareCount).flatMap { Self.share($0).map(\.label) } == Self.rows.map(\.label), "shares cover the table")
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

    /// The table is checked in four shares, each in a world of its own: a refused call's snapshot
    /// reads the whole database, which every row's call adds to, so smaller worlds keep the cost
    /// of the whole table near linear, and the shares run side by side. A share keeps the table's
    /// order (the account rows, which end sessions, stay last in theirs).
    static let shareCount = 4

    static func share(_ k: Int) -> ArraySlice<Row> {
        let all = rows
        return all[(k * all.count / shareCount)..<((k + 1) * all.count / shareCount)]
    }

    @Test(
        "each caller gets what the table says, and a refused call changes nothing",
        arguments: TestDatabase.allCases, Array(0..<AuthorizationMatrixTests.shareCount))
    func everyCallerGetsWhatTheTableSays(db: TestDatabase, share: Int) async throws {
        try await withHuiwu(db) { app in
            let world = try await MatrixWorld.make(app)
            var failures: [String] = []
            for row in Self.share(share) {
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

    /// X1: permission comes before validation. A caller who may not make the call hears
    /// 401/403/404 whatever the body says, so a refusal never tells a stranger which fields a
    /// form has, and a forbidden caller is not asked to fix a body they may not send.
    @Test("a refused caller with a body that is wrong in every field still hears the refusal, not 422")
    func refusalComesBeforeValidation() async throws {
        try await withHuiwu(.sqlite) { app in
            let world = try await MatrixWorld.make(app)
            var failures: [String] = []
            for row in Self.rows where row.method != .GET && !row.signsOut {
                for who in Who.allCases {
                    let expected = row.expected(who)
                    guard expected == .forbidden || expected == .notFound || expected == .unauthorized else { continue }
                    var call = try await row.make(world, who)
                    guard call.json != nil || call.form != nil else { continue }
                    // Every field the valid call sends, with a value no field accepts.
                    if let json = call.json { call.json = json.mapValues { _ in [String: String]() as any Sendable } }
                    if let form = call.form {
                        call.form = Dictionary(
                            uniqueKeysWithValues: form.map { ($0.key, $0.key.hasPrefix("_") ? $0.value : "\u{1}") })
                    }
                    let (status, location) = try await world.send(row, call, as: who)
                    let refused: Bool =
                        switch expected {
                        case .unauthorized where row.isWeb: status == .seeOther && (location ?? "").hasPrefix("/login")
                        case .unauthorized: status == .unauthorized
                        case .forbidden: status == .forbidden
                        default: status == .notFound
                        }
                    if !refused { failures.append("\(row.label) as \(who): expected \(expected), got \(status.code)") }
                }
            }
            #expect(
                failures.isEmpty, "\(failures.count) refusals answered the body instead:\n\(failures.joined(separator: "\n"))")
        }
    }
}
