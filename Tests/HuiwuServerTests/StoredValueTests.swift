import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// X5: a stored code the program does not know is an error naming the row, never read
/// as some other value (a meeting of unknown status read as `cancelled` would free its room).
@Suite("Stored values")
struct StoredValueTests {
    @Test(
        "an unknown stored meeting status is an error naming the meeting, not a cancelled meeting",
        arguments: TestDatabase.allCases)
    func unknownStatusIsAnError(db: TestDatabase) async throws {
        try await withHuiwu(db) { app in
            let f = try await Fixture.make(app)
            let made = try await app.send(
                .POST, "/api/v1/meetings", as: f.tokens["staff"],
                json: [
                    "title": "例会", "startsAt": at("10:00", day: "2026-12-02"), "endsAt": at("11:00", day: "2026-12-02"),
                ])
            let id = try #require(UUID(uuidString: made.json["id"] as? String ?? ""))
            try await app.huiwu.store.write { db in
                try await db.raw("UPDATE meetings SET status = 'postponed' WHERE id = \(bind: id)").run()
            }
            let error = await #expect(throws: UnknownStoredValue.self) { _ = try await app.huiwu.meetings.meeting(id) }
            #expect(error?.rowId == id.uuidString && error?.value == "postponed" && error?.column == "status")
        }
    }
}
