import Foundation
import HuiwuCore
import SQLKit

extension SQLRow {
    /// Decodes a record whose `CodingKeys` name its columns.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try decode(model: type)
    }
}
