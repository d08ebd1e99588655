import Foundation
import HuiwuCore

/// What placing a repeated booking came to: the bookings made, and each day refused with why.
public struct RepeatedPlacement: Sendable {
    public struct Refusal: Sendable {
        public var date: CivilDate
        /// `.conflict` (the slot is taken) or `.rules` (against the room's rules that day).
        public var error: BookingError
    }

    public var made: [BookingRecord]
    public var refused: [Refusal]
}

extension BookingLedger {
    /// Places `draft` on every day of `repetition` at the same local time (R1.1 with R2.2). Each
    /// occurrence goes through `place` on its own, so a taken slot is never double-booked, even
    /// against a client repeating over the same slots at the same moment: it is reported by date
    /// and the others are made. Any other refusal (an unknown room, a role that may not book)
    /// holds for every day alike and is thrown.
    public func placeRepeated(
        _ draft: BookingDraft, _ repetition: BookingRepetition, by actor: Actor, now: Date
    ) async throws -> RepeatedPlacement {
        let startMinute = time.minuteOfDay(draft.interval.start)
        let duration = draft.interval.duration
        var outcome = RepeatedPlacement(made: [], refused: [])
        for day in repetition.days {
            var one = draft
            let start = time.instant(day, minutes: startMinute)
            one.interval = Interval(start: start, end: start.addingTimeInterval(duration))
            do {
                outcome.made.append(try await place(one, by: actor, now: now).booking)
            } catch let error as BookingError {
                switch error {
                case .conflict, .rules: outcome.refused.append(.init(date: day, error: error))
                default: throw error
                }
            }
        }
        return outcome
    }
}
