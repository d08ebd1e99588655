import Foundation
import HuiwuCore

/// An RFC 5322 message with MIME parts (RFC 2045/2046): UTF-8 text as base64, words in headers
/// as RFC 2047 encoded-words, and an RFC 6047 calendar part (`text/calendar; method=…`).
enum MailMessage {
    static func compose(
        from: String, fromName: String, to: String, toName: String, subject: String, text: String,
        calendar: (method: String, content: String)?, now: Date, id: String
    ) -> String {
        let boundary = "huiwu-" + id
        var lines = [
            "From: \(word(fromName)) <\(from)>",
            "To: \(word(toName)) <\(to)>",
            "Subject: \(word(subject))",
            "Date: \(date(now))",
            "Message-ID: <\(id)@huiwu>",
            "MIME-Version: 1.0",
            "Content-Type: multipart/mixed; boundary=\"\(boundary)\"",
            "",
            "--\(boundary)",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            "",
            base64(text),
        ]
        if let calendar {
            lines += [
                "--\(boundary)",
                "Content-Type: text/calendar; charset=utf-8; method=\(calendar.method)",
                "Content-Disposition: attachment; filename=\"invite.ics\"",
                "Content-Transfer-Encoding: base64",
                "",
                base64(calendar.content),
            ]
        }
        lines.append("--\(boundary)--")
        return lines.joined(separator: "\r\n")
    }

    static func base64(_ text: String) -> String {
        Data(text.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
    }

    /// An RFC 2047 encoded-word when the text is not plain ASCII.
    static func word(_ text: String) -> String {
        let clean = text.filter { !$0.isNewline }
        if clean.allSatisfy({ $0.isASCII && $0 != "\"" }) { return clean }
        return "=?UTF-8?B?" + Data(clean.utf8).base64EncodedString() + "?="
    }

    /// `Sun, 29 Nov 2026 11:10:08 +0000`.
    static func date(_ d: Date) -> String {
        let seconds = Int(d.timeIntervalSince1970)
        let day = CivilDate(daysSinceEpoch: seconds / 86_400)
        let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
            months = [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ]
        let s = seconds % 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return
            "\(names[day.isoWeekday - 1]), \(two(day.day)) \(months[day.month - 1]) \(day.year) \(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60)) +0000"
    }
}
