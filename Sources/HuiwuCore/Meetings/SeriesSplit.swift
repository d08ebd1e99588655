/// "This and following" on a series (RFC 5545; R2.3): the rule splits in two at an occurrence.
/// The old series keeps the past and ends the day before; the new one starts at the occurrence,
/// with the change's time and length, and keeps the exceptions from there on.
extension SeriesSchedule {
    public struct Split: Sendable, Equatable {
        /// The series as it continues to hold the occurrences before the split.
        public var ended: SeriesSchedule
        /// The new series from the split on.
        public var continued: SeriesSchedule
    }

    /// - Parameters:
    ///   - key: the occurrence the change starts from (its RECURRENCE-ID).
    ///   - lastKey: the old series' last occurrence, which the new one still reaches.
    ///   - startMinute: the new start's minute of the day, if the change moves it.
    ///   - durationMinutes: the new length, if the change sets one.
    public func split(at key: LocalDateTime, lastKey: LocalDateTime?, startMinute: Int?, durationMinutes: Int?) -> Split {
        var ended = self
        // A COUNT would now count the other series' occurrences too: both end by date instead.
        ended.rule.count = nil
        ended.through = key.date.adding(days: -1)
        var continued = self
        continued.rule.count = nil
        continued.start = LocalDateTime(date: key.date, secondOfDay: startMinute.map { $0 * 60 } ?? key.secondOfDay)
        continued.through = lastKey.map { max($0.date, key.date) } ?? through
        continued.rdates = rdates.filter { $0 >= key }
        continued.exdates = exdates.filter { $0 >= key }
        if let durationMinutes { continued.durationMinutes = durationMinutes }
        return Split(ended: ended, continued: continued)
    }
}
