/// What a new password must be (OWASP ASVS 4.0 V2.1, NIST SP 800-63B §5.1.1.2), applied
/// whenever a password is set — a person created through the API, the admin page or
/// `huiwu admin create-user`, or a password changed — never to one already stored, which
/// keeps working.
///
/// - V2.1.1: at least 12 characters, counted as Unicode code points of the password exactly as
///   typed (nothing is trimmed or folded: V2.1.3).
/// - V2.1.2: at most 128 (longer is refused, not cut).
/// - V2.1.4: every printable character is allowed, spaces and emoji included; control
///   characters are not printable and are refused.
/// - V2.1.7: not one of the breached passwords shipped with the product
///   (Resources/Passwords/), compared case-insensitively.
/// - V2.1.9: no other composition rules.
public struct PasswordPolicy: Sendable {
    public static let minLength = 12
    public static let maxLength = 128

    /// Lower-cased breached passwords; only those long enough to pass the length rule matter.
    let breached: Set<String>

    public init(breached: some Sequence<String>) {
        self.breached = Set(breached.lazy.map { $0.lowercased() }.filter { $0.unicodeScalars.count >= Self.minLength })
    }

    /// How many breached passwords the policy would refuse on their own (the rest are too short anyway).
    public var breachedCount: Int { breached.count }

    public enum Problem: String, Sendable, CaseIterable {
        case tooShort = "person.password_too_short"
        case tooLong = "person.password_too_long"
        case unprintable = "person.password_unprintable"
        case breached = "person.password_breached"
    }

    /// The first rule `password` breaks, nil when it may be set.
    public func problem(_ password: String) -> Problem? {
        let length = password.unicodeScalars.count
        if length < Self.minLength { return .tooShort }
        if length > Self.maxLength { return .tooLong }
        if password.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return .unprintable }
        if breached.contains(password.lowercased()) { return .breached }
        return nil
    }

    /// One breached password per line (UTF-8, nothing else: a line starting with `#` is a
    /// password too), as shipped in Resources/Passwords/breached.txt.
    public static func lines(of text: String) -> [String] {
        TextLines.split(text).filter { !$0.isEmpty }.map(String.init)
    }
}
