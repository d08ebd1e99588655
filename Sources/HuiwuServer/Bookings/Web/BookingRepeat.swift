import HuiwuCore
import HuiwuStore
import Vapor

/// A plain booking repeated daily or weekly, N times or until a date (R1.1, with the series'
/// recurrence expansion, R2.2): the form's fields read into `BookingRepetition` and placed by
/// `BookingLedger.placeRepeated`, as the API's `repeat` is.
extension BookingPages {
    /// The form's repeat fields as a repetition from the booking's day, nil for a single booking;
    /// problems go to `errors`.
    static func repetition(_ values: FormValues, first: CivilDate?, errors: inout [FieldError]) -> BookingRepetition? {
        let every = values.repeatEvery ?? ""
        guard !every.isEmpty else { return nil }
        let count = values.repeatCount.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        let end: BookingRepetition.End
        if !count.isEmpty, let n = Int(count) {
            end = .count(n)
        } else if count.isEmpty, let last = CivilDate(values.repeatUntil ?? "") {
            end = .until(last)
        } else if BookingRepetition.frequencies[every] == nil {
            errors.append(FieldError("repeatEvery", "field.enum"))
            return nil
        } else {
            errors.append(Self.repeatError(.count))
            return nil
        }
        // The day's own problem is the date field's; the repeat is checked once there is one.
        guard let first else { return nil }
        do throws(BookingRepetition.Problem) {
            return try BookingRepetition(every: every, end: end, first: first)
        } catch {
            errors.append(error == .every ? FieldError("repeatEvery", "field.enum") : Self.repeatError(error))
            return nil
        }
    }

    /// Both ends show beside the count, where the form shows the repeat's problem.
    static func repeatError(_ problem: BookingRepetition.Problem) -> FieldError {
        let max = ["max": String(BookingRepetition.maxOccurrences)]
        return problem == .until
            ? FieldError("repeatCount", "booking.repeat_until", max) : FieldError("repeatCount", "booking.repeat_count", max)
    }
}
