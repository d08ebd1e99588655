import Foundation
import Testing

@testable import HuiwuCore

@Suite("Hand-written text encodings used by the day grid")
struct TextEncodingTests {
    @Test("UUID text round-trips and matches Foundation's")
    func uuidRoundTrip() {
        for _ in 0..<200 {
            let id = UUID()
            var bytes: [UInt8] = []
            UUIDText.append(id, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == id.uuidString)
            #expect(UUIDText.string(id) == id.uuidString)
            #expect(UUIDText.parse(id.uuidString) == id)
            #expect(UUIDText.parse(id.uuidString.lowercased()) == id)
        }
    }

    @Test(
        "malformed UUID text is refused",
        arguments: [
            "", "not-a-uuid", "858F7086-59D8-4B83-BBED-0D7455CBDE2", "858F7086-59D8-4B83-BBED-0D7455CBDE2FF",
            "858F7086x59D8-4B83-BBED-0D7455CBDE2F", "858F7086-59D8-4B83-BBED-0D7455CBDE2G",
            "858F708659D84B83BBED0D7455CBDE2F1234",
        ])
    func malformedUUIDs(_ text: String) {
        #expect(UUIDText.parse(text) == nil)
    }

    @Test("appended RFC 3339 text equals the formatted text, in any offset")
    func appendedTimestamps() {
        for (seconds, offset) in [(1_796_088_600, 28_800), (0, 0), (1_709_184_600, -19_800), (4_102_444_799, 3_600)] {
            var bytes: [UInt8] = []
            Timestamp.append(epochSeconds: seconds, offsetSeconds: offset, to: &bytes)
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text == Timestamp.format(epochSeconds: seconds, offsetSeconds: offset))
            #expect((try? Timestamp.parse(text))?.timeIntervalSince1970 == Double(seconds))
        }
    }

    @Test(
        "numbers are zero-padded to their width",
        arguments: [
            (0, 1, "0"), (7, 2, "07"), (42, 1, "42"), (5, 4, "0005"),
            (2026, 4, "2026"), (123_456, 2, "123456"), (99, 2, "99"),
        ])
    func paddedDigits(_ value: Int, _ width: Int, _ expected: String) {
        var bytes: [UInt8] = []
        Timestamp.appendDigits(value, width, &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }
}
