import Foundation
import HuiwuCore
import Testing

/// The rules every typed value is held to wherever it is taken (X1, R2.5, OWASP ASVS V2.1), the
/// same the API document states.
@Suite("Input rules: e-mail addresses, passwords, text lengths")
struct InputRulesTests {
    @Test(
        "an address is local@domain: a dot-atom of at most 64, two or more valid labels, ASCII, at most 254",
        arguments: [
            "a@x.cn", "li.wang@example.org", "Li@Example.ORG", "o'neil+meetings@mail.a1.example", "x_y-z@a-b.c1.xn--fiqs8s",
            "!#$%&'*+-/=?^_`{|}~@example.org", String(repeating: "a", count: 64) + "@example.org",
        ])
    func addressesAccepted(_ text: String) {
        #expect(EmailAddress.isValid(text))
    }

    @Test(
        "anything else is refused: `@`, no domain dot, spaces, controls, double or edge dots, bad labels, too long",
        arguments: [
            "@", "", "a@", "@x.cn", "a@x", "a@@x.cn", "a@b@x.cn", "a b@x.cn", " a@x.cn", "a@x.cn ", "a@x.cn\n", "a\u{0}@x.cn",
            ".a@x.cn", "a.@x.cn", "a..b@x.cn", "a@.x.cn", "a@x..cn", "a@x.cn.", "a@-x.cn", "a@x-.cn", "a@x.c_n", "a@x.123",
            "a@[127.0.0.1]", "\"a b\"@x.cn", "王@例子.中国", "a@x.cn,b@x.cn", "<a@x.cn>",
            String(repeating: "a", count: 65) + "@example.org",
            "a@" + String(repeating: "b", count: 64) + ".cn",
            "a@" + Array(repeating: String(repeating: "b", count: 60), count: 5).joined(separator: ".") + ".cn",
        ])
    func addressesRefused(_ text: String) {
        #expect(!EmailAddress.isValid(text))
    }

    @Test("the API document states the address rule: its pattern, 254 at most, and not a local part over 64")
    func documentPatternAgrees() throws {
        let pattern = try Regex(EmailAddress.pattern), tooLong = try Regex(EmailAddress.localTooLong)
        func documentAccepts(_ text: String) -> Bool {
            text.unicodeScalars.count <= EmailAddress.maxLength && (try? pattern.wholeMatch(in: text)) != nil
                && (try? tooLong.prefixMatch(in: text)) == nil
        }
        let samples =
            ["a@x.cn", "li.wang@example.org", "o'neil+m@a1.example", String(repeating: "a", count: 64) + "@example.org"]
            + ["@", "a@x", "a..b@x.cn", "a@x.123", "a@-x.cn", " a@x.cn", String(repeating: "a", count: 65) + "@example.org"]
            + ["a@" + Array(repeating: String(repeating: "b", count: 60), count: 5).joined(separator: ".") + ".cn"]
        for text in samples {
            #expect(documentAccepts(text) == EmailAddress.isValid(text), "\(text)")
        }
    }

    let policy = PasswordPolicy(breached: ["123456", "00000000", "password1234", "qwerty123456", "Q1W2E3R4T5Y6"])

    @Test("ASVS V2.1.1: fewer than 12 characters is too short — `00000000`, the demo's 10, 11 CJK characters")
    func shortPasswordsRefused() {
        #expect(policy.problem("00000000") == .tooShort)
        #expect(policy.problem("huiwu-demo") == .tooShort)
        #expect(policy.problem(String(repeating: "会", count: 11)) == .tooShort)
        // Counted as code points, untrimmed: 11 letters and a space are 12.
        #expect(policy.problem("abcdefghijk ") == nil)
    }

    @Test("ASVS V2.1.7: a breached password of 12 or more is refused whatever its case")
    func breachedPasswordsRefused() {
        #expect(policy.problem("password1234") == .breached)
        #expect(policy.problem("PassWord1234") == .breached)
        #expect(policy.problem("q1w2e3r4t5y6") == .breached)
    }

    @Test("ASVS V2.1.2/V2.1.4: 128 printable characters with spaces and emoji pass; 129 or a control character do not")
    func lengthAndCharacters() {
        #expect(policy.problem("correct horse battery staple") == nil)
        #expect(policy.problem("会议室 预定 密码 很长 🙂🙂") == nil)
        #expect(policy.problem(String(repeating: "x", count: 128)) == nil)
        #expect(policy.problem(String(repeating: "x", count: 129)) == .tooLong)
        #expect(policy.problem("abcdefghijkl\u{0}") == .unprintable)
        #expect(policy.problem("abcdefghijkl\n") == .unprintable)
    }

    @Test("the shipped breached list is read as lines, `#` being a password like any other")
    func shippedListFormat() {
        let lines = PasswordPolicy.lines(of: "#1stunnaisme12\nqwerty123456\n\nabc\r\n")
        #expect(lines == ["#1stunnaisme12", "qwerty123456", "abc"])
        #expect(PasswordPolicy(breached: lines).problem("#1STUNNAISME12") == .breached)
    }

    @Test("a limit counts code points as sent, the way JSON Schema's maxLength does; blank is Unicode white space")
    func textLengths() {
        #expect(TextRules.length("e\u{301}") == 2)
        #expect(TextRules.length("👩‍💻") == 3)
        #expect(TextRules.problem(String(repeating: "会", count: 200), max: 200) == nil)
        #expect(TextRules.problem(String(repeating: "会", count: 200) + " ", max: 200) == "field.too_long")
        #expect(TextRules.problem("a\u{1}b", max: 200) == "field.control_characters")
        #expect(TextRules.isBlank(" \t\u{3000}\u{2028}") && !TextRules.isBlank(" \u{301}"))
        #expect(" \u{3000}会议\n".trimmedWhitespace == "会议")
    }
}
