/// The shape of an e-mail address we will send to: one `@`, a dot in the domain, no spaces.
public enum EmailAddress {
    public static func isPlausible(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix("."), text.count <= 254
        else { return false }
        return !text.contains { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," || $0 == ";" }
    }
}
