import Crypto
import Foundation

extension SecretBox {
    /// An HMAC-SHA256 of `message` under a key derived for `purpose` from the installation's key
    /// (HKDF), base64url without padding. Check-in links are signed so (R5.6): every instance of
    /// a fleet shares the key, so a link one instance made checks in on any other.
    public func signature(of message: String, purpose: String) -> String {
        let derived = HKDF<SHA256>.deriveKey(
            inputKeyMaterial: key, info: Data(("huiwu:" + purpose).utf8), outputByteCount: 32)
        let mac = HMAC<SHA256>.authenticationCode(for: Data(message.utf8), using: derived)
        return Data(mac).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// Whether `signature` is `message`'s, compared in constant time.
    public func verify(_ signature: String, of message: String, purpose: String) -> Bool {
        let expected = Array(self.signature(of: message, purpose: purpose).utf8)
        let given = Array(signature.utf8)
        guard expected.count == given.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<expected.count { diff |= expected[i] ^ given[i] }
        return diff == 0
    }
}
