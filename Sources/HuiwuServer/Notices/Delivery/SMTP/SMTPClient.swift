import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// Why a mail was not accepted, in words for the delivery record. `permanent` for 5xx replies
/// and for settings that will not change by retrying (a certificate the relay does not have).
struct SMTPFailure: Error, CustomStringConvertible {
    var description: String
    var permanent: Bool
}

/// What the relay did with each recipient of one message.
struct SMTPOutcome: Sendable, Equatable {
    var accepted: [String]
    /// Recipients the relay refused at RCPT, with its reply (the others still got the message).
    var refused: [String: String]
}

/// An SMTP client (RFC 5321) on SwiftNIO for the relays organisations use: STARTTLS (RFC 3207) or
/// TLS from the start (RFC 8314), AUTH PLAIN / LOGIN (RFC 4954), several recipients, a timeout on
/// the connection and on every reply. One message per connection (notices are sent as they come).
struct SMTPClient: Sendable {
    let relay: SMTPRelay
    let group: any EventLoopGroup
    /// Name given in EHLO.
    var clientName = "huiwu"

    func send(from: String, to recipients: [String], message: String) async throws -> SMTPOutcome {
        guard !recipients.isEmpty else { throw SMTPFailure(description: "no recipients", permanent: true) }
        let context = try tlsContext()
        let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
        do {
            channel = try await ClientBootstrap(group: group)
                .connectTimeout(.seconds(Int64(relay.timeoutSeconds)))
                .connect(host: relay.host, port: relay.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        if relay.security == .tls {
                            try channel.pipeline.syncOperations.addHandler(try tlsHandler(context))
                        }
                        return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw SMTPFailure(description: "cannot connect to \(relayName): \(Self.describe(error))", permanent: false)
        }
        let watchdog = SMTPWatchdog(channel: channel.channel, seconds: relay.timeoutSeconds)
        do {
            return try await channel.executeThenClose { inbound, outbound in
                var session = SMTPSession(inbound: inbound.makeAsyncIterator(), outbound: outbound, watchdog: watchdog)
                return try await converse(
                    &session, channel: channel.channel, context: context, from: from, to: recipients, message: message)
            }
        } catch let failure as SMTPFailure {
            throw failure
        } catch {
            if watchdog.fired { throw SMTPFailure(description: "\(relayName): \(watchdog.silence)", permanent: false) }
            throw SMTPFailure(description: "conversation with \(relayName) failed: \(Self.describe(error))", permanent: false)
        }
    }

    private var relayName: String { "mail server \(relay.host):\(relay.port)" }

    private func converse(
        _ s: inout SMTPSession, channel: any Channel, context: NIOSSLContext?, from: String, to recipients: [String],
        message: String
    ) async throws -> SMTPOutcome {
        try await s.expect(220, step: "greeting", at: relayName)
        var features = try await s.command("EHLO \(clientName)", expect: 250, at: relayName).extensions
        let tlsNow = relay.security == .tls
        if !tlsNow && relay.security != .none {
            if features.contains(where: { $0.uppercased() == "STARTTLS" }), let context {
                _ = try await s.command("STARTTLS", expect: 220, at: relayName)
                // Before the async bridge, so every byte from here on is encrypted (RFC 3207 §4.2).
                try await channel.eventLoop.submit {
                    try channel.pipeline.syncOperations.addHandler(try tlsHandler(context), position: .first)
                }.get()
                features = try await s.command("EHLO \(clientName)", expect: 250, at: relayName).extensions
            } else if relay.security == .starttls || relay.username != nil {
                throw SMTPFailure(
                    description: "\(relayName) does not offer STARTTLS, which HUIWU_SMTP_SECURITY=\(relay.security.rawValue)"
                        + (relay.username != nil ? " and a password" : "") + " require",
                    permanent: true)
            }
        }
        if let user = relay.username {
            try await authenticate(&s, user: user, password: relay.password ?? "", features: features)
        }
        _ = try await s.command("MAIL FROM:<\(from)>", expect: 250, at: relayName)
        var outcome = SMTPOutcome(accepted: [], refused: [:])
        for rcpt in recipients {
            let reply = try await s.send("RCPT TO:<\(rcpt)>")
            if reply.code == 250 || reply.code == 251 {
                outcome.accepted.append(rcpt)
            } else if (400..<600).contains(reply.code) {
                outcome.refused[rcpt] = reply.text
            } else {
                throw SMTPFailure(description: "\(relayName) answered RCPT with \(reply.text)", permanent: false)
            }
        }
        guard !outcome.accepted.isEmpty else {
            let reasons = recipients.map { "\($0): \(outcome.refused[$0] ?? "")" }.joined(separator: "; ")
            let permanent = outcome.refused.values.allSatisfy { $0.hasPrefix("5") }
            throw SMTPFailure(description: "\(relayName) refused every recipient (\(reasons))", permanent: permanent)
        }
        _ = try await s.command("DATA", expect: 354, at: relayName)
        try await s.write(SMTPSession.dotStuffed(message) + "\r\n.\r\n")
        try await s.expect(250, step: "the message", at: relayName)
        try? await s.write("QUIT\r\n")
        return outcome
    }

    /// AUTH PLAIN when offered (one round trip), else LOGIN.
    private func authenticate(_ s: inout SMTPSession, user: String, password: String, features: [String]) async throws {
        let mechanisms =
            features.first { $0.uppercased().hasPrefix("AUTH") }
            .map { $0.uppercased().split(separator: " ").dropFirst().map(String.init) } ?? []
        func refused(_ reply: SMTPReply) -> SMTPFailure {
            SMTPFailure(description: "\(relayName) refused the sign-in of \(user): \(reply.text)", permanent: reply.code >= 500)
        }
        if mechanisms.contains("PLAIN") {
            let token = Data(("\0" + user + "\0" + password).utf8).base64EncodedString()
            let reply = try await s.send("AUTH PLAIN " + token)
            guard reply.code == 235 else { throw refused(reply) }
        } else if mechanisms.contains("LOGIN") {
            _ = try await s.command("AUTH LOGIN", expect: 334, at: relayName)
            _ = try await s.command(Data(user.utf8).base64EncodedString(), expect: 334, at: relayName)
            let reply = try await s.send(Data(password.utf8).base64EncodedString())
            guard reply.code == 235 else { throw refused(reply) }
        } else {
            throw SMTPFailure(
                description:
                    "\(relayName) offers no sign-in Huiwu speaks (PLAIN, LOGIN); it offers \(mechanisms.isEmpty ? "none" : mechanisms.joined(separator: " "))",
                permanent: true)
        }
    }

    private func tlsContext() throws -> NIOSSLContext? {
        guard relay.security != .none else { return nil }
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let caFile = relay.caFile { configuration.additionalTrustRoots = [.file(caFile)] }
        do {
            return try NIOSSLContext(configuration: configuration)
        } catch {
            throw SMTPFailure(description: "cannot set up TLS for \(relayName): \(Self.describe(error))", permanent: true)
        }
    }

    /// Verifies the relay's certificate for its name; a relay given by IP address is checked
    /// against the certificate's IP addresses (SNI cannot carry an address).
    private func tlsHandler(_ context: NIOSSLContext?) throws -> NIOSSLClientHandler {
        guard let context else { throw SMTPFailure(description: "TLS is switched off", permanent: true) }
        let isAddress = (try? SocketAddress(ipAddress: relay.host, port: 0)) != nil
        return try NIOSSLClientHandler(context: context, serverHostname: isAddress ? nil : relay.host)
    }

    /// An error in words for the delivery record. TLS errors carry BoringSSL's reason code
    /// (`CERTIFICATE_VERIFY_FAILED`) and the path of the C file that raised it; the code is kept.
    static func describe(_ error: any Error) -> String {
        guard error is NIOSSLError || error is BoringSSLError || error is NIOSSLExtraError else {
            return String(describing: error)
        }
        let text = String(describing: error)
        let reason = text.split(whereSeparator: { !($0.isUppercase || $0 == "_" || $0.isNumber) })
            .first { $0.count >= 8 && $0.contains("_") }
        switch reason {
        case "CERTIFICATE_VERIFY_FAILED"?:
            return "TLS: the relay's certificate is not trusted (CERTIFICATE_VERIFY_FAILED); "
                + "HUIWU_SMTP_CA_FILE adds certificates to trust"
        case let code?: return "TLS handshake failed (\(code))"
        case nil: return "TLS: \(text.prefix(200))"
        }
    }
}
