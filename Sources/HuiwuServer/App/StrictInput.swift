import HuiwuCore
import Vapor

/// A nested JSON input whose keys are all read: an unknown key is refused (`field.unknown`), not
/// dropped, and a key sent as `null` is told apart from one left out. A misspelt `cuont` in a
/// repeat must not quietly book one week where a year was meant (R1.1).
protocol StrictInput: Decodable {
    /// The keys the input knows.
    static var fields: Set<String> { get }
}

struct Strict<Value: StrictInput>: Decodable {
    var value: Value
    /// Keys sent that the input does not know, sorted.
    var unknown: [String]
    /// Keys sent with the value `null`.
    var nulls: Set<String>

    init(from decoder: any Decoder) throws {
        value = try Value(from: decoder)
        let container = try decoder.container(keyedBy: AnyKey.self)
        unknown = container.allKeys.map(\.stringValue).filter { !Value.fields.contains($0) }.sorted()
        nulls = Set(try container.allKeys.filter { try container.decodeNil(forKey: $0) }.map(\.stringValue))
    }

    /// `field.unknown` for each unknown key, named below `path` (`repeat.cuont`).
    func unknownErrors(at path: String) -> [FieldError] {
        unknown.map { FieldError(path + "." + $0, "field.unknown") }
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
