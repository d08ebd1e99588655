import Foundation
import HuiwuCore
import HuiwuStore
import HuiwuTestSupport
import Testing
import Vapor
import VaporTesting

@testable import HuiwuServer

/// A ledger HR can accept (X3, X5): every entry written is found again by its key, whatever
/// fraction of a microsecond it was written at — SQLite hands a time back rounded to whole
/// microseconds, so a row is never looked up by the time it was written.
@Suite("Ledger integrity: every entry written is found by its key")
struct LedgerIntegrityTests {
    @Test(
        "offences recorded at sub-microsecond instants are each answered 201, read back, appealed, waived and settled",
        arguments: TestDatabase.allCases)
    func entriesWrittenAtSubMicrosecondInstantsAreFound(db: TestDatabase) async throws {
        let clock = MutableClock(testNow)
        try await withHuiwu(db, clock: clock) { app in
            let w = try await AttendanceWorld.make(app, rulebook: "A5", count: 3)
            let base = try Timestamp.parse(at("10:20"))
            let office = w.f.tokens["office"]
            var ids: [String] = []
            for i in 0..<30 {
                // Steps of 0.37 µs walk across every rounding boundary of the microsecond.
                clock.set(base.addingTimeInterval(Double(i) * 0.000_000_37 + 0.000_000_49))
                let target = w.participant[w.people[i % 3].id]!.uuidString
                let made = try await app.send(
                    .POST, "/api/v1/meetings/\(w.meeting)/offences", as: office,
                    json: ["clauseId": "A5-9-disturb", "participantId": target, "reason": "第\(i)次"])
                #expect(made.status == .created, "offence \(i): \(made.body.string)")
                ids.append(try #require(made.json["id"] as? String))
            }
            let stored = try await app.huiwu.store.reader.raw("SELECT COUNT(*) AS n FROM penalty_entries").first()?
                .decode(column: "n", as: Int.self)
            #expect(stored == 30)
            for (i, id) in ids.enumerated() {
                let line = try await app.huiwu.penalties.line(try #require(UUID(uuidString: id)))
                #expect(line?.entry.id.uuidString == id, "entry \(i) is found by its id")
            }
            // Each step on each entry finds it (appeal by the person; waive, decide, settle by the office).
            for (i, id) in ids.enumerated() {
                clock.set(base.addingTimeInterval(3_600 + Double(i) * 0.000_000_37 + 0.000_000_49))
                let step: String
                switch i % 3 {
                case 0: step = "waive"
                case 1: step = "settle"
                default:
                    let person = try await Fixture.token(app, "p\(i % 3)")
                    let appealed = try await app.send(.POST, "/api/v1/penalties/\(id)/appeal", as: person, json: ["reason": "异议"])
                    #expect(appealed.status == .ok, "appeal \(i): \(appealed.body.string)")
                    step = "reject_appeal"
                }
                let taken = try await app.send(.POST, "/api/v1/penalties/\(id)/\(step)", as: office, json: ["reason": "处理"])
                #expect(taken.status == .ok, "\(step) \(i): \(taken.body.string)")
            }
        }
    }

    @Test("fines assessed when attendance closes at a sub-microsecond instant are each found and waived")
    func finesFromClosingAreFound() async throws {
        for db in TestDatabase.allCases {
            let clock = MutableClock(testNow)
            try await withHuiwu(db, clock: clock) { app in
                let w = try await AttendanceWorld.make(app, rulebook: "A3", count: 6, wage: 20_000)
                try await w.checkIn(w.organiser, "09:50", clock: clock)
                for p in w.people { try await w.checkIn(p, "10:10", clock: clock) }
                clock.set(try Timestamp.parse(at("11:30")).addingTimeInterval(0.000_000_77))
                #expect(try await AttendanceJobs.closeDue(app) == 1)
                let all = try await app.send(.GET, "/api/v1/penalties?scope=all", as: w.f.tokens["office"]).jsonArray
                #expect(all.count == 6)
                for fine in all {
                    let id = try #require(fine["id"] as? String)
                    let waived = try await app.send(
                        .POST, "/api/v1/penalties/\(id)/waive", as: w.f.tokens["office"], json: ["reason": "首次"])
                    #expect(waived.status == .ok && waived.json["status"] as? String == "reversed")
                }
            }
        }
    }
}
