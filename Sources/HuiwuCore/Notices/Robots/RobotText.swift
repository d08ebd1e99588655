import Foundation

/// Fitting a message to a platform's size limit (X2): WeCom takes 2,048 bytes of text,
/// DingTalk and Feishu about 20 KB of body. Text is cut at a character boundary (never inside a
/// Chinese character or an emoji), marked with an ellipsis.
public enum RobotText {
    public static let ellipsis = "…"

    /// `text` if it fits in `bytes` of UTF-8, else its longest prefix that fits with the ellipsis.
    public static func prefix(_ text: String, bytes: Int) -> String {
        guard text.utf8.count > bytes else { return text }
        let room = bytes - ellipsis.utf8.count
        guard room > 0 else { return "" }
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let size = text[index].utf8.count
            if used + size > room { break }
            used += size
            end = text.index(after: index)
        }
        return String(text[..<end]) + ellipsis
    }

    /// The largest budget in `0...upper` for which `fits(budget)` holds (fits is monotonic:
    /// a smaller budget never makes a message larger); 0 when even that does not fit.
    public static func largestFitting(upper: Int, _ fits: (Int) -> Bool) -> Int {
        if fits(upper) { return upper }
        var low = 0
        var high = upper
        while low < high {
            let mid = (low + high + 1) / 2
            if fits(mid) { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
