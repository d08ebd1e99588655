/// Text read a line at a time, whatever ended its lines (X2). A browser sends a textarea's
/// line ends as CR LF (HTML form submission normalises them so), files saved on Windows carry
/// CR LF, old Mac files CR alone; every place that splits text into lines does it here, so
/// all three end one line. In Swift "\r\n" is one `Character`, so splitting on "\n" alone
/// leaves a browser's text as a single line.
public enum TextLines {
    /// True for the characters that end a line: LF, CR and the CR LF pair.
    public static func endsLine(_ c: Character) -> Bool { c == "\n" || c == "\r\n" || c == "\r" }

    /// Every line of `text`, blank ones kept, so a line's index + 1 is its number as an editor
    /// shows it. A final line end leaves an empty last element, as `split` does.
    public static func split(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: endsLine)
    }

    /// The lines of `text`: a final line end ends the last line, it does not start another.
    public static func lines(_ text: String) -> [String] {
        if text.isEmpty { return [] }
        var parts = split(text).map(String.init)
        if parts.last == "" { parts.removeLast() }
        return parts
    }

    /// `text` with every line end written as `separator` (LF unless told otherwise).
    public static func normalised(_ text: String, separator: String = "\n") -> String {
        split(text).joined(separator: separator)
    }
}
