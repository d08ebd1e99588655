import Foundation

/// How a person is found by typing (X6: Chinese handled in search): the name's pinyin and the
/// initials of its syllables, lowercase ASCII — "张伟" is "zhangwei" and "zw". Stored with the
/// person, so a search compares columns through an index instead of converting every name.
/// Latin names keep their letters ("Alice Wang" → "alicewang", "aw").
public struct NameSearchKeys: Sendable, Equatable {
    public var initials: String
    public var pinyin: String

    public init(initials: String, pinyin: String) {
        self.initials = initials
        self.pinyin = pinyin
    }

    /// Longer keys are cut: a search field is short, and an index entry should be too.
    public static let maxLength = 64

    public init(name: String) {
        // ICU's Han-Latin transform (Mandarin readings), then the tone marks off.
        let latin =
            name.applyingTransform(.mandarinToLatin, reverse: false)
            .flatMap { $0.applyingTransform(.stripDiacritics, reverse: false) } ?? name
        let words = latin.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        initials = String(words.compactMap(\.first).prefix(Self.maxLength))
        pinyin = String(words.joined().prefix(Self.maxLength))
    }

    /// What someone typed, as the keys are stored (lowercase ASCII letters and digits), or nil
    /// when nothing of it can match a key (Chinese characters are matched against the name).
    public static func query(_ typed: String) -> String? {
        let folded = String(typed.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }.prefix(maxLength))
        return folded.isEmpty ? nil : folded
    }

    /// The first text after every text starting with `prefix` (for a range an index can answer:
    /// `key >= prefix AND key < upperBound(prefix)`); `prefix` is lowercase ASCII.
    public static func upperBound(_ prefix: String) -> String {
        var scalars = Array(prefix.unicodeScalars)
        while let last = scalars.popLast() {
            if last.value < 0x7E, let next = Unicode.Scalar(last.value + 1) {
                scalars.append(next)
                return String(String.UnicodeScalarView(scalars))
            }
        }
        return "\u{7F}"
    }
}
