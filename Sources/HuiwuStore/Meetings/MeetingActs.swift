import Foundation
import HuiwuCore
import SQLKit

/// Someone acted on a meeting while it may be running: marked attendance, recorded an offence,
/// wrote the minutes, changed the agenda, signed the checklist off. Meetings owns the event;
/// whoever draws a consequence from it listens (attendance: present from that act, R5.6), so
/// the meeting and ledger code that acts never calls attendance back.
protocol MeetingActListener: Sendable {
    /// Called in the act's own transaction, before the act takes any lock of its own.
    func acted(
        on meetingId: UUID, by person: UUID, at instant: Date, time: OrgTime, cache: InForceCache, _ db: any SQLDatabase
    ) async throws
}

enum MeetingActs {
    /// Tells every listener (`StoreAssembly.meetingActListeners`) that `actor` acted on the meeting.
    static func acted(
        on meetingId: UUID, by actor: UUID, at instant: Date, time: OrgTime, cache: InForceCache, _ db: any SQLDatabase
    ) async throws {
        for listener in StoreAssembly.meetingActListeners {
            try await listener.acted(on: meetingId, by: actor, at: instant, time: time, cache: cache, db)
        }
    }
}
