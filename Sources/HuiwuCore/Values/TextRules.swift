/// Text every stored field must satisfy: no NUL or other C0 control characters except tab,
/// line feed and carriage return. PostgreSQL cannot store NUL in text at all; SQLite would
/// store it silently; neither belongs in a person's or a room's name.
public enum TextRules {
    public static func hasForbiddenControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" }
    }
}

extension String {
    /// Leading and trailing white space removed, without Foundation's CharacterSet bridging
    /// (which shows up in profiles of the booking path).
    public var trimmedWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        if first == startIndex && last == index(before: endIndex) { return self }
        return String(self[first...last])
    }
}
