import Foundation

/// A booking as its life's rules see it (R1.1, R1.3): its status and what the register holds.
public struct BookingState: Sendable, Equatable {
    public var status: BookingStatus
    public var startsAt: Date
    public var endsAt: Date
    public var headcount: Int
    public var checkedIn: Bool
    public var checkedOut: Bool

    public init(
        status: BookingStatus, startsAt: Date, endsAt: Date, headcount: Int, checkedIn: Bool = false,
        checkedOut: Bool = false
    ) {
        self.status = status
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.headcount = headcount
        self.checkedIn = checkedIn
        self.checkedOut = checkedOut
    }
}

/// What someone asks of an existing booking.
public enum BookingStep: Sendable, Equatable {
    case approve, reject, cancel
    case checkIn(headcount: Int?)
    case checkOut(headcount: Int?)

    /// The stable name the audit trail and error messages use.
    public var action: String {
        switch self {
        case .approve: "approve"
        case .reject: "reject"
        case .cancel: "cancel"
        case .checkIn: "check-in"
        case .checkOut: "check-out"
        }
    }
}

/// Why a step is refused; each has a stable code the catalogs translate.
public enum BookingStepRefusal: Error, Sendable, Equatable {
    /// The booking's status does not allow the step (approving a cancelled booking).
    case invalidTransition(from: BookingStatus, action: String)
    case alreadyCheckedIn
    case notCheckedIn
    /// Check-in opens `BookingLifecycle.checkInOpensMinutesBefore` before the start, closes at the end.
    case checkInNotOpen
    /// A counted headcount below zero or above twice the larger of capacity and booked headcount.
    case headcountOutOfRange(capacity: Int)

    public var code: String {
        switch self {
        case .invalidTransition: "booking.invalid_transition"
        case .alreadyCheckedIn: "booking.already_checked_in"
        case .notCheckedIn: "booking.not_checked_in"
        case .checkInNotOpen: "booking.check_in_not_open"
        case .headcountOutOfRange: "booking.headcount_out_of_range"
        }
    }
}

/// The booking state machine (R1.1, R1.3) as a pure rule: a step on a state, at an instant, is
/// allowed or refused with a reason. Who may take the step is `AccessPolicy`'s question, asked
/// first; the store applies an allowed step in its write transaction.
public enum BookingLifecycle {
    /// Check-in opens this long before the start and closes at the end (R1.3).
    public static let checkInOpensMinutesBefore = 15

    /// The first instant check-in is open for a booking starting at `start`.
    public static func checkInOpens(for start: Date) -> Date {
        start.addingTimeInterval(-Double(checkInOpensMinutesBefore) * 60)
    }

    /// Nil when allowed, else the reason it is refused.
    public static func refusal(
        of step: BookingStep, on b: BookingState, roomCapacity: Int, now: Date
    )
        -> BookingStepRefusal?
    {
        switch step {
        case .approve, .reject:
            return b.status == .pending ? nil : .invalidTransition(from: b.status, action: step.action)
        case .cancel:
            // Cancelling frees the slot: only while it holds it, before it is used or over.
            return b.status.isActive && !b.checkedIn && b.endsAt > now
                ? nil : .invalidTransition(from: b.status, action: step.action)
        case .checkIn(let headcount):
            guard b.status == .approved else { return .invalidTransition(from: b.status, action: step.action) }
            guard !b.checkedIn else { return .alreadyCheckedIn }
            guard now >= checkInOpens(for: b.startsAt), now < b.endsAt else { return .checkInNotOpen }
            return headcountRefusal(headcount, b, roomCapacity)
        case .checkOut(let headcount):
            guard b.checkedIn else { return .notCheckedIn }
            guard !b.checkedOut else { return .invalidTransition(from: b.status, action: step.action) }
            return headcountRefusal(headcount, b, roomCapacity)
        }
    }

    /// A counted headcount is plausible: from none to twice the larger of the room and the booking.
    static func headcountRefusal(_ headcount: Int?, _ b: BookingState, _ capacity: Int) -> BookingStepRefusal? {
        guard let headcount else { return nil }
        return headcount < 0 || headcount > max(capacity, b.headcount) * 2 ? .headcountOutOfRange(capacity: capacity) : nil
    }
}
