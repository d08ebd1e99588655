import Foundation
import HuiwuCore
import SQLKit

public struct NotificationRecord: Codable, Sendable, Equatable {
    public var id: UUID
    public var personId: UUID
    public var kind: String
    public var bookingId: UUID?
    /// The meeting a meeting notice is about.
    public var meetingId: UUID?
    public var params: String
    public var createdAt: Date
    public var readAt: Date?

    /// Column names, spelled out: decoding rows is a hot path, and key-conversion strategies cost
    /// a Unicode case check per field per row.
    enum CodingKeys: String, CodingKey {
        case id
        case personId = "person_id"
        case kind
        case bookingId = "booking_id"
        case meetingId = "meeting_id"
        case params
        case createdAt = "created_at"
        case readAt = "read_at"
    }
}
