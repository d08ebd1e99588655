import Foundation
import HuiwuStore

/// The organisation's mail relay and how to speak to it (X2), from the environment:
/// `HUIWU_SMTP` (`host:port`), `HUIWU_SMTP_SECURITY`, `HUIWU_SMTP_USER` / `HUIWU_SMTP_PASSWORD`,
/// `HUIWU_SMTP_CA_FILE` and `HUIWU_SMTP_TIMEOUT_SECONDS` (see `.env.example`).
public struct SMTPRelay: Sendable, Equatable {
    /// How the conversation is protected.
    public enum Security: String, Sendable, CaseIterable {
        /// STARTTLS when the relay offers it, plain otherwise; never sends a password in the clear.
        case auto
        /// STARTTLS required (RFC 3207): a relay that does not offer it is an error.
        case starttls
        /// TLS from the first byte (RFC 8314, usually port 465).
        case tls
        /// Plain text only (a relay on the same host or network).
        case none
    }

    public var host: String
    public var port: Int
    public var security: Security
    public var username: String?
    public var password: String?
    /// PEM certificates trusted besides the system's (an internal CA, a test's self-signed one).
    public var caFile: String?
    /// Longest wait for connecting and for each reply of the relay.
    public var timeoutSeconds: Int

    public init(
        host: String, port: Int = 25, security: Security = .auto, username: String? = nil, password: String? = nil,
        caFile: String? = nil, timeoutSeconds: Int = 30
    ) {
        self.host = host
        self.port = port
        self.security = security
        self.username = username
        self.password = password
        self.caFile = caFile
        self.timeoutSeconds = timeoutSeconds
    }

    /// Nil when `HUIWU_SMTP` is unset (e-mail notices then fail, saying so). Values it cannot use
    /// are refused at start rather than at the first notice.
    public static func from(environment env: [String: String]) throws -> SMTPRelay? {
        guard let relay = env["HUIWU_SMTP"], !relay.isEmpty else { return nil }
        let parts = relay.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, !parts[0].isEmpty else {
            throw BadSetting(name: "HUIWU_SMTP", value: relay, expected: "host or host:port")
        }
        let security: Security
        if let text = env["HUIWU_SMTP_SECURITY"], !text.isEmpty {
            guard let chosen = Security(rawValue: text.lowercased()) else {
                throw BadSetting(
                    name: "HUIWU_SMTP_SECURITY", value: text, expected: Security.allCases.map(\.rawValue).joined(separator: ", "))
            }
            security = chosen
        } else {
            security = .auto
        }
        var port = security == .tls ? 465 : 25
        if parts.count == 2 {
            guard let given = Int(parts[1]), (1...65_535).contains(given) else {
                throw BadSetting(name: "HUIWU_SMTP", value: relay, expected: "host:port with a port from 1 to 65535")
            }
            port = given
        }
        var timeout = 30
        if let text = env["HUIWU_SMTP_TIMEOUT_SECONDS"], !text.isEmpty {
            guard let seconds = Int(text), (1...600).contains(seconds) else {
                throw BadSetting(name: "HUIWU_SMTP_TIMEOUT_SECONDS", value: text, expected: "seconds from 1 to 600")
            }
            timeout = seconds
        }
        let user = env["HUIWU_SMTP_USER"].flatMap { $0.isEmpty ? nil : $0 }
        if user != nil, security == .none {
            throw BadSetting(
                name: "HUIWU_SMTP_SECURITY", value: "none",
                expected: "auto, starttls or tls when HUIWU_SMTP_USER is set (a password is never sent in the clear)")
        }
        return SMTPRelay(
            host: String(parts[0]), port: port, security: security, username: user, password: env["HUIWU_SMTP_PASSWORD"],
            caFile: env["HUIWU_SMTP_CA_FILE"].flatMap { $0.isEmpty ? nil : $0 }, timeoutSeconds: timeout)
    }
}
