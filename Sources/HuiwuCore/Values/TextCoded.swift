import Foundation

/// A value stored and sent as its own text (`2026-12-24`, `2026-12-24T09:30:00`): encoded as
/// its description, decoded strictly by its text initialiser.
public protocol TextCoded: Codable, CustomStringConvertible {
    init?(_ text: String)
    /// What the text must look like, for the decoding error.
    static var textForm: String { get }
}

extension TextCoded {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "expected \(Self.textForm)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
