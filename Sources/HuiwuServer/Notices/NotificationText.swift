import HuiwuCore
import HuiwuStore
import Vapor

/// Renders stored notifications in the reader's language.
enum NotificationText {
    static func message(_ record: NotificationRecord, on req: Request) -> String {
        let params = NotificationParams.decode(record.params)
        let time = req.huiwu.time
        var values: [String: String] = [
            "room": params.roomName ?? "", "title": params.titleCode.map { req.t($0) } ?? params.title ?? "",
            "reason": params.reason ?? "",
            "actor": params.actorName ?? "", "person": params.personName ?? "",
            "amount": params.amount ?? "", "days": params.daysOfWage ?? "",
            "clause": [
                params.clauseCite.map { params.clauseLocal == true ? req.t("ui_rulebook_cite_local", ["cite": $0]) : $0 },
                params.clauseText?.text(req.uiLocale.rawValue),
            ].compactMap { $0 }.joined(separator: " "),
        ]
        if let s = params.startsAt, let e = params.endsAt {
            values["when"] = time.date(of: s).description + " " + time.clock(s) + "–" + time.clock(e)
        }
        var text = req.t("notification." + record.kind, values)
        if let alternatives = params.alternatives, !alternatives.isEmpty {
            let list = alternatives.map {
                "\($0.roomName) \(time.date(of: $0.startsAt)) \(time.clock($0.startsAt))–\(time.clock($0.endsAt))"
            }
            text += " " + req.t("notification.alternatives", ["list": list.joined(separator: "; ")])
        }
        return text
    }

    static func dto(_ record: NotificationRecord, on req: Request) -> NotificationDTO {
        NotificationDTO(
            id: record.id, kind: record.kind, bookingId: record.bookingId, meetingId: record.meetingId,
            message: message(record, on: req),
            createdAt: req.huiwu.time.format(record.createdAt), read: record.readAt != nil)
    }
}
