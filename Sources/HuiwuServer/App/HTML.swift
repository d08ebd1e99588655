import Foundation
import HuiwuCore

/// Minimal HTML escaping for the few fragments built in Swift (the day grid, for speed).
enum HTML {
    static func escape(_ text: String) -> String {
        var out = HTMLBytes(capacity: text.utf8.count)
        out.escaped(text)
        return out.string
    }
}

/// An HTML fragment written as UTF-8 bytes: the day grid writes a megabyte of cells per
/// request, and building it from interpolated Strings cost most of the page's time.
struct HTMLBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Text already safe for HTML (escaped before, or made only of safe characters).
    mutating func trusted(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func trusted(_ fragment: [UInt8]) { bytes.append(contentsOf: fragment) }

    mutating func escaped(_ text: String) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): raw("&amp;")
            case UInt8(ascii: "<"): raw("&lt;")
            case UInt8(ascii: ">"): raw("&gt;")
            case UInt8(ascii: "\""): raw("&quot;")
            case UInt8(ascii: "'"): raw("&#39;")
            default: bytes.append(byte)
            }
        }
    }

    mutating func number(_ value: Int, width: Int = 1) { Timestamp.appendDigits(value, width, &bytes) }

    mutating func uuid(_ id: UUID) { UUIDText.append(id, to: &bytes) }

    /// `HH:MM` for minutes after midnight.
    mutating func clock(_ minutes: Int) {
        number(minutes / 60, width: 2)
        raw(":")
        number(minutes % 60, width: 2)
    }

    /// A non-negative percentage with at most two decimals (`7.14%`, `50%`), without the slow
    /// `String(Double)`.
    mutating func percent(_ value: Double) {
        let hundredths = max(0, Int((value * 10_000).rounded()))
        number(hundredths / 100)
        let fraction = hundredths % 100
        if fraction != 0 {
            raw(".")
            if fraction % 10 == 0 { number(fraction / 10) } else { number(fraction, width: 2) }
        }
        raw("%")
    }
}
