import Foundation
import HuiwuCore
import SQLKit

extension SQLInsertBuilder {
    /// Inserts a record whose `CodingKeys` name its columns (nil values as NULL).
    @discardableResult
    func row(_ value: some Encodable) throws -> Self {
        try model(value, nilEncodingStrategy: .asNil)
    }
}
