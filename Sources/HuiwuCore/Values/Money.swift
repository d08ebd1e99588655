/// An amount of money in fen (分), exact (X3, R3.2): never floating point. Written in a
/// rulebook as `10 yuan`, `10.50 yuan`, `10元` or `1000 fen`.
public struct Fen: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var value: Int

    public init(_ value: Int) { self.value = value }

    public init(from decoder: any Decoder) throws { value = try decoder.singleValueContainer().decode(Int.self) }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(value)
    }

    public static func < (a: Fen, b: Fen) -> Bool { a.value < b.value }
    public static func + (a: Fen, b: Fen) -> Fen { Fen(a.value + b.value) }
    public static prefix func - (a: Fen) -> Fen { Fen(-a.value) }
    public static func * (a: Fen, n: Int) -> Fen { Fen(a.value * n) }
    public static let zero = Fen(0)

    /// `20.00`, `-10.50`: yuan with two decimals, for tables and CSV.
    public var yuanText: String {
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        let cents = magnitude % 100
        return sign + String(magnitude / 100) + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    public var description: String { yuanText }

    /// Parses `10 yuan`, `10.5 yuan`, `10.50 yuan`, `10元`, `¥10`, `1000 fen`; nil for anything
    /// else (a third decimal, a sign, a float exponent).
    public init?(parsing text: String) {
        var t = text.trimmedWhitespace
        var multiplier = 100
        if t.hasPrefix("¥") {
            t = String(t.dropFirst()).trimmedWhitespace
        } else if t.hasSuffix("yuan") {
            t = String(t.dropLast(4)).trimmedWhitespace
        } else if t.hasSuffix("元") {
            t = String(t.dropLast()).trimmedWhitespace
        } else if t.hasSuffix("fen") {
            t = String(t.dropLast(3)).trimmedWhitespace
            multiplier = 1
        } else {
            return nil
        }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Self.digits(parts[0]), whole <= 100_000_000 else { return nil }
        var fraction = 0
        if parts.count == 2 {
            guard multiplier == 100, (1...2).contains(parts[1].count), let f = Self.digits(parts[1]) else { return nil }
            fraction = parts[1].count == 1 ? f * 10 : f
        }
        value = whole * multiplier + fraction
    }

    private static func digits(_ s: Substring) -> Int? {
        guard !s.isEmpty, s.count <= 9, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(s)
    }
}
