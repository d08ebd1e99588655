import Foundation

/// UUIDs to and from their 36-character text without Foundation: on Linux,
/// `UUID(uuidString:)` goes through `sscanf` and `uuidString` through `sprintf`, which made
/// them a large share of the day grid's time (thousands of ids per response).
public enum UUIDText {
    /// Parses `XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX` (either case); nil if malformed.
    public static func parse(_ text: UnsafeBufferPointer<UInt8>) -> UUID? {
        guard text.count == 36, let p = text.baseAddress,
            p[8] == UInt8(ascii: "-"), p[13] == UInt8(ascii: "-"), p[18] == UInt8(ascii: "-"), p[23] == UInt8(ascii: "-")
        else { return nil }
        var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var bad: UInt8 = 0
        withUnsafeMutableBytes(of: &bytes) { out in
            var i = 0
            for n in 0..<16 {
                if i == 8 || i == 13 || i == 18 || i == 23 { i += 1 }
                let high = nibble(p[i]), low = nibble(p[i + 1])
                bad |= (high | low) & 0xF0
                out[n] = high << 4 | (low & 0x0F)
                i += 2
            }
        }
        return bad == 0 ? UUID(uuid: bytes) : nil
    }

    public static func parse(_ text: String) -> UUID? {
        var text = text
        return text.withUTF8 { parse($0) }
    }

    /// The canonical upper-case text, the same as `uuidString` without its `sprintf`.
    public static func string(_ id: UUID) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(36)
        append(id, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the canonical upper-case text (the same as `uuidString`), in one append.
    public static func append(_ id: UUID, to out: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 36) { text in
            withUnsafeBytes(of: id.uuid) { bytes in
                var i = 0
                for n in 0..<16 {
                    if n == 4 || n == 6 || n == 8 || n == 10 {
                        text[i] = UInt8(ascii: "-")
                        i += 1
                    }
                    text[i] = hexDigit(bytes[n] >> 4)
                    text[i + 1] = hexDigit(bytes[n] & 0x0F)
                    i += 2
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(text))
        }
    }

    @inline(__always)
    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x37 + v }

    /// The value of a hex digit, or 0xFF.
    @inline(__always)
    private static func nibble(_ c: UInt8) -> UInt8 {
        switch c {
        case 0x30...0x39: c &- 0x30
        case 0x41...0x46: c &- 0x37
        case 0x61...0x66: c &- 0x57
        default: 0xFF
        }
    }
}
