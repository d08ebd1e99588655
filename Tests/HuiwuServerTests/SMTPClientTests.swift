import HuiwuStore
import Testing

@testable import HuiwuServer

@Suite("The SMTP client's pieces (X2)")
struct SMTPClientTests {
    @Test("replies are read across chunk boundaries, multi-line replies end at the line without a dash")
    func repliesAcrossChunks() throws {
        var reader = SMTPReplyReader()
        #expect(
            try reader.feed(Array("220 relay ready\r\n250-relay.example\r\n250-STA".utf8)) == [
                SMTPReply(code: 220, lines: ["relay ready"])
            ])
        let ehlo = try reader.feed(Array("RTTLS\r\n250 AUTH PLAIN LOGIN\r\n".utf8))
        #expect(ehlo == [SMTPReply(code: 250, lines: ["relay.example", "STARTTLS", "AUTH PLAIN LOGIN"])])
        #expect(ehlo[0].extensions == ["STARTTLS", "AUTH PLAIN LOGIN"])
        #expect(throws: SMTPReplyReader.Malformed.self) { _ = try reader.feed(Array("hello\r\n".utf8)) }
    }

    @Test("a message is dot-stuffed with CRLF line ends")
    func dotStuffing() {
        #expect(SMTPSession.dotStuffed(".first\n.second\r\nthird") == "..first\r\n..second\r\nthird")
    }

    @Test("a command's verb, never its secret, names a failed step")
    func verbsHideSecrets() {
        #expect(SMTPSession.verb("MAIL FROM:<a@b>") == "MAIL")
        #expect(SMTPSession.verb("AUTH PLAIN AGh1aXd1AHNlY3JldA==") == "AUTH")
        #expect(SMTPSession.verb("c2VjcmV0LXBhc3N3b3Jk") == "the sign-in")
    }

    @Test("the relay settings: ports by security, sign-in only over TLS, bad values stop the start")
    func relayFromEnvironment() throws {
        #expect(try SMTPRelay.from(environment: [:]) == nil)
        #expect(try SMTPRelay.from(environment: ["HUIWU_SMTP": "mail.a1.example"]) == SMTPRelay(host: "mail.a1.example"))
        let tls = try SMTPRelay.from(environment: ["HUIWU_SMTP": "mail.a1.example", "HUIWU_SMTP_SECURITY": "TLS"])
        #expect(tls?.port == 465 && tls?.security == .tls)
        let signed = try SMTPRelay.from(environment: [
            "HUIWU_SMTP": "mail.a1.example:587", "HUIWU_SMTP_USER": "office", "HUIWU_SMTP_PASSWORD": "pw",
            "HUIWU_SMTP_TIMEOUT_SECONDS": "12",
        ])
        #expect(signed == SMTPRelay(host: "mail.a1.example", port: 587, username: "office", password: "pw", timeoutSeconds: 12))
        for bad in [
            ["HUIWU_SMTP": "mail:99999"], ["HUIWU_SMTP": ":25"], ["HUIWU_SMTP": "m", "HUIWU_SMTP_SECURITY": "ssl"],
            ["HUIWU_SMTP": "m", "HUIWU_SMTP_USER": "u", "HUIWU_SMTP_SECURITY": "none"],
            ["HUIWU_SMTP": "m", "HUIWU_SMTP_TIMEOUT_SECONDS": "0"],
        ] {
            #expect(throws: BadSetting.self) { _ = try SMTPRelay.from(environment: bad) }
        }
    }
}
