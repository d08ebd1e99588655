/// A booking's life (R1.1, R1.2). Pending and approved bookings both hold the slot.
public enum BookingStatus: String, CaseIterable, Codable, Sendable {
    case pending, approved, rejected, cancelled, displaced

    /// Holds its room: counted by the no-overlap invariant.
    public var isActive: Bool { self == .pending || self == .approved }

    public static let activeValues: [String] = [pending.rawValue, approved.rawValue]
}
