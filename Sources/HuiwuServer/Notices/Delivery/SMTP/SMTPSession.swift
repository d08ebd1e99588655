import Foundation
import HuiwuCore
import NIOCore

/// One reply of the relay: its code and its lines without the code (RFC 5321 §4.2).
struct SMTPReply: Sendable, Equatable {
    var code: Int
    var lines: [String]

    /// The reply as the relay wrote it, for a delivery record.
    var text: String { lines.map { "\(code) \($0)" }.joined(separator: " / ") }

    /// EHLO's extension keywords with their parameters (`STARTTLS`, `AUTH PLAIN LOGIN`, …).
    var extensions: [String] { Array(lines.dropFirst()) }
}

/// Collects lines into replies: `250-…` continues a reply, `250 …` ends it.
struct SMTPReplyReader: Sendable {
    private var buffer: [UInt8] = []
    private var lines: [String] = []

    struct Malformed: Error, CustomStringConvertible {
        var line: String
        var description: String { "the mail server sent a line that is not an SMTP reply: \(line)" }
    }

    /// Adds bytes; returns the replies completed by them.
    mutating func feed(_ bytes: some Sequence<UInt8>) throws -> [SMTPReply] {
        buffer.append(contentsOf: bytes)
        var replies: [SMTPReply] = []
        while let end = buffer.firstIndex(of: UInt8(ascii: "\n")) {
            var line = String(decoding: buffer[..<end], as: UTF8.self)
            buffer.removeSubrange(...end)
            if line.hasSuffix("\r") { line.removeLast() }
            let scalars = Array(line.utf8)
            guard scalars.count >= 3, let code = Int(String(line.prefix(3))), (200..<600).contains(code),
                scalars.count == 3 || scalars[3] == UInt8(ascii: " ") || scalars[3] == UInt8(ascii: "-")
            else { throw Malformed(line: line) }
            lines.append(scalars.count > 4 ? String(line.dropFirst(4)) : "")
            if scalars.count == 3 || scalars[3] == UInt8(ascii: " ") {
                replies.append(SMTPReply(code: code, lines: lines))
                lines = []
            }
        }
        return replies
    }
}

/// Closes the connection when the relay takes longer than the timeout to answer; the read then
/// ends and the client reports the silence.
final class SMTPWatchdog: @unchecked Sendable {
    private let lock = NSLock()
    private let channel: any Channel
    private let seconds: Int
    private var timer: Task<Void, Never>?
    private var didFire = false

    init(channel: any Channel, seconds: Int) {
        self.channel = channel
        self.seconds = seconds
    }

    var fired: Bool { lock.withLock { didFire } }

    var silence: String { "the mail server did not answer within \(seconds) s" }

    func arm() {
        let channel = channel, seconds = seconds
        let timer = Task { [weak self] in
            guard (try? await Task.sleep(for: .seconds(seconds))) != nil else { return }
            self?.lock.withLock { self?.didFire = true }
            channel.close(promise: nil)
        }
        lock.withLock {
            self.timer?.cancel()
            self.timer = timer
        }
    }

    func disarm() { lock.withLock { timer?.cancel() } }
}

/// The client's side of one conversation: writes commands, reads replies.
struct SMTPSession {
    var inbound: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    let watchdog: SMTPWatchdog
    var reader = SMTPReplyReader()
    var ready: [SMTPReply] = []

    init(
        inbound: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator, outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>,
        watchdog: SMTPWatchdog
    ) {
        self.inbound = inbound
        self.outbound = outbound
        self.watchdog = watchdog
    }

    mutating func reply() async throws -> SMTPReply {
        watchdog.arm()
        defer { watchdog.disarm() }
        while ready.isEmpty {
            guard let chunk = try await inbound.next() else {
                if watchdog.fired { throw SMTPFailure(description: watchdog.silence, permanent: false) }
                throw SMTPFailure(description: "the mail server closed the connection", permanent: false)
            }
            ready += try reader.feed(chunk.readableBytesView)
        }
        return ready.removeFirst()
    }

    func write(_ text: String) async throws {
        try await outbound.write(ByteBuffer(string: text))
    }

    /// Sends a command and returns the reply, whatever its code.
    mutating func send(_ line: String) async throws -> SMTPReply {
        do {
            try await write(line + "\r\n")
        } catch {
            // The channel closed under the write (a TLS handshake that failed just after
            // STARTTLS, the relay hanging up): why is in the inbound stream, which rethrows it.
            _ = try await reply()
            throw error
        }
        return try await reply()
    }

    /// Sends a command; a reply other than `expect` is a failure naming the command.
    mutating func command(_ line: String, expect code: Int, at place: String) async throws -> SMTPReply {
        let answer = try await send(line)
        guard answer.code == code else { throw Self.unexpected(answer, step: Self.verb(line), at: place) }
        return answer
    }

    mutating func expect(_ code: Int, step: String, at place: String) async throws {
        let answer = try await reply()
        guard answer.code == code else { throw Self.unexpected(answer, step: step, at: place) }
    }

    static func unexpected(_ reply: SMTPReply, step: String, at place: String) -> SMTPFailure {
        SMTPFailure(description: "\(place) answered \(step) with \(reply.text)", permanent: (500..<600).contains(reply.code))
    }

    /// The command's verb, never its argument (an AUTH token is a password).
    static func verb(_ line: String) -> String {
        let word = line.split(separator: " ").first.map(String.init) ?? line
        return word.allSatisfy({ $0.isLetter }) ? word : "the sign-in"
    }

    /// Dot-stuffing (§4.5.2): a line starting with "." gets another; line ends become CRLF.
    static func dotStuffed(_ message: String) -> String {
        let normalised = TextLines.normalised(message, separator: "\r\n")
        let stuffed = normalised.replacingOccurrences(of: "\r\n.", with: "\r\n..")
        return stuffed.hasPrefix(".") ? "." + stuffed : stuffed
    }
}
