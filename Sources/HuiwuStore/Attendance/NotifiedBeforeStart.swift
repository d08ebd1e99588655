import Foundation
import SQLKit

/// R5.2: a participant was notified when an invitation, update or reminder reached them before
/// the meeting began (A5: an absentee never notified is the organiser's fine). One condition for
/// closing, corrections and the dry run. The start is read from the meeting's row in the
/// database, never bound from a start read back: SQLite rounds a time read back to whole
/// microseconds, so it is not the value stored.
enum NotifiedBeforeStart {
    /// The condition on the notices aliased `n` of the meeting whose id is the SQL `meeting`.
    static func condition(notices n: String, meeting: SQLQueryString) -> SQLQueryString {
        """
        \(unsafeRaw: n).meeting_id = \(meeting) AND \(unsafeRaw: n).kind IN ('invitation', 'update', 'reminder')
          AND \(unsafeRaw: n).state IN ('sent', 'read')
          AND \(unsafeRaw: n).sent_at <= (SELECT ms.starts_at FROM meetings ms WHERE ms.id = \(meeting))
        """
    }

    static func condition(notices n: String, meeting: UUID) -> SQLQueryString {
        condition(notices: n, meeting: "\(bind: meeting)")
    }
}
