/// Text every stored field must satisfy, and how its length is counted — the same rules the API
/// document states (`maxLength`, `pattern`), so what the document calls valid is what is taken:
///
/// - No NUL or other C0 control characters except tab, line feed and carriage return.
///   PostgreSQL cannot store NUL in text at all; SQLite would store it silently; neither belongs
///   in a person's or a room's name.
/// - A length is the number of Unicode code points as sent, before any trimming: what JSON
///   Schema's `maxLength` counts (a grapheme cluster such as 👩‍💻 is several).
/// - White space is Unicode's White_Space property, one scalar at a time; a required field that
///   is nothing but white space is blank.
public enum TextRules {
    public static func hasForbiddenControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" }
    }

    /// The length a limit is checked against: code points, as JSON Schema counts them.
    public static func length(_ text: String) -> Int { text.unicodeScalars.count }

    /// The catalog code of what is wrong with free text of at most `max` code points, nil when
    /// nothing is: too long first, then a forbidden control character (both on the text as sent).
    public static func problem(_ text: String, max: Int) -> String? {
        if length(text) > max { return "field.too_long" }
        if hasForbiddenControl(text) { return "field.control_characters" }
        return nil
    }

    /// True when `text` has nothing but white space.
    public static func isBlank(_ text: String) -> Bool { text.unicodeScalars.allSatisfy(\.properties.isWhitespace) }
}

extension String {
    /// Leading and trailing white space (Unicode White_Space, per scalar) removed, without
    /// Foundation's CharacterSet bridging (which shows up in profiles of the booking path).
    public var trimmedWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        if first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) { return self }
        return String(scalars[first...last])
    }
}
