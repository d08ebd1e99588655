import Foundation
import HuiwuCore
import HuiwuStore

/// A notice written out: subject, text, and for e-mail the calendar part (RFC 5546:
/// REQUEST for invitations and updates, CANCEL for cancellations).
struct NoticeMessage {
    var subject: String
    var text: String
    var calendar: (method: String, content: String)?

    /// Notices are written in the organisation's language (zh-Hans); people carry no language
    /// preference yet.
    static let locale = UILocale.zhHans

    static func render(_ notice: NoticeRecord, _ c: NoticeContext, catalogs: Catalogs, time: OrgTime, now: Date) -> NoticeMessage {
        let m = c.meeting.meeting
        let when = "\(time.date(of: m.startsAt)) \(time.clock(m.startsAt))–\(time.clock(m.endsAt))"
        let values = ["title": m.title, "when": when, "room": c.meeting.roomName ?? catalogs.text("ui_no_room", locale),
                      "organiser": c.meeting.organiserName, "name": c.recipientName,
                      "minutes": c.minutes?.body ?? "", "decisions": c.minutes?.decisions ?? ""]
        let subject = catalogs.text("notice.subject." + notice.kind.rawValue, locale, values)
        let text = catalogs.text("notice.body." + notice.kind.rawValue, locale, values)
        var message = NoticeMessage(subject: subject, text: text, calendar: nil)
        if notice.channel == .email && notice.kind != .reminder && notice.kind != .minutes {
            message.calendar = calendar(notice.kind, c, time: time, now: now)
        }
        return message
    }

    static func calendar(_ kind: NoticeKind, _ c: NoticeContext, time: OrgTime, now: Date) -> (method: String, content: String) {
        let m = c.meeting.meeting
        func local(_ d: Date) -> LocalDateTime { MeetingScheduler.local(d, time) }
        let organizer = ICalEvent.Person(name: c.meeting.organiserName, email: c.organiserEmail)
        let attendee = ICalEvent.Person(name: c.recipientName, email: c.recipientEmail)
        var events: [ICalEvent]
        var method = "REQUEST"
        if let series = c.series {
            let uid = series.id.uuidString.lowercased() + "@huiwu"
            if kind == .cancellation {
                method = "CANCEL"
                let remaining = c.seriesMeetings.filter { $0.status == .scheduled && c.recipientMeetings.contains($0.id) }
                if remaining.isEmpty {
                    var e = ICalEvent(uid: uid, sequence: series.version + 1, start: series.schedule.start,
                                      end: local(m.endsAt), summary: series.title)
                    e.cancelled = true
                    events = [e]
                } else {
                    events = c.seriesMeetings.filter { $0.status == .cancelled && $0.startsAt >= m.startsAt && $0.recurrenceKey != nil }
                        .map { x in
                            var e = ICalEvent(uid: uid, sequence: max(series.version, x.sequence), start: local(x.startsAt),
                                              end: local(x.endsAt), summary: x.title)
                            e.recurrenceId = x.recurrenceKey
                            e.cancelled = true
                            return e
                        }
                }
            } else {
                let meetings = c.seriesMeetings.map { x in
                    ExportedMeeting(key: x.recurrenceKey, start: local(x.startsAt), end: local(x.endsAt), title: x.title,
                                    location: x.roomId.flatMap { c.roomNames[$0] }, sequence: x.sequence,
                                    scheduled: x.status == .scheduled, included: c.recipientMeetings.contains(x.id))
                }
                events = SeriesExport.events(uid: uid, title: series.title, location: series.roomId.flatMap { c.roomNames[$0] },
                                             schedule: series.schedule, version: series.version, meetings: meetings, zone: time)
            }
        } else {
            var e = ICalEvent(uid: m.id.uuidString.lowercased() + "@huiwu", sequence: m.sequence, start: local(m.startsAt),
                              end: local(m.endsAt), summary: m.title)
            e.location = c.meeting.roomName
            if kind == .cancellation {
                method = "CANCEL"
                e.cancelled = true
            }
            events = [e]
        }
        for i in events.indices {
            events[i].organizer = organizer
            events[i].attendees = [attendee]
        }
        return (method, ICalendar.document(events: events, zone: time, method: method, stamp: now))
    }
}
