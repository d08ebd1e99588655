import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// Checking in from a phone (R5.6): the QR code opens `/check-in/{meeting}?t=…`; a
/// signed-in participant (or their accepted delegate) checks in or out with one button. The
/// organiser's marks on the meeting page post here too. Every way ends in `Attendance`.
struct CheckInPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.checkIn(.key), use: show)
        routes.post(SiteURL.checkIn(.key), use: submit)
        routes.post(SiteURL.meetingAttendanceMark(.key, .key), use: mark)
        routes.post(SiteURL.meetingAttendanceCorrection(.key, .key), use: correct)
    }

    struct CheckInView: Encodable {
        /// Whether the reader is on the list (or an accepted delegate): only they see which
        /// meeting the code is for.
        var listed: Bool
        var title: String
        var when: String
        var room: String
        var token: String
        var standing: String?
        var message: String?
        var canCheckIn: Bool
        var canCheckOut: Bool
        var action: String
        var meetingHref: String
    }

    struct Form: Content {
        var t: String?
        /// `check_in` or `check_out`.
        var step: String?
    }

    func show(req: Request) async throws -> Response {
        guard req.signedIn != nil else {
            return req.redirect(to: SiteURL.login.href(["next": req.url.path + "?" + (req.url.query ?? "")]))
        }
        return try await render(req, token: req.query[String.self, at: "t"], message: nil, status: .ok)
    }

    func render(_ req: Request, token: String?, message: String?, status: HTTPResponseStatus) async throws -> Response {
        let actor = try req.webActor()
        let id = try req.idParameter()
        guard let view = try await req.huiwu.meetings.meeting(id) else { throw ProblemError(.notFound, "not_found") }
        // A forged or expired link says so, and shows nothing of the meeting.
        try CheckInToken.require(token, meeting: id, req: req)
        let m = view.meeting, time = req.huiwu.time
        let line = try await req.huiwu.attendance.line(meeting: id, person: actor.id)
        let checkedIn = line?.record?.checkedInAt != nil
        // A code passed on, or scanned by someone not on the list, says nothing of the meeting.
        let listed = line != nil
        let page = CheckInView(
            listed: listed, title: listed ? m.title : "",
            when: listed ? "\(time.date(of: m.startsAt)) \(time.clock(m.startsAt))–\(time.clock(m.endsAt))" : "",
            room: listed ? view.roomName ?? req.t("ui_no_room") : "", token: token ?? "",
            standing: line.map { l in
                let label = req.t("ui_attendance_standing_" + l.standing.rawValue)
                return l.record?.checkedInAt.map { label + " " + time.clock($0) } ?? label
            }, message: message, canCheckIn: line != nil && !checkedIn,
            canCheckOut: checkedIn && line?.record?.checkedOutAt == nil, action: SiteURL.checkIn(.value(id)).path,
            meetingHref: SiteURL.meeting(.value(id)).path)
        return try await req.page("check-in", title: req.t("ui_check_in_title"), section: "meetings", page, status: status)
    }

    func submit(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let id = try req.idParameter()
        let form = try req.content.decode(Form.self)
        try CheckInToken.require(form.t, meeting: id, req: req)
        do {
            if form.step == "check_out" {
                _ = try await req.huiwu.attendance.checkOut(meeting: id, person: actor.id, at: req.now)
            } else {
                _ = try await req.huiwu.attendance.checkIn(meeting: id, person: actor.id, method: .qr, at: req.now)
            }
        } catch let error as AttendanceError {
            let problem = ProblemMapper.problem(for: error, on: req)
            return try await render(
                req, token: form.t, message: problem.title, status: HTTPResponseStatus(statusCode: problem.status))
        }
        return req.redirect(
            to: SiteURL.meeting(.value(id)), ["done": form.step == "check_out" ? "checked_out" : "checked_in"],
            fragment: "attendance")
    }

    /// The organiser's or chair's mark from the meeting page.
    func mark(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let meeting = try await MeetingsAPI.visible(req).meeting
        let id = meeting.id
        guard try await req.huiwu.attendance.mayMark(meeting, actor: actor) else { throw ProblemError(.forbidden, "forbidden") }
        let participant = try req.idParameter("participant")
        struct MarkForm: Content { var mark: String? }
        guard let mark = Attendance.Mark(rawValue: try req.content.decode(MarkForm.self).mark ?? "") else {
            throw ProblemError(.badRequest, "bad_request")
        }
        if mark == .clear {
            let row = try await req.huiwu.meetings.participants(of: id, only: participant).first
            if let ask = try await ConfirmFirst.ask(
                req, question: req.t("ui_confirm_attendance_clear", ["name": row?.name ?? ""]),
                confirm: req.t("ui_attendance_mark_clear"), back: SiteURL.meeting(.value(id)).href(fragment: "attendance"))
            {
                return ask
            }
        }
        do {
            _ = try await req.huiwu.attendance.mark(meeting: id, participant: participant, mark, by: actor, at: req.now)
        } catch let error as AttendanceError where error != .forbidden {
            // Refused (closed, not open yet, one's own record): the meeting page with why; nothing changed.
            var errors = FormErrors()
            let problem = ProblemMapper.problem(for: error, on: req)
            errors.general = [([problem.title] + [problem.detail].compactMap { $0 }).joined(separator: " — ")]
            return try await MeetingPages().render(
                req, edit: nil, errors: errors, status: HTTPResponseStatus(statusCode: problem.status))
        }
        return req.redirect(to: SiteURL.meeting(.value(id)), ["done": "attendance_marked"], fragment: "attendance")
    }

    /// After closing: the chair corrects a record with a reason; its fines are decided again.
    func correct(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let meeting = try await MeetingsAPI.visible(req).meeting
        guard try await req.huiwu.attendance.mayMark(meeting, actor: actor) else { throw ProblemError(.forbidden, "forbidden") }
        let participant = try req.idParameter("participant")
        try await req.huiwu.attendance.requireNotOwnRecord(meeting: meeting.id, participant: participant, by: actor)
        struct CorrectionForm: Content {
            var outcome: String?
            var reason: String?
        }
        let form = try req.content.decode(CorrectionForm.self)
        let (outcome, reason) = try AttendanceAPI.correction(outcome: form.outcome ?? "", reason: form.reason ?? "")
        _ = try await req.huiwu.attendance.correct(
            meeting: meeting.id, participant: participant, to: outcome, reason: reason, by: actor, now: req.now)
        return req.redirect(to: SiteURL.meeting(.value(meeting.id)), ["done": "attendance_corrected"], fragment: "attendance")
    }
}
