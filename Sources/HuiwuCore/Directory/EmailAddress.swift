/// An e-mail address Huiwu will send to (X1 people, R2.5 guests): an RFC 5321 mailbox in its
/// ASCII form, `local@domain`, checked the same way wherever an address is taken (the people
/// API and admin page, guests on meetings and series) — one rule, so what the directory
/// accepts is what the relay can deliver.
///
/// - The local part is a dot-atom (RFC 5322 §3.2.3): runs of `atext` joined by single dots, at
///   most 64 octets (RFC 5321 §4.5.3.1.1). Quoted local parts (`"a b"@x.cn`) are refused: relays
///   and people alike get them wrong, and nobody in an organisation's directory has one.
/// - The domain is at least two dot-separated labels of letters, digits and inner hyphens, each
///   at most 63 octets (RFC 1035 §2.3.4, RFC 1123 §2.1); the last starts with a letter, so an
///   all-numeric top-level domain or an IP literal is refused (RFC 3696 §2).
/// - At most 254 octets in all (RFC 5321 §4.5.3.1.3 path limit less the angle brackets).
/// - No white space, no control characters, nothing outside ASCII (an internationalised
///   domain is given in its `xn--` form).
///
/// Resources/openapi.json states the same rule: `pattern`, `maxLength: 254` and `not` `localTooLong`.
public enum EmailAddress {
    public static let maxLength = 254
    public static let maxLocalLength = 64
    public static let maxLabelLength = 63

    /// RFC 5322 `atext`: letters, digits and these.
    static let atextSymbols = Set("!#$%&'*+-/=?^_`{|}~".unicodeScalars)

    /// True when `text`, exactly as given (no trimming), is an address by the rules above.
    public static func isValid(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty, scalars.count <= maxLength, scalars.allSatisfy(\.isASCII) else { return false }
        guard let at = scalars.firstIndex(of: "@"), scalars.lastIndex(of: "@") == at else { return false }
        return isDotAtom(scalars[..<at]) && isDomain(scalars[(at + 1)...])
    }

    static func isAtext(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || atextSymbols.contains(s)
    }

    static func isDotAtom(_ local: ArraySlice<Unicode.Scalar>) -> Bool {
        guard !local.isEmpty, local.count <= maxLocalLength else { return false }
        let atoms = local.split(separator: ".", omittingEmptySubsequences: false)
        return atoms.allSatisfy { !$0.isEmpty && $0.allSatisfy(isAtext) }
    }

    static func isDomain(_ domain: ArraySlice<Unicode.Scalar>) -> Bool {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let last = labels.last, let first = last.first, isLetter(first) else { return false }
        return labels.allSatisfy(isLabel)
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }

    static func isLabel(_ label: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = label.first, let last = label.last, label.count <= maxLabelLength else { return false }
        func letterOrDigit(_ s: Unicode.Scalar) -> Bool { isLetter(s) || ("0"..."9").contains(s) }
        return letterOrDigit(first) && letterOrDigit(last) && label.allSatisfy { letterOrDigit($0) || $0 == "-" }
    }

    /// The rule as an ECMA-262 / Python regular expression, for the API document, which adds
    /// `maxLength: 254` and refuses `localTooLong` (a regular expression cannot bound the local
    /// part's total length without a lookahead, which test-data generators handle badly).
    public static let pattern =
        "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
        + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"

    /// Matches an address whose local part is longer than 64 (the document's `not`).
    public static let localTooLong = "^[^@]{65}"
}
