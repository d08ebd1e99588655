import Foundation
import HuiwuCore

/// Who is acting: enough to decide permissions and to sign the audit trail.
public struct Actor: Sendable, Equatable {
    public var id: UUID
    public var role: Role
    public var departmentId: UUID?
    public var displayName: String

    public init(id: UUID, role: Role, departmentId: UUID?, displayName: String) {
        self.id = id
        self.role = role
        self.departmentId = departmentId
        self.displayName = displayName
    }
}

/// A free slot offered instead of a taken one (R1.2).
public struct AlternativeSlot: Codable, Sendable, Equatable {
    public var roomId: UUID
    public var roomName: String
    public var startsAt: Date
    public var endsAt: Date
}

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
