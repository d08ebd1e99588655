import HuiwuCore
import HuiwuStore
import Vapor

/// A plain booking repeated daily or weekly, N times or until a date (R1.1, with the series'
/// recurrence expansion, R2.2): each occurrence is placed through the ledger on its own, so a
/// taken slot is never double-booked — it is reported by date, and the others are made.
extension BookingPages {
    struct Repetition {
        var rule: RecurrenceRule
    }

    /// The form's repeat fields as a rule, nil for a single booking; problems go to `errors`.
    static func repetition(_ values: FormValues, errors: inout [FieldError]) -> Repetition? {
        let frequency: RecurrenceFrequency
        switch values.repeatEvery ?? "" {
        case "": return nil
        case "daily": frequency = .daily
        case "weekly": frequency = .weekly
        default:
            errors.append(FieldError("repeatEvery", "field.enum"))
            return nil
        }
        var rule = RecurrenceRule(frequency: frequency)
        let count = values.repeatCount.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        let until = values.repeatUntil ?? ""
        if !count.isEmpty {
            guard let n = Int(count), (2...maxRepeats).contains(n) else {
                errors.append(FieldError("repeatCount", "booking.repeat_count", ["max": String(maxRepeats)]))
                return nil
            }
            rule.count = n
        } else if let last = CivilDate(until) {
            rule.until = .local(LocalDateTime(date: last, secondOfDay: 86_399))
        } else {
            errors.append(FieldError("repeatCount", "booking.repeat_count", ["max": String(maxRepeats)]))
            return nil
        }
        return Repetition(rule: rule)
    }

    /// At most this many occurrences in one go.
    static let maxRepeats = 52

    /// Places every occurrence of `draft` under `repetition`; answers how many were made and the
    /// dates refused (taken, or against the room's rules).
    static func placeRepeated(
        _ draft: BookingDraft, _ repetition: Repetition, by actor: Actor, req: Request
    ) async throws -> (made: Int, refused: [CivilDate]) {
        let time = req.huiwu.time
        let day = time.date(of: draft.interval.start)
        let startMinute = time.minuteOfDay(draft.interval.start)
        let minutes = Int(draft.interval.duration / 60)
        let occurrences = RecurrenceExpansion.occurrences(
            of: repetition.rule, start: LocalDateTime(date: day, secondOfDay: startMinute * 60), zone: time,
            limit: maxRepeats, through: LocalDateTime(date: day.adding(days: 366), secondOfDay: 0))
        var made = 0
        var refused: [CivilDate] = []
        for occurrence in occurrences {
            var one = draft
            let start = time.instant(occurrence.date, minutes: startMinute)
            one.interval = Interval(start: start, end: start.addingTimeInterval(TimeInterval(minutes * 60)))
            do {
                _ = try await req.huiwu.ledger.place(one, by: actor, now: req.now)
                made += 1
            } catch BookingError.conflict, BookingError.rules {
                refused.append(occurrence.date)
            }
        }
        return (made, refused)
    }
}
