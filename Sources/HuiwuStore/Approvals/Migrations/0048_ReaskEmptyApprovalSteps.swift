import FluentKit
import Foundation
import SQLKit

/// A request waiting on a step nobody but its requester could decide is given to the chain's
/// fallback, else the administrators (X1: nobody decides their own case; such steps used to be
/// passed over). Data only: nothing to revert.
struct ReaskEmptyApprovalSteps: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await Approvals.reaskEmptySteps(now: Date(), sql)
    }

    func revert(on database: any Database) async throws {}
}
