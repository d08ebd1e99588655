import Foundation

/// Leave and delegation as pure rules (R5.6, R3.1): how much notice a request gives against
/// the meeting's start, and whether the rulebook accepts it, citing the clause.
public enum LeaveRules {
    /// Why a leave or delegation request is refused.
    public enum Refusal: Sendable, Equatable, Error {
        /// Requested `given` minutes before the start; the clause requires `required`.
        case tooLate(given: Int, required: Int, citation: Citation)
        /// The meeting has started (or ended).
        case started
    }

    /// Whole minutes between the request and the start (negative once it has started).
    public static func notice(requestedAt: Date, start: Date) -> Int {
        Int((start.timeIntervalSince(requestedAt) / 60).rounded(.down))
    }

    /// Nil when a request at `instant` may go ahead under `rule` (or no rule: any time before the start).
    public static func refusal(requestedAt instant: Date, start: Date, minimum: RuleDuration?, citation: Citation?) -> Refusal? {
        let given = notice(requestedAt: instant, start: start)
        if instant >= start { return .started }
        if let minimum, let citation, given < minimum.minutes {
            return .tooLate(given: given, required: minimum.minutes, citation: citation)
        }
        return nil
    }
}
