import Foundation
import Glibc
import HuiwuCore

/// Addresses a host name resolves to, and whether one is inside a private network.
enum NetworkAddress {
    /// Each resolved address as bytes (4 for IPv4, 16 for IPv6).
    static func resolve(_ host: String) -> [[UInt8]] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &found) == 0 else { return [] }
        defer { freeaddrinfo(found) }
        var out: [[UInt8]] = []
        var cursor = found
        while let info = cursor {
            if info.pointee.ai_family == AF_INET, let addr = info.pointee.ai_addr {
                addr.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { a in
                    out.append(withUnsafeBytes(of: a.pointee.sin_addr.s_addr) { Array($0) })
                }
            } else if info.pointee.ai_family == AF_INET6, let addr = info.pointee.ai_addr {
                addr.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { a in
                    out.append(withUnsafeBytes(of: a.pointee.sin6_addr) { Array($0) })
                }
            }
            cursor = info.pointee.ai_next
        }
        return out
    }

    /// Loopback, private (RFC 1918, RFC 4193), link-local, unspecified, or IPv4-mapped forms of them.
    static func isInternal(_ b: [UInt8]) -> Bool {
        if b.count == 4 {
            return b[0] == 127 || b[0] == 10 || b[0] == 0 || (b[0] == 172 && (16...31).contains(b[1]))
                || (b[0] == 192 && b[1] == 168) || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && (64...127).contains(b[1]))
        }
        guard b.count == 16 else { return true }
        if b.allSatisfy({ $0 == 0 }) || (b[0..<15].allSatisfy { $0 == 0 } && b[15] == 1) { return true }
        if b[0..<10].allSatisfy({ $0 == 0 }) && b[10] == 0xFF && b[11] == 0xFF { return isInternal(Array(b[12..<16])) }
        return (b[0] & 0xFE) == 0xFC || (b[0] == 0xFE && (b[1] & 0xC0) == 0x80)
    }
}
