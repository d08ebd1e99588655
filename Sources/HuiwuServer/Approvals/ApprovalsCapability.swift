import HuiwuCore
import HuiwuStore
import Vapor

/// Approvals: approval chains and their steps (R3.1).
struct ApprovalsCapability: Capability {
    var name: String { "Approvals" }

    func routes(_ app: Application) throws {
        try app.register(collection: ApprovalsAPI())
    }

    func jobs(_ settings: NoticeSettings) -> [BackgroundJob] {
        [
            // Approvers who let a request wait a day are reminded daily until they decide (R3.1, X2).
            BackgroundJob(name: "approvals.remind", period: .seconds(300)) { app in
                try await app.huiwu.approvals.remindDue(now: app.huiwu.clock.now(), every: 86_400)
            }
        ]
    }

    func problem(for error: any Error, _ context: ProblemContext) -> Problem? {
        guard let e = error as? ApprovalError else { return nil }
        return ProblemMapper.approvalProblem(e, req: context.req, make: context.make)
    }
}

/// What its handlers take from `req.huiwu`.
extension HuiwuServices {
    public var approvals: Approvals { Approvals(store: store) }
}
