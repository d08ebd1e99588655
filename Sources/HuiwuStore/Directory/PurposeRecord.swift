import Foundation
import HuiwuCore
import SQLKit

public struct PurposeRecord: Codable, Sendable, Equatable {
    public var code: String
    public var nameZhHans: String
    public var nameZhHant: String
    public var nameEn: String
    public var active: Bool
    public var sortOrder: Int

    /// Column names, spelled out: decoding rows is a hot path, and key-conversion strategies cost
    /// a Unicode case check per field per row.
    enum CodingKeys: String, CodingKey {
        case code
        case nameZhHans = "name_zh_hans"
        case nameZhHant = "name_zh_hant"
        case nameEn = "name_en"
        case active
        case sortOrder = "sort_order"
    }
}
