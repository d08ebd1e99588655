import Foundation
import HuiwuCore

/// What the requester may take instead: other rooms at the same time, or the same room at
/// the nearest free times.
public struct BookingAlternatives: Codable, Sendable, Equatable {
    public var otherRooms: [AlternativeSlot]
    public var sameRoom: [AlternativeSlot]

    public static let none = BookingAlternatives(otherRooms: [], sameRoom: [])
    public var all: [AlternativeSlot] { otherRooms + sameRoom }
}

/// Why a booking operation did not happen. Nothing is written when one of these is thrown.
public enum BookingError: Error, Sendable {
    case roomNotFound
    case bookingNotFound
    case rules([BookingRuleViolation])
    /// The slot is held by these bookings. `alternatives` is filled in after the transaction.
    case conflict([BookingRecord], BookingAlternatives)
    case staleVersion(current: Int)
    case invalidTransition(from: BookingStatus, action: String)
    case reasonRequired
    case checkInNotOpen
    case notCheckedIn
    case alreadyCheckedIn
    case forbidden
    /// The booking holds a meeting's room: it is moved or cancelled with the meeting.
    case partOfMeeting
}
