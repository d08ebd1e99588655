import Foundation
import HuiwuCore
import SQLKit

/// No-show release (R1.3, X3; A1 §4 on, A5 off): a meeting's room nobody has checked in to
/// within the rulebook's time after the start is released — its booking cancelled, the meeting
/// keeps going without a room — and the organiser told, citing the clause. Per occurrence: each
/// release is a decision on that meeting, so splitting a series keeps the earlier ones; a series
/// whose room went unused N times in a row is flagged to the room office.
/// A room released from a meeting nobody came to: which, when, under which clause.
public struct NoShowReleased: Sendable, Equatable {
    public var room: UUID?
    public var at: Date
    public var citation: Citation
}

extension Attendance {
    /// The latest no-show release of this meeting's room, if any (the meeting page says so
    /// where the room was, with the clause).
    public func release(of meetingId: UUID) async throws -> NoShowReleased? {
        guard
            let row = try await store.reader.raw(
                """
                SELECT parameters, rulebook_version, clause_id, decided_at FROM rule_decisions
                WHERE subject_id = \(bind: meetingId) AND kind = \(bind: Decision.Kind.noShowRelease.rawValue) ORDER BY decided_at DESC LIMIT 1
                """
            ).first()
        else { return nil }
        let parameters = try row.decode(column: "parameters", as: String.self)
        let fields = (try? JSONDecoder().decode([String: String].self, from: Data(parameters.utf8))) ?? [:]
        return NoShowReleased(
            room: fields["room"].flatMap(UUID.init(uuidString:)), at: try row.decode(column: "decided_at", as: Date.self),
            citation: Citation(
                version: try row.decode(column: "rulebook_version", as: Int.self),
                clauseID: try row.decode(column: "clause_id", as: String.self)))
    }

    /// Releases the rooms due at `now` (meetings' and plain bookings'); returns how many.
    @discardableResult
    public func releaseNoShows(now: Date) async throws -> Int {
        let db = store.reader
        guard
            let adopted = try await db.raw("SELECT MIN(created_at) AS at FROM rulebook_versions").first()?
                .decode(column: "at", as: Date?.self)
        else { return 0 }
        let rows = try await db.raw(
            """
            SELECT m.* FROM meetings m JOIN bookings b ON b.id = m.booking_id
            WHERE m.status = 'scheduled' AND m.starts_at <= \(bind: now) AND m.ends_at > \(bind: now)
              AND m.starts_at >= \(bind: adopted) AND b.status IN ('approved', 'pending') AND b.checked_in_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id AND a.checked_in_at IS NOT NULL)
            ORDER BY m.starts_at, m.id LIMIT 100
            """
        ).all()
        var released = 0
        for row in rows {
            let meeting = try MeetingRecord(row: row)
            guard let rule = try await Rulebooks.rulebook(on: time.date(of: meeting.startsAt), db)?.noShow, rule.rule.release,
                meeting.startsAt.addingTimeInterval(TimeInterval(rule.rule.releaseAfterStart.minutes * 60)) <= now
            else { continue }
            if try await release(meeting, rule: rule, now: now) { released += 1 }
        }
        // R1.3: booked-but-unused rooms are released whether a meeting holds them or not.
        return released + (try await releaseUnusedBookings(now: now, adopted: adopted, db))
    }

    /// Releases one meeting's room if it is still unused: the booking's conditional update is
    /// the claim, so two instances release it once.
    func release(_ meeting: MeetingRecord, rule: Cited<NoShowRule>, now: Date) async throws -> Bool {
        try await store.write { db in
            guard
                let booking = try await db.raw(
                    """
                    UPDATE bookings SET status = 'cancelled', decision_reason = \(bind: rule.clause.cite), version = version + 1,
                      updated_at = \(bind: now)
                    WHERE id = (SELECT booking_id FROM meetings WHERE id = \(bind: meeting.id) AND status = 'scheduled')
                      AND status IN ('approved', 'pending') AND checked_in_at IS NULL
                      AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = \(bind: meeting.id) AND a.checked_in_at IS NOT NULL)
                    RETURNING id, room_id
                    """
                ).first()
            else { return false }
            let bookingId = try booking.decode(column: "id", as: UUID.self)
            let roomId = try booking.decode(column: "room_id", as: UUID.self)
            let roomName = try await db.raw("SELECT name FROM rooms WHERE id = \(bind: roomId)").first()?
                .decode(column: "name", as: String.self)
            try await Outbox.audit(
                db, booking: bookingId, actor: nil, action: "released_no_show",
                detail: ["clause": rule.clause.id, "meeting": meeting.id.uuidString], at: now)
            try await Approvals.withdraw(.booking, bookingId, now: now, db)
            try await db.raw(
                """
                UPDATE meetings SET booking_id = NULL, room_id = NULL, version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: meeting.id)
                """
            ).run()
            try await RuleDecisions.record(
                [
                    Decision(
                        .noShowRelease, .released,
                        parameters: ["room": roomId.uuidString, "booking": bookingId.uuidString], citation: rule.citation,
                        subject: meeting.id, person: meeting.organiserId, at: now)
                ], db)
            // In-app, like every other notice about a booking the system changed.
            try await Outbox.notify(
                db, person: meeting.organiserId, kind: .noShowReleased, booking: bookingId,
                params: NotificationParams(
                    roomName: roomName, title: meeting.title, startsAt: meeting.startsAt, endsAt: meeting.endsAt,
                    clause: rule.clause),
                at: now)
            try await Self.flagSeries(meeting, rule: rule, now: now, db)
            return true
        }
    }

    /// Flags the meeting's series to the room office when its room has now gone unused
    /// `flag_series_after` times in a row (again at twice that, and so on).
    static func flagSeries(_ meeting: MeetingRecord, rule: Cited<NoShowRule>, now: Date, _ db: any SQLDatabase) async throws {
        guard let after = rule.rule.flagSeriesAfter, after > 0, let series = meeting.seriesId else { return }
        let recent = try await db.raw(
            """
            SELECT m.id, EXISTS (SELECT 1 FROM rule_decisions d WHERE d.subject_id = m.id AND d.kind = \(bind: Decision.Kind.noShowRelease.rawValue)) AS released
            FROM meetings m
            WHERE m.series_id = \(bind: series) AND m.status = 'scheduled' AND m.starts_at <= (SELECT starts_at FROM meetings WHERE id = \(bind: meeting.id))
            ORDER BY m.starts_at DESC LIMIT \(literal: after * 10)
            """
        ).all()
        var run = 0
        for row in recent {
            guard try row.decode(column: "released", as: Bool.self) else { break }
            run += 1
        }
        guard run > 0, run % after == 0 else { return }
        try await RuleDecisions.record(
            [
                Decision(
                    .noShowSeriesFlagged, .flagged, parameters: ["in_a_row": String(run)],
                    citation: rule.citation, subject: series, person: meeting.organiserId, at: now)
            ], db)
        let office = try await db.raw("SELECT id FROM people WHERE role = 'room_office' AND active = \(bind: true)").all()
            .map { try $0.decode(column: "id", as: UUID.self) }
        try await PersonNotices.tell(
            office.map {
                PersonNotices.Notice(
                    person: $0, kind: .noShowSeriesFlagged, meeting: meeting.id,
                    params: NotificationParams(
                        title: meeting.title, reason: String(run), clause: rule.clause))
            }, now: now, db)
    }
}
