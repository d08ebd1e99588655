import Foundation
import HuiwuCore
import SQLKit

public struct BookingEventRecord: Codable, Sendable, Equatable {
    public var id: UUID
    public var bookingId: UUID
    public var actorId: UUID?
    public var action: String
    public var detail: String
    public var at: Date

    /// Column names, spelled out: decoding rows is a hot path, and key-conversion strategies cost
    /// a Unicode case check per field per row.
    enum CodingKeys: String, CodingKey {
        case id
        case bookingId = "booking_id"
        case actorId = "actor_id"
        case action
        case detail
        case at
    }
}
