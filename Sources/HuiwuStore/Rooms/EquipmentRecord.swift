import Foundation
import HuiwuCore
import SQLKit

public struct EquipmentItem: Codable, Sendable, Equatable {
    public var item: String
    public var quantity: Int
    public init(item: String, quantity: Int) {
        self.item = item
        self.quantity = quantity
    }

    /// Column names, spelled out: decoding rows is a hot path, and key-conversion strategies cost
    /// a Unicode case check per field per row.
    enum CodingKeys: String, CodingKey {
        case item
        case quantity
    }
}

struct EquipmentRecord: Codable, Sendable {
    var id: UUID
    var item: String
    var quantity: Int
    var sortOrder: Int
    var roomId: UUID

    /// Column names, spelled out: decoding rows is a hot path, and key-conversion strategies cost
    /// a Unicode case check per field per row.
    enum CodingKeys: String, CodingKey {
        case id
        case item
        case quantity
        case sortOrder = "sort_order"
        case roomId = "room_id"
    }
}
