import HuiwuCore
import HuiwuStore
import Vapor

/// Renders stored notifications in the reader's language.
enum NotificationText {
    static func message(_ record: NotificationRecord, on req: Request) -> String {
        let params = NotificationParams.decode(record.params)
        let time = req.huiwu.time
        var text = NoticeWords(catalogs: req.huiwu.catalogs, time: time, locale: req.uiLocale).text(record.kind, params)
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
