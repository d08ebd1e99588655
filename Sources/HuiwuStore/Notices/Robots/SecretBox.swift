import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Seals secrets at rest (X2: a robot's signing secret): AES-256-GCM under the installation's
/// key, so a copy of the database alone does not give away the secrets. The key comes from
/// `HUIWU_SECRET_KEY` (base64 of 32 bytes; every instance of a fleet sets the same), or a key file
/// made on first start in the data directory.
public struct SecretBox: Sendable {
    /// The key's bytes (`SymmetricKey` is not Sendable; one is made for each use).
    let keyData: Data

    public init(key: SymmetricKey) { keyData = key.withUnsafeBytes { Data($0) } }

    var key: SymmetricKey { SymmetricKey(data: keyData) }

    /// A box with a fresh random key (tests, throwaway servers).
    public static func random() -> SecretBox { SecretBox(key: SymmetricKey(size: .bits256)) }

    public enum KeyError: Error, CustomStringConvertible {
        case malformed(String)
        public var description: String {
            switch self {
            case .malformed(let source): "\(source) is not the base64 of 32 bytes (make one: openssl rand -base64 32)"
            }
        }
    }

    /// The key from `base64` (the environment setting), else from `file`, which is made (0600) with
    /// a new random key when it does not exist.
    public static func load(base64: String?, file: URL) throws -> SecretBox {
        if let base64, !base64.isEmpty {
            guard let data = Data(base64Encoded: base64), data.count == 32 else { throw KeyError.malformed("HUIWU_SECRET_KEY") }
            return SecretBox(key: SymmetricKey(data: data))
        }
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Made with O_EXCL, so two processes starting together on one data directory never each
        // keep a key of their own: the one that loses the race reads the winner's.
        let fd = Glibc.open(file.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        if fd >= 0 {
            let encoded = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }.base64EncodedString() + "\n"
            let written = encoded.withCString { write(fd, $0, strlen($0)) }
            close(fd)
            guard written == encoded.utf8.count else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
            }
        }
        for attempt in 0..<50 {
            if let text = try? String(contentsOf: file, encoding: .utf8), text.hasSuffix("\n") || attempt == 49 {
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                guard let data = Data(base64Encoded: trimmed), data.count == 32 else { throw KeyError.malformed(file.path) }
                return SecretBox(key: SymmetricKey(data: data))
            }
            usleep(10_000)  // the winner is still writing its line
        }
        throw KeyError.malformed(file.path)
    }

    static let prefix = "v1."

    public func seal(_ secret: String) throws -> String {
        let box = try AES.GCM.seal(Data(secret.utf8), using: key)
        guard let combined = box.combined else { throw CryptoKitError.incorrectParameterSize }
        return Self.prefix + combined.base64EncodedString()
    }

    public enum OpenError: Error, CustomStringConvertible {
        case unreadable
        public var description: String {
            "the robot's secret cannot be opened with this installation's key (HUIWU_SECRET_KEY changed?): set the secret again"
        }
    }

    public func open(_ sealed: String) throws -> String {
        guard sealed.hasPrefix(Self.prefix), let data = Data(base64Encoded: String(sealed.dropFirst(Self.prefix.count))),
            let box = try? AES.GCM.SealedBox(combined: data), let plain = try? AES.GCM.open(box, using: key),
            let text = String(data: plain, encoding: .utf8)
        else { throw OpenError.unreadable }
        return text
    }
}
