import Foundation
import HuiwuCore
import SQLKit

/// The delivery side of the notices table (the transactional outbox): the dispatcher claims
/// due notices for a lease, delivers them, and records the outcome. A claim is a conditional
/// update, so several server processes on one PostgreSQL database never take the same notice;
/// a process killed mid-delivery leaves its claim to expire and the notice is delivered again
/// (at least once).
public struct NoticeOutbox: Sendable {
    public let store: Store
    /// How long a claim holds before another attempt may take the notice.
    public let lease: TimeInterval

    public init(store: Store, lease: TimeInterval = 120) {
        self.store = store
        self.lease = lease
    }
    /// Attempts before a notice is marked failed for good.
    public static let maxAttempts = OutboxLease.maxAttempts

    /// Claims up to `limit` due notices.
    public func claim(limit: Int, now: Date) async throws -> [NoticeRecord] {
        try await OutboxLease.claim("notices", only: "post_id IS NULL", limit: limit, lease: lease, now: now, store: store).map(
            NoticeRecord.init(row:))
    }

    /// Records a delivery; an invitation's copy is then known to be what the recipient holds.
    public func delivered(_ notice: NoticeRecord, now: Date) async throws {
        try await store.write { db in
            try await db.raw(
                """
                UPDATE notices SET state = 'sent', sent_at = \(bind: now), last_error = NULL
                WHERE id = \(bind: notice.id) AND state = 'queued'
                """
            ).run()
            try await CalendarCopies.confirm(notice, db)
        }
    }

    /// Drops a notice that turned out to have nothing to carry (a calendar upkeep for someone
    /// who holds nothing of that series): it was never a message to anyone.
    public func discard(_ notice: NoticeRecord) async throws {
        try await store.write { db in
            try await db.raw("DELETE FROM notices WHERE id = \(bind: notice.id) AND state = 'queued'").run()
        }
    }

    /// Records a failed attempt: retried later, or failed for good after the last attempt (or
    /// at once when retrying cannot help, `permanent`).
    public func failed(_ notice: NoticeRecord, reason: String, permanent: Bool, now: Date) async throws {
        try await OutboxLease.failed(
            "notices", id: notice.id, attempts: notice.attempts, reason: reason, permanent: permanent,
            now: now, store: store)
    }

    /// Notices by state, and the oldest still queued: an operator sees whether mail is flowing.
    public func summary() async throws -> (counts: [NoticeState: Int], oldestQueued: Date?) {
        let rows = try await store.reader.raw("SELECT state, COUNT(*) AS n FROM notices GROUP BY state").all()
        var counts: [NoticeState: Int] = [:]
        for row in rows {
            if let state = NoticeState(rawValue: try row.decode(column: "state", as: String.self)) {
                counts[state] = try row.decode(column: "n", as: Int.self)
            }
        }
        let oldest = try await store.reader.raw("SELECT MIN(created_at) AS t FROM notices WHERE state = 'queued'").first()?
            .decode(column: "t", as: Date?.self)
        return (counts, oldest)
    }

    /// The earliest moment a queued notice becomes due (the dispatcher sleeps until then).
    public func nextDue() async throws -> Date? {
        try await store.reader.raw("SELECT MIN(next_attempt_at) AS t FROM notices WHERE state = 'queued'").first()?
            .decode(column: "t", as: Date?.self)
    }

    /// Queues reminders (X2) for notified meetings starting within each offset (minutes before
    /// the start), once per meeting and offset. Returns how many notices were queued.
    public func queueReminders(offsets: [Int], now: Date) async throws -> Int {
        guard let widest = offsets.max(), widest > 0 else { return 0 }
        let candidates = try await store.reader.raw(
            """
            SELECT m.id, m.starts_at FROM meetings m
            WHERE m.status = 'scheduled' AND m.starts_at > \(bind: now) AND m.starts_at <= \(bind: now.addingTimeInterval(Double(widest) * 60))
              AND \(Notices.notified("m"))
            """
        ).all().map { (try $0.decode(column: "id", as: UUID.self), try $0.decode(column: "starts_at", as: Date.self)) }
        guard !candidates.isEmpty else { return 0 }
        return try await store.write { db in
            var queued = 0
            for (id, starts) in candidates {
                // The nearest offset already reached reminds; wider ones passed meanwhile are only marked.
                let reached = offsets.filter { starts.addingTimeInterval(-Double($0) * 60) <= now }.sorted()
                var remind = false
                for (index, offset) in reached.enumerated() {
                    let inserted = try await db.raw(
                        """
                        INSERT INTO meeting_reminders (meeting_id, offset_minutes, created_at)
                        VALUES (\(bind: id), \(bind: offset), \(bind: now)) ON CONFLICT DO NOTHING RETURNING meeting_id
                        """
                    ).all()
                    if index == 0 && !inserted.isEmpty { remind = true }
                }
                if remind {
                    queued += try await Notices.queue([id], kind: .reminder, onlyNotified: true, now: now, db).queued
                }
            }
            return queued
        }
    }
}

/// Everything a notice's message is written from, read when it is delivered (so a late
/// delivery carries the meeting as it is now).
public struct NoticeContext: Sendable {
    public var meeting: MeetingView
    public var recipientName: String
    public var recipientEmail: String?
    public var organiserEmail: String?
    public var minutes: MinutesRecord?
}

extension NoticeOutbox {
    public func context(of notice: NoticeRecord) async throws -> NoticeContext? {
        let db = store.reader
        guard let meeting = try await Meetings(store: store).meeting(notice.meetingId),
            let p = try await db.raw(
                """
                SELECT p.*, pe.display_name, pe.email FROM meeting_participants p LEFT JOIN people pe ON pe.id = p.person_id
                WHERE p.id = \(bind: notice.participantId)
                """
            ).first()
        else { return nil }
        let participant = try ParticipantRecord(row: p)
        let organiserEmail = try await db.raw("SELECT email FROM people WHERE id = \(bind: meeting.meeting.organiserId)").first()?
            .decode(column: "email", as: String?.self)
        return NoticeContext(
            meeting: meeting,
            recipientName: try p.decode(column: "display_name", as: String?.self) ?? participant.guestName ?? "",
            recipientEmail: try p.decode(column: "email", as: String?.self) ?? participant.guestEmail,
            organiserEmail: organiserEmail,
            minutes: notice.kind == .minutes ? try await MeetingMinutes(store: store).minutes(of: notice.meetingId) : nil)
    }
}
