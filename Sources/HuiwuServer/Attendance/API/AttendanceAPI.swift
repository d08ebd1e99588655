import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// Attendance through the API (R5.6): the roster for whoever sees the meeting; a
/// person checks themself in or out with the meeting's check-in token (the QR code's), the
/// organiser or chair marks anyone; the organiser fetches a fresh check-in link.
struct AttendanceAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.meetingPart(.key, .attendance), use: roster)
        routes.post(APIURL.meetingPart(.key, .checkIn), use: checkIn)
        routes.post(APIURL.meetingPart(.key, .checkOut), use: checkOut)
        routes.get(APIURL.meetingPart(.key, .checkInLink), use: link)
        routes.post(APIURL.meetingAttendanceMark(.key, .key), use: mark)
        routes.post(APIURL.meetingAttendanceCorrection(.key, .key), use: correct)
    }

    struct TokenBody: Content {
        var token: String
    }

    struct MarkBody: Content {
        /// `check_in`, `check_out` or `clear`.
        var mark: String
    }

    /// `GET /api/v1/meetings/{id}/attendance`.
    func roster(req: Request) async throws -> AttendanceDTO {
        let view = try await MeetingsAPI.visible(req)
        return try await Self.dto(view.meeting, req: req)
    }

    static func dto(_ m: MeetingRecord, req: Request) async throws -> AttendanceDTO {
        let attendance = req.huiwu.attendance, time = req.huiwu.time
        let rule = try await attendance.rule(for: m)
        let window = AttendanceJudgement.window(start: m.startsAt, end: m.endsAt, rule: rule?.rule)
        let lines = try await attendance.roster(m.id)
        return AttendanceDTO(
            meetingId: m.id.uuidString, opensAt: time.format(window.opens), closesAt: time.format(window.closes),
            lateAfter: window.lateAfter.map(time.format), closed: try await attendance.isClosed(m.id),
            rule: try await Citations(req).dto(rule?.citation), lines: lines.map { AttendanceLineDTO($0, time: time) },
            corrections: try await attendance.corrections(meeting: m.id).map { AttendanceCorrectionDTO($0, time: time) })
    }

    /// `POST /api/v1/meetings/{id}/check-in` `{token}`: the caller checks themself in.
    func checkIn(req: Request) async throws -> AttendanceLineDTO {
        try await selfStep(req) { meeting, person, seat in
            try await req.huiwu.attendance.checkIn(meeting: meeting, person: person, seat: seat, method: .api, at: req.now)
        }
    }

    /// `POST /api/v1/meetings/{id}/check-out` `{token}`.
    func checkOut(req: Request) async throws -> AttendanceLineDTO {
        try await selfStep(req) { meeting, person, seat in
            try await req.huiwu.attendance.checkOut(meeting: meeting, person: person, seat: seat, at: req.now)
        }
    }

    /// Who is on the list may see the meeting, so one read of their seat answers both questions
    /// before the body is read (permission before validation); the meeting page's rules decide
    /// between 404 and 403 only for who has none.
    func selfStep(
        _ req: Request, _ step: (UUID, UUID, Attendance.Seat) async throws -> AttendanceLine
    ) async throws -> AttendanceLineDTO {
        let actor = try req.actor()
        let meetingId = try req.idParameter()
        guard let seat = try await req.huiwu.attendance.seat(meeting: meetingId, person: actor.id) else {
            _ = try await MeetingsAPI.visible(req)
            throw AttendanceError.notParticipant
        }
        let body = try req.decodeJSON(TokenBody.self)
        try CheckInToken.require(body.token, meeting: meetingId, req: req, expiredStatus: .forbidden)
        return AttendanceLineDTO(try await step(meetingId, actor.id, seat), time: req.huiwu.time)
    }

    static func line(_ record: AttendanceRecord, req: Request) async throws -> AttendanceLineDTO {
        guard let line = try await req.huiwu.attendance.line(meeting: record.meetingId, participant: record.participantId)
        else { throw ProblemError(.notFound, "not_found") }
        return AttendanceLineDTO(line, time: req.huiwu.time)
    }

    /// `POST /api/v1/meetings/{id}/attendance/{participant}` `{mark}` (organiser, chair, room office).
    func mark(req: Request) async throws -> AttendanceLineDTO {
        let actor = try req.actor()
        let view = try await MeetingsAPI.visible(req)
        guard try await req.huiwu.attendance.mayMark(view.meeting, actor: actor) else {
            throw ProblemError(.forbidden, "forbidden")
        }
        let body = try req.decodeJSON(MarkBody.self)
        guard let mark = Attendance.Mark(rawValue: body.mark) else {
            throw ValidationFailure([FieldError("mark", "field.enum", ["allowed": "check_in, check_out, clear"])])
        }
        let participant = try req.idParameter("participant")
        let line = try await req.huiwu.attendance.mark(
            meeting: view.meeting.id, participant: participant, mark, by: actor, at: req.now)
        return AttendanceLineDTO(line, time: req.huiwu.time)
    }

    struct CorrectionBody: Content {
        var outcome: String
        var reason: String
    }

    /// `POST /api/v1/meetings/{id}/attendance/{participant}/correction` `{outcome, reason}`: after
    /// closing, the chair (organiser, room office) corrects a record; its fines are decided again.
    func correct(req: Request) async throws -> AttendanceLineDTO {
        let actor = try req.actor()
        let view = try await MeetingsAPI.visible(req)
        guard try await req.huiwu.attendance.mayMark(view.meeting, actor: actor) else {
            throw ProblemError(.forbidden, "forbidden")
        }
        let participant = try req.idParameter("participant")
        try await req.huiwu.attendance.requireNotOwnRecord(meeting: view.meeting.id, participant: participant, by: actor)
        let body = try req.decodeJSON(CorrectionBody.self)
        let (outcome, reason) = try Self.correction(outcome: body.outcome, reason: body.reason)
        let record = try await req.huiwu.attendance.correct(
            meeting: view.meeting.id, participant: participant, to: outcome, reason: reason, by: actor, now: req.now)
        return try await Self.line(record, req: req)
    }

    /// A correction's fields checked (the API's and the meeting page's form alike).
    static func correction(outcome: String, reason: String) throws -> (AttendanceOutcome, String) {
        var errors: [FieldError] = []
        let outcome = AttendanceOutcome(rawValue: outcome)
        if outcome == nil {
            errors.append(
                FieldError(
                    "outcome", "field.enum", ["allowed": AttendanceOutcome.allCases.map(\.rawValue).joined(separator: ", ")]))
        }
        if TextRules.isBlank(reason) {
            errors.append(FieldError("reason", "field.required"))
        } else if let problem = TextRules.problem(reason, max: 500) {
            errors.append(FieldError("reason", problem, ["max": "500"]))
        }
        guard errors.isEmpty, let outcome else { throw ValidationFailure(errors) }
        return (outcome, reason.trimmedWhitespace)
    }

    /// `GET /api/v1/meetings/{id}/check-in-link` (organiser, chair, room office): a fresh link.
    func link(req: Request) async throws -> CheckInLinkDTO {
        let actor = try req.actor()
        let view = try await MeetingsAPI.visible(req)
        guard try await req.huiwu.attendance.mayMark(view.meeting, actor: actor) else {
            throw ProblemError(.forbidden, "forbidden")
        }
        let token = CheckInToken.make(for: view.meeting.id, now: req.now, box: req.huiwu.secrets)
        return CheckInLinkDTO(
            url: CheckInLinks.url(view.meeting.id, token: token, req: req), token: token,
            expiresAt: req.huiwu.time.format(req.now.addingTimeInterval(CheckInToken.lifetime)))
    }
}

/// Absolute check-in links: what a phone opens from the QR code.
enum CheckInLinks {
    static func url(_ meeting: UUID, token: String, req: Request) -> String {
        // HUIWU_PUBLIC_URL when set (behind a proxy); otherwise the address the page was asked on.
        let base = req.huiwu.noticeSettings.publicURL ?? ("http://" + (req.headers.first(name: .host) ?? "localhost"))
        return base + SiteURL.checkIn(.value(meeting)).href(["t": token])
    }
}
