/// Minimal HTML escaping for the few fragments built in Swift (the day grid, for speed).
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    static func percent(_ value: Double) -> String {
        let v = (value * 100).rounded() / 100
        return String(v) + "%"
    }
}
