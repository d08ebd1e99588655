import Foundation
import HuiwuCore
import SQLKit

/// One decision a candidate rulebook would have taken differently.
public struct DryRunChange: Sendable, Equatable {
    /// A fine as the ledger holds it, or as the candidate would assess it.
    public struct Fine: Sendable, Equatable {
        public var liableName: String
        public var amount: Fen?
        public var daysOfWage: Int?
        public var citation: Citation
    }

    public enum What: Sendable, Equatable {
        /// A participant's attendance outcome.
        case outcome(before: AttendanceOutcome?, after: AttendanceOutcome)
        /// A fine for `trigger`: nil before, it would be new; nil after, it would not be.
        case fine(trigger: FineTrigger, before: Fine?, after: Fine?)
        /// A leave (or delegation) request `given` minutes before the start: refused or not, then
        /// and under the candidate (which requires `required` minutes, citing `citation`).
        case leave(delegation: Bool, given: Int, refusedBefore: Bool, refusedAfter: Bool, required: Int?, citation: Citation?)
    }

    public var meetingId: UUID
    public var meetingTitle: String
    public var startsAt: Date
    public var personName: String
    public var what: What
}

public struct DryRunReport: Sendable, Equatable {
    public var span: Interval
    /// Meetings whose attendance closed in the span (the ones compared).
    public var meetings: Int
    public var leaveRequests: Int
    public var changes: [DryRunChange]
}

/// One capability's part of a dry run (X3): the decisions it took in a span, judged again under a
/// candidate rulebook. The decisions live with the capabilities that took them — attendance and
/// its fines, leave — which sit above the rulebook, so each registers its replay
/// (`StoreAssembly.rulebookReplays`) and the rulebook only gathers the answers.
protocol RulebookReplay: Sendable {
    func replay(
        _ candidate: Rulebook, over span: Interval, time: OrgTime, _ db: any SQLDatabase,
        name: (UUID?) async throws -> String
    ) async throws -> ReplayPart
}

/// What one replay compared and what differed.
struct ReplayPart: Sendable {
    var meetings = 0
    var leaveRequests = 0
    var changes: [DryRunChange] = []
}

/// The dry run (X3): "had this version been in force last month, these decisions would
/// have differed". Replays the candidate over the span's closed meetings — outcomes from the
/// stored check-in and check-out times (a record the chair corrected keeps its corrected
/// outcome: that is a fact, not a rule), fines from those outcomes, notices and wages — and over
/// its leave requests and refusals, and lists what differs from what was decided. Reads only.
extension Rulebooks {
    public func dryRun(_ candidate: Rulebook, over span: Interval, time: OrgTime) async throws -> DryRunReport {
        let db = store.reader
        var names: [UUID: String] = [:]
        func name(_ id: UUID?) async throws -> String {
            guard let id else { return "" }
            if let n = names[id] { return n }
            let n =
                try await db.raw("SELECT display_name FROM people WHERE id = \(bind: id)").first()?
                .decode(column: "display_name", as: String.self) ?? ""
            names[id] = n
            return n
        }
        var report = DryRunReport(span: span, meetings: 0, leaveRequests: 0, changes: [])
        for replay in StoreAssembly.rulebookReplays {
            let part = try await replay.replay(candidate, over: span, time: time, db, name: name)
            report.meetings += part.meetings
            report.leaveRequests += part.leaveRequests
            report.changes += part.changes
        }
        return report
    }
}
