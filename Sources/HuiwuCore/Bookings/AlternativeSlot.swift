import Foundation

/// A free slot offered instead of a taken one (R1.2).
public struct AlternativeSlot: Codable, Sendable, Equatable {
    public var roomId: UUID
    public var roomName: String
    public var startsAt: Date
    public var endsAt: Date

    public init(roomId: UUID, roomName: String, startsAt: Date, endsAt: Date) {
        self.roomId = roomId
        self.roomName = roomName
        self.startsAt = startsAt
        self.endsAt = endsAt
    }
}
