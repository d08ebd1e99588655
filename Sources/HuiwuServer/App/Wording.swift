import HuiwuCore
import Vapor

/// How lists, labels, asides and lengths of time read in the reader's language (X6): Chinese
/// writes 张伟、李强 and 组织者：张伟 and 会议室（10 人）, English "Zhang Wei, Li Qiang",
/// "Organiser: Zhang Wei", "Room (10)". Pages build such text here, never with a literal
/// Chinese separator.
extension Request {
    /// Items joined as the reader's language lists them.
    func list(_ items: [String]) -> String { items.joined(separator: t("ui_list_separator")) }

    /// `main` with `detail` beside it in parentheses.
    func aside(_ main: String, _ detail: String) -> String { t("ui_aside", ["main": main, "detail": detail]) }

    /// A rulebook's length of time in words: 15 分钟 / 15 min, 1 小时 / 1 hour, 3 天 / 3 days.
    func duration(_ d: RuleDuration) -> String {
        let m = d.minutes
        if m != 0, m % 1440 == 0 { return t(m == 1440 ? "ui_duration_day" : "ui_duration_days", ["n": String(m / 1440)]) }
        if m != 0, m % 60 == 0 { return t(m == 60 ? "ui_duration_hour" : "ui_duration_hours", ["n": String(m / 60)]) }
        return t("ui_duration_minutes", ["n": String(m)])
    }
}
