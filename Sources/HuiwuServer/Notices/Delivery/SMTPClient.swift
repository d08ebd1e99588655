import Foundation
import Glibc
import HuiwuCore

/// Why a mail was not accepted. `permanent` for 5xx replies (retrying will not help).
struct SMTPFailure: Error, CustomStringConvertible {
    var description: String
    var permanent: Bool
}

/// A plain SMTP conversation (RFC 5321) with the organisation's relay: EHLO, MAIL, RCPT, DATA,
/// QUIT. Blocking socket I/O, run on the thread pool; one message per connection.
enum SMTPClient {
    static func send(host: String, port: Int, from: String, to: String, message: String, timeoutSeconds: Int = 10) throws {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let info = found else {
            throw SMTPFailure(description: "cannot resolve \(host)", permanent: false)
        }
        defer { freeaddrinfo(found) }
        let fd = socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
        guard fd >= 0 else { throw SMTPFailure(description: "socket failed", permanent: false) }
        defer { close(fd) }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard connect(fd, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 else {
            throw SMTPFailure(description: "cannot connect to \(host):\(port)", permanent: false)
        }
        var session = Session(fd: fd)
        try session.expect(220)
        try session.command("EHLO huiwu", expect: 250)
        try session.command("MAIL FROM:<\(from)>", expect: 250)
        try session.command("RCPT TO:<\(to)>", expect: 250, 251)
        try session.command("DATA", expect: 354)
        // Dot-stuffing (§4.5.2): a line starting with "." gets another.
        let body = message.replacingOccurrences(of: "\r\n.", with: "\r\n..")
        try session.command((body.hasPrefix(".") ? "." : "") + body + "\r\n.", expect: 250)
        try? session.write("QUIT\r\n")
    }

    struct Session {
        let fd: Int32
        var buffer: [UInt8] = []

        mutating func command(_ line: String, expect codes: Int...) throws {
            try write(line + "\r\n")
            try expect(codes)
        }

        func write(_ text: String) throws {
            var bytes = Array(text.utf8)[...]
            while !bytes.isEmpty {
                let n = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                guard n > 0 else { throw SMTPFailure(description: "connection lost while sending", permanent: false) }
                bytes = bytes.dropFirst(n)
            }
        }

        mutating func expect(_ codes: Int...) throws { try expect(codes) }

        /// Reads one reply (all its lines) and checks its code.
        mutating func expect(_ codes: [Int]) throws {
            while true {
                let line = try readLine()
                let code = Int(line.prefix(3)) ?? 0
                if line.count > 3 && line[line.index(line.startIndex, offsetBy: 3)] == "-" { continue }
                guard codes.contains(code) else {
                    throw SMTPFailure(description: "server replied \(line)", permanent: (500..<600).contains(code))
                }
                return
            }
        }

        mutating func readLine() throws -> String {
            while true {
                if let end = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = String(decoding: buffer[..<end], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                    buffer.removeSubrange(...end)
                    return line
                }
                var chunk = [UInt8](repeating: 0, count: 4096)
                let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                guard n > 0 else { throw SMTPFailure(description: "connection closed by the mail server", permanent: false) }
                buffer += chunk[..<n]
            }
        }
    }
}

/// An RFC 5322 message with MIME parts (RFC 2045/2046): UTF-8 text as base64, words in headers
/// as RFC 2047 encoded-words, and an RFC 6047 calendar part (`text/calendar; method=…`).
enum MailMessage {
    static func compose(
        from: String, fromName: String, to: String, toName: String, subject: String, text: String,
        calendar: (method: String, content: String)?, now: Date, id: String
    ) -> String {
        let boundary = "huiwu-" + id
        var lines = [
            "From: \(word(fromName)) <\(from)>",
            "To: \(word(toName)) <\(to)>",
            "Subject: \(word(subject))",
            "Date: \(date(now))",
            "Message-ID: <\(id)@huiwu>",
            "MIME-Version: 1.0",
            "Content-Type: multipart/mixed; boundary=\"\(boundary)\"",
            "",
            "--\(boundary)",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            "",
            base64(text),
        ]
        if let calendar {
            lines += [
                "--\(boundary)",
                "Content-Type: text/calendar; charset=utf-8; method=\(calendar.method)",
                "Content-Disposition: attachment; filename=\"invite.ics\"",
                "Content-Transfer-Encoding: base64",
                "",
                base64(calendar.content),
            ]
        }
        lines.append("--\(boundary)--")
        return lines.joined(separator: "\r\n")
    }

    static func base64(_ text: String) -> String {
        Data(text.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
    }

    /// An RFC 2047 encoded-word when the text is not plain ASCII.
    static func word(_ text: String) -> String {
        let clean = text.filter { !$0.isNewline }
        if clean.allSatisfy({ $0.isASCII && $0 != "\"" }) { return clean }
        return "=?UTF-8?B?" + Data(clean.utf8).base64EncodedString() + "?="
    }

    /// `Sun, 29 Nov 2026 11:10:08 +0000`.
    static func date(_ d: Date) -> String {
        let seconds = Int(d.timeIntervalSince1970)
        let day = CivilDate(daysSinceEpoch: seconds / 86_400)
        let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
            months = [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ]
        let s = seconds % 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return
            "\(names[day.isoWeekday - 1]), \(two(day.day)) \(months[day.month - 1]) \(day.year) \(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60)) +0000"
    }
}

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
