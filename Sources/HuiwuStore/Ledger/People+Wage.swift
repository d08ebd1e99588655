import Foundation
import HuiwuCore
import SQLKit

extension People {
    /// The person's daily wage (R3.2: 旷工扣除3天工资), known only to administrators.
    public func dailyWage(of person: UUID) async throws -> Fen? {
        guard let row = try await store.reader.raw("SELECT daily_wage_fen FROM people WHERE id = \(bind: person)").first() else {
            throw StoreError.notFound
        }
        return try row.decode(column: "daily_wage_fen", as: Int?.self).map(Fen.init)
    }

    /// Sets (or clears) the daily wage; fines of "N days' wages" still without an amount are
    /// completed with it in the same transaction. A wage prices one's own fines, so nobody sets
    /// their own (X1): another administrator does.
    public func setDailyWage(_ person: UUID, _ wage: Fen?, by actor: UUID, now: Date) async throws {
        if OwnCase.applies(actor: actor, concerns: [person]) { throw PenaltyError.ownCase(person: person) }
        try await store.write { db in
            guard try await db.raw("SELECT id FROM people WHERE id = \(bind: person)").first() != nil else {
                throw StoreError.notFound
            }
            try await db.raw("UPDATE people SET daily_wage_fen = \(bind: wage?.value) WHERE id = \(bind: person)").run()
            if let wage { try await PenaltyLedger.completeWages(person: person, wage: wage, now: now, db) }
        }
    }
}
