import Foundation

/// Time-ordered UUIDs (RFC 9562 version 7 layout: 48-bit Unix milliseconds, then a counter),
/// so audit entries written in the same instant still sort in the order they were written.
/// Ordering keys only: business time always comes from a `WallClock`.
public enum OrderedID {
    private static let state = OrderedIDState()

    public static func next() -> UUID { state.next() }
}

final class OrderedIDState: @unchecked Sendable {
    private let lock = NSLock()
    private var last: UInt64 = 0
    /// Drawn once per process: tells apart ids made in the same microsecond by two instances.
    private let node: UInt64 = UInt64.random(in: 0...UInt64.max)

    func next() -> UUID {
        let value: UInt64 = lock.withLock {
            // Microseconds since 1970, bumped so every value is strictly greater than the last.
            let micros = UInt64(Date().timeIntervalSince1970 * 1_000_000)
            last = max(last + 1, micros)
            return last
        }
        var bytes = [UInt8](repeating: 0, count: 16)
        let millis = value / 1000, sub = UInt16(value % 1000)
        for i in 0..<6 { bytes[i] = UInt8(truncatingIfNeeded: millis >> (8 * (5 - i))) }
        bytes[6] = 0x70 | UInt8(sub >> 8 & 0x0F)
        bytes[7] = UInt8(truncatingIfNeeded: sub)
        bytes[8] = 0x80 | UInt8(truncatingIfNeeded: node >> 56) & 0x3F
        for i in 9..<16 { bytes[i] = UInt8(truncatingIfNeeded: node >> (8 * (15 - i))) }
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }
}
