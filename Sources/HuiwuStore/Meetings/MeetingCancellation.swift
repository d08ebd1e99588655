import Foundation
import HuiwuCore
import SQLKit

extension MeetingScheduler {
    /// Cancels a meeting, or it and the later ones, or every one not yet over; each cancelled
    /// meeting frees its room at once. The series records the gap (EXDATE) or its new end.
    public func cancel(
        _ id: UUID, scope: EditScope, reason: String?, by actor: Actor, expectedVersion: Int?,
        now: Date
    ) async throws -> [MeetingRecord] {
        try await store.write { db in
            let loaded = try await self.load(id, scope: scope, by: actor, expectedVersion: expectedVersion, now: now, db)
            var cancelled: [MeetingRecord] = []
            for m in loaded.scope {
                if let bookingId = m.bookingId, let booking = try await BookingLedger.booking(bookingId, db),
                    booking.statusValue.isActive, let room = try await BookingLedger.room(booking.roomId, db)
                {
                    _ = try await BookingLedger.cancelled(booking, room: room, reason: reason, by: actor, now: now, db)
                }
                var next = m
                next.status = .cancelled
                next.sequence += 1
                cancelled.append(try await MeetingRecord.save(next, was: m, now: now, db))
            }
            let series: SeriesRecord?
            if let known = loaded.series { series = known } else { series = try await self.seriesOf(loaded.meeting, db) }
            if var s = series {
                s.version += 1
                s.updatedAt = now
                if scope == .this, let key = loaded.meeting.recurrenceKey {
                    s.schedule.exdates.insert(key)
                } else if scope != .this, let first = loaded.scope.first?.recurrenceKey {
                    s.schedule.rule.count = nil
                    s.schedule.through = first.date.adding(days: -1)
                    if s.schedule.through < s.schedule.start.date { s.status = "cancelled" }
                }
                try await Self.update(s, db)
            }
            try await Self.announce(loaded.scope, now: cancelled, kind: .cancellation, now: now, db)
            return cancelled
        }
    }

}
