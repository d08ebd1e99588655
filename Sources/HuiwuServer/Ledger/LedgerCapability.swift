import HuiwuCore
import HuiwuStore
import Vapor

/// Ledger: the penalty ledger: fines, offences, appeals (R3.2, R5.7).
struct LedgerCapability: Capability {
    var name: String { "Ledger" }

    func routes(_ app: Application) throws {
        try app.register(collection: PenaltiesAPI())
        try app.register(collection: PenaltyPages())
    }

    func problem(for error: any Error, _ context: ProblemContext) -> Problem? {
        guard let e = error as? PenaltyError else { return nil }
        return ProblemMapper.penaltyProblem(e, req: context.req, make: context.make)
    }
}

/// What its handlers take from `req.huiwu`.
extension HuiwuServices {
    public var penalties: PenaltyLedger { PenaltyLedger(store: store) }
}
