import Foundation
import HuiwuCore
import SQLKit

public struct BookingRecord: Codable, Sendable, Equatable {
    public var id: UUID
    public var roomId: UUID
    public var startsAt: Date
    public var endsAt: Date
    public var title: String
    public var purpose: String
    public var headcount: Int
    public var bookerId: UUID
    public var departmentId: UUID?
    public var status: String
    public var priority: Bool
    public var decisionReason: String?
    public var decidedById: UUID?
    public var decidedAt: Date?
    public var displacedById: UUID?
    public var checkedInAt: Date?
    public var checkedOutAt: Date?
    public var actualHeadcount: Int?
    public var conditionNote: String?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    public var interval: Interval { Interval(start: startsAt, end: endsAt) }
    public var statusValue: BookingStatus { BookingStatus(rawValue: status) ?? .cancelled }

    /// Column names, spelled out: decoding rows is a hot path, and key-conversion strategies cost
    /// a Unicode case check per field per row.
    enum CodingKeys: String, CodingKey {
        case id
        case roomId = "room_id"
        case startsAt = "starts_at"
        case endsAt = "ends_at"
        case title
        case purpose
        case headcount
        case bookerId = "booker_id"
        case departmentId = "department_id"
        case status
        case priority
        case decisionReason = "decision_reason"
        case decidedById = "decided_by_id"
        case decidedAt = "decided_at"
        case displacedById = "displaced_by_id"
        case checkedInAt = "checked_in_at"
        case checkedOutAt = "checked_out_at"
        case actualHeadcount = "actual_headcount"
        case conditionNote = "condition_note"
        case version
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
