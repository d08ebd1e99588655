import Foundation

/// What a mobile number and a chat platform user id may be (R5.2, X2): what a robot mentions
/// must name one person. A mobile number is digits with an optional leading `+` (7 to 15 digits,
/// E.164's range); a user id is letters, digits and `_ - .` up to 64, never `all` / `@all`, which
/// the platforms read as "everyone in the group".
public enum ChatAccountRules {
    public static func isMobile(_ text: String) -> Bool {
        let digits = text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        return (7...15).contains(digits.count) && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    public static func isUserId(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard !text.isEmpty, text.count <= 64, lowered != "all", lowered != "@all" else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_-.".contains($0)) }
    }
}
