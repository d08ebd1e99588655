import Foundation
import HuiwuCore
import HuiwuStore

/// A notice written out: subject, text, and for e-mail the calendar part (RFC 5546 REQUEST or
/// CANCEL, whichever brings the recipient's copy to what they should hold).
struct NoticeMessage {
    var subject: String
    var text: String
    var calendar: (method: String, content: String)?

    /// Notices are written in the organisation's language (zh-Hans); people carry no language
    /// preference yet.
    static let locale = UILocale.zhHans

    /// `itip`: the invitation worked out for the recipient's calendar (e-mail only; see
    /// `CalendarCopies`), written out with the organiser and the recipient as attendee.
    static func render(
        _ notice: NoticeRecord, _ c: NoticeContext, itip: ITIPMessage?, catalogs: Catalogs, time: OrgTime,
        now: Date
    ) -> NoticeMessage {
        let m = c.meeting.meeting
        let when = "\(time.date(of: m.startsAt)) \(time.clock(m.startsAt))–\(time.clock(m.endsAt))"
        let values = [
            "title": m.title, "when": when, "room": c.meeting.roomName ?? catalogs.text("ui_no_room", locale),
            "organiser": c.meeting.organiserName, "name": c.recipientName,
            "minutes": c.minutes?.body ?? "", "decisions": c.minutes?.decisions ?? "",
        ]
        let subject = catalogs.text("notice.subject." + notice.kind.rawValue, locale, values)
        let text = catalogs.text("notice.body." + notice.kind.rawValue, locale, values)
        var message = NoticeMessage(subject: subject, text: text, calendar: nil)
        if let itip {
            let organizer = ICalEvent.Person(name: c.meeting.organiserName, email: c.organiserEmail)
            let attendee = ICalEvent.Person(name: c.recipientName, email: c.recipientEmail)
            let events = itip.events.map { e -> ICalEvent in
                var e = e
                e.organizer = organizer
                e.attendees = [attendee]
                return e
            }
            message.calendar = (itip.method, ICalendar.document(events: events, zone: time, method: itip.method, stamp: now))
        }
        return message
    }

    /// Kinds whose e-mail carries the recipient's calendar object (reminders and minutes do not
    /// change what anyone holds).
    static func carriesCalendar(_ kind: NoticeKind) -> Bool { kind != .reminder && kind != .minutes }
}
