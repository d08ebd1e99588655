import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// What an approver decides on, beside the request itself: for leave, the meeting and its time;
/// for a booking, the room, the time, the purpose and the headcount (R1.1, R3.1). Whoever may
/// see the request sees these; a leave's reason keeps its own rule (`LeaveRequests.reasonsReadable`).
struct ApprovalSubjectDTO: Content, Equatable {
    var meetingId: String?
    var meetingTitle: String?
    var roomId: String?
    var roomName: String?
    var startsAt: String
    var endsAt: String
    /// A booking's purpose code and its name in the reader's language.
    var purpose: String?
    var purposeName: String?
    var headcount: Int?
}

/// One request's subject as read from the store.
struct ApprovalSubjectDetail {
    var meetingId: UUID?
    var meetingTitle: String?
    var roomId: UUID?
    var roomName: String?
    var startsAt: Date
    var endsAt: Date
    var purpose: String?
    var purposeName: String?
    var headcount: Int?

    func dto(_ time: OrgTime) -> ApprovalSubjectDTO {
        ApprovalSubjectDTO(
            meetingId: meetingId?.uuidString, meetingTitle: meetingTitle, roomId: roomId?.uuidString, roomName: roomName,
            startsAt: time.format(startsAt), endsAt: time.format(endsAt), purpose: purpose, purposeName: purposeName,
            headcount: headcount)
    }
}

/// Reads the subjects of a list of requests (purpose names once per list).
final class ApprovalSubjects {
    private let req: Request
    private var purposes: [String: String]?

    init(_ req: Request) { self.req = req }

    func subject(_ v: ApprovalView) async throws -> ApprovalSubjectDetail? {
        let services = req.huiwu
        switch v.request.subject {
        case .leave:
            guard let leave = try await services.leave.record(v.request.subjectId),
                let m = try await services.meetings.meeting(leave.meetingId)
            else { return nil }
            return ApprovalSubjectDetail(
                meetingId: m.meeting.id, meetingTitle: m.meeting.title, roomId: m.meeting.roomId, roomName: m.roomName,
                startsAt: m.meeting.startsAt, endsAt: m.meeting.endsAt)
        case .booking:
            guard let b = try await services.bookings.view(v.request.subjectId) else { return nil }
            let names = try await purposeNames()
            return ApprovalSubjectDetail(
                roomId: b.booking.roomId, roomName: b.roomName, startsAt: b.booking.startsAt, endsAt: b.booking.endsAt,
                purpose: b.booking.purpose, purposeName: names[b.booking.purpose] ?? b.booking.purpose,
                headcount: b.booking.headcount)
        default:
            // A subject this page has no details for shows its title alone.
            return nil
        }
    }

    private func purposeNames() async throws -> [String: String] {
        if let purposes { return purposes }
        let locale = req.uiLocale
        let names = Dictionary(
            try await req.huiwu.organisation.purposes(includeInactive: true).map { ($0.code, $0.localizedName(locale)) },
            uniquingKeysWith: { a, _ in a })
        purposes = names
        return names
    }

    /// The span as people read it: "2026-12-08 10:00–11:00" (the end's date too when it differs).
    static func span(_ start: Date, _ end: Date, time: OrgTime) -> String {
        let day = time.date(of: start), endDay = time.date(of: end)
        let tail = day == endDay ? time.clock(end) : endDay.description + " " + time.clock(end)
        return day.description + " " + time.clock(start) + "–" + tail
    }
}
