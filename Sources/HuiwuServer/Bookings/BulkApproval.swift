import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// Several waiting bookings approved in one go (R1.1, X1), by the approval queue's submit and
/// by `POST /api/v1/bookings/approve` alike: each is decided on its own through
/// `BookingLedger.approve`, exactly as one approval is, so the ledger's rules hold for each — a
/// stale version, a booking no longer waiting, the approver's own booking (nobody decides their
/// own case) — and a refusal of one is reported beside it without touching the others.
enum BulkApproval {
    /// More in one go is refused: each is its own decision, and the answer names every refusal.
    static let limit = 100

    struct Item: Sendable, Equatable {
        var id: UUID
        /// The version the approver saw; nil approves whatever the booking's version is now.
        var version: Int?
    }

    /// Why one booking was not approved, as the single approval would have answered.
    struct Refusal {
        var id: UUID
        var problem: Problem
    }

    struct Outcome {
        var approved: [UUID] = []
        var refused: [Refusal] = []
    }

    static func approve(_ items: [Item], by actor: Actor, req: Request) async throws -> Outcome {
        var outcome = Outcome()
        for item in items {
            do {
                _ = try await req.huiwu.ledger.approve(item.id, by: actor, expectedVersion: item.version, now: req.now)
                outcome.approved.append(item.id)
            } catch let error as BookingError {
                outcome.refused.append(Refusal(id: item.id, problem: ProblemMapper.problem(for: error, on: req)))
            } catch let error as ApprovalError {
                outcome.refused.append(Refusal(id: item.id, problem: ProblemMapper.problem(for: error, on: req)))
            }
        }
        return outcome
    }
}
