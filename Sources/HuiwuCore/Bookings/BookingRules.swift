import Foundation

/// Why a booking request is refused before it reaches the room's calendar.
/// Each case has a stable code (used in API problems and message catalogs).
public enum BookingRuleViolation: Error, Equatable, Sendable {
    case startNotBeforeEnd
    case inPast
    case spansDays
    case outsideBookableHours(opens: ClockTime, closes: ClockTime)
    case tooLong(maxMinutes: Int)
    case tooShortNotice(minLeadMinutes: Int)
    case tooFarAhead(maxDays: Int)
    case headcountOutOfRange(capacity: Int)
    case purposeRequired
    case purposeNotAllowed(String)  // R1.4
    case roomClosed
    case roomInMaintenance

    public var code: String {
        switch self {
        case .startNotBeforeEnd: "booking.start_not_before_end"
        case .inPast: "booking.in_past"
        case .spansDays: "booking.spans_days"
        case .outsideBookableHours: "booking.outside_bookable_hours"
        case .tooLong: "booking.too_long"
        case .tooShortNotice: "booking.too_short_notice"
        case .tooFarAhead: "booking.too_far_ahead"
        case .headcountOutOfRange: "booking.headcount_out_of_range"
        case .purposeRequired: "booking.purpose_required"
        case .purposeNotAllowed: "booking.purpose_not_allowed"
        case .roomClosed: "booking.room_closed"
        case .roomInMaintenance: "booking.room_in_maintenance"
        }
    }

    /// Values the message template interpolates (`{capacity}` …).
    public var parameters: [String: String] {
        switch self {
        case .outsideBookableHours(let o, let c): ["opens": o.description, "closes": c.description]
        case .tooLong(let m): ["maxMinutes": String(m)]
        case .tooShortNotice(let m): ["minLeadMinutes": String(m)]
        case .tooFarAhead(let d): ["maxDays": String(d)]
        case .headcountOutOfRange(let c): ["capacity": String(c)]
        case .purposeNotAllowed(let p): ["purpose": p]
        default: [:]
        }
    }

    /// The form field the violation belongs to, for inline errors.
    public var field: String {
        switch self {
        case .startNotBeforeEnd, .inPast, .spansDays, .outsideBookableHours, .tooLong,
            .tooShortNotice, .tooFarAhead:
            "time"
        case .headcountOutOfRange: "headcount"
        case .purposeRequired, .purposeNotAllowed: "purpose"
        case .roomClosed, .roomInMaintenance: "room"
        }
    }
}

/// A request to hold a room, before any storage is involved.
public struct BookingRequest: Sendable, Equatable {
    public var interval: Interval
    public var purpose: String
    public var headcount: Int

    public init(interval: Interval, purpose: String, headcount: Int) {
        self.interval = interval
        self.purpose = purpose
        self.headcount = headcount
    }
}

/// The rules every booking path applies (R1.1, R1.4). Pure: the store calls this inside
/// the same transaction that checks for overlaps, so API, web, priority and import paths agree.
public enum BookingRules {
    /// No booking is longer than this: bookings never span local days (`spansDays`), and a local
    /// day lasts at most 25 hours (DST). Overlap queries use it as a lower bound on `starts_at`,
    /// so they read an index range of about a day instead of a room's whole history.
    public static let longestSpan: TimeInterval = 26 * 3600

    /// All violations, in a stable order (empty = acceptable).
    /// `privileged` (the room office arranging, R1.2) skips notice and advance limits.
    public static func violations(
        of request: BookingRequest, room: RoomPolicy, allowedPurposes: Set<String>,
        time: OrgTime, now: Date, privileged: Bool = false
    ) -> [BookingRuleViolation] {
        var found: [BookingRuleViolation] = []
        let span = request.interval
        if span.isEmpty {
            found.append(.startNotBeforeEnd)
        } else {
            if span.start < now.addingTimeInterval(-60) { found.append(.inPast) }
            found += hourViolations(span, room: room, time: time)
            if room.maxDurationMinutes > 0, span.duration > Double(room.maxDurationMinutes) * 60 {
                found.append(.tooLong(maxMinutes: room.maxDurationMinutes))
            }
            if !privileged {
                if room.minLeadMinutes > 0, span.start < now.addingTimeInterval(Double(room.minLeadMinutes) * 60),
                    !found.contains(.inPast)
                {
                    found.append(.tooShortNotice(minLeadMinutes: room.minLeadMinutes))
                }
                if room.maxAdvanceDays > 0, span.start > now.addingTimeInterval(Double(room.maxAdvanceDays) * 86_400) {
                    found.append(.tooFarAhead(maxDays: room.maxAdvanceDays))
                }
            }
        }
        if request.headcount < 1 || request.headcount > room.capacity {
            found.append(.headcountOutOfRange(capacity: room.capacity))
        }
        let purpose = request.purpose.trimmedWhitespace
        if purpose.isEmpty {
            found.append(.purposeRequired)
        } else if !allowedPurposes.contains(purpose) {
            found.append(.purposeNotAllowed(purpose))
        }
        switch room.status {
        case .closed: found.append(.roomClosed)
        case .maintenance where room.maintenanceBlocks(span): found.append(.roomInMaintenance)
        default: break
        }
        return found
    }

    public static func hourViolations(_ span: Interval, room: RoomPolicy, time: OrgTime) -> [BookingRuleViolation] {
        let day = time.date(of: span.start)
        let dayEnd = time.instant(day.adding(days: 1), minutes: 0)
        guard span.end <= dayEnd else { return [.spansDays] }
        let opens = time.instant(day, minutes: room.opensAt.minutes)
        let closes = time.instant(day, minutes: room.closesAt.minutes)
        if span.start < opens || span.end > closes {
            return [.outsideBookableHours(opens: room.opensAt, closes: room.closesAt)]
        }
        return []
    }
}
