import HuiwuCore
import HuiwuStore
import Vapor

/// Leave: leave and delegates (R5.5).
struct LeaveCapability: Capability {
    var name: String { "Leave" }

    func routes(_ app: Application) throws {
        try app.register(collection: LeaveAPI())
        try app.register(collection: LeavePages())
    }

    func problem(for error: any Error, _ context: ProblemContext) -> Problem? {
        guard let e = error as? LeaveError else { return nil }
        return ProblemMapper.leaveProblem(e, req: context.req, make: context.make)
    }
}

/// What its handlers take from `req.huiwu`.
extension HuiwuServices {
    public var leave: LeaveRequests { LeaveRequests(store: store, time: time) }
}
