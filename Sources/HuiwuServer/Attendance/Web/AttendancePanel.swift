import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// The meeting page's attendance section (R5.6): who is expected, checked in (when),
/// out, on leave or delegated; after closing, each outcome. The organiser, chair and room office
/// see the check-in QR code while check-in is open and mark people.
struct AttendancePanel: Encodable {
    struct Row: Encodable {
        var name: String
        var standing: String
        var label: String
        var checkedIn: String
        /// How the check-in was taken (a QR code, a mark, acting on the meeting): why they count as present.
        var method: String
        var checkedOut: String
        var action: String
        var canCheckIn: Bool
        var canCheckOut: Bool
        var canClear: Bool
        /// After closing: the chair's correction form (with a reason; the fines follow).
        var canCorrect = false
        var correctAction = ""
    }

    var rows: [Row]
    var counts: String
    var window: String
    var rule: String?
    var closed: Bool
    var open: Bool
    var canMark: Bool
    var qr: String?
    var checkInURL: String?
    var me: String?
    /// The offences the rulebook lets this reader record here (R5.7, R5.3, R3.2), and whom.
    var offences: [Choice] = []
    var offenders: [Choice] = []
    var offenceAction = ""
    /// A refused offence comes back with the refusal and what was typed (R5.7).
    var offenceError: String?
    var offenceReason = ""
    /// The meeting's fines so far (organiser, chair, room office); reversed ones say so.
    var fines: [String] = []
    /// The outcomes a correction may set.
    var outcomes: [Choice] = []
    /// Corrections made after closing, each with before, after, reason, who and when (R5.6, X5).
    var corrections: [String] = []
    /// A marker on the list who has not checked in, while check-in is open: their own check-in
    /// button (where the form posts), so the chair is never closed absent from a meeting they ran.
    var promptAction: String?
    /// Before closing, for whoever may mark: who would be recorded absent if nothing changes
    /// (not checked in, no approved leave, no delegate checked in in their place), and when.
    var willBeAbsent: [String]?
    var willBeAbsentHeading = ""

    /// The offence form as it was sent, and why it was refused.
    struct OffenceKept: Sendable {
        var clause: String
        var participant: String
        var reason: String
        var message: String
    }

    mutating func keep(_ kept: OffenceKept) {
        offenceError = kept.message
        offenceReason = kept.reason
        for i in offences.indices { offences[i].selected = offences[i].value == kept.clause }
        for i in offenders.indices { offenders[i].selected = offenders[i].value == kept.participant }
    }

    static func build(_ m: MeetingRecord, actor: Actor, req: Request) async throws -> AttendancePanel {
        let attendance = req.huiwu.attendance, time = req.huiwu.time
        let cited = try await attendance.rule(for: m)
        let window = AttendanceJudgement.window(start: m.startsAt, end: m.endsAt, rule: cited?.rule)
        let closed = try await attendance.isClosed(m.id)
        let open = m.status == .scheduled && !closed && req.now >= window.opens && req.now < window.closes
        let marker = try await attendance.mayMark(m, actor: actor)
        let canMark = m.status == .scheduled && !closed && marker
        let lines = try await attendance.roster(m.id)
        /// The outcome once decided; before that the standing, with "on time" or "late" as the
        /// clause judges a check-in already made.
        func label(_ line: AttendanceLine) -> String {
            if let outcome = line.record?.outcome { return req.t("ui_attendance_outcome_" + outcome.rawValue) }
            let standing = req.t("ui_attendance_standing_" + line.standing.rawValue)
            guard let at = line.record?.checkedInAt, let late = window.lateAfter,
                line.standing == .checkedIn || line.standing == .checkedOut
            else { return standing }
            return standing + req.t(at > late ? "ui_attendance_live_late" : "ui_attendance_live_on_time")
        }
        let rows = lines.map { line -> Row in
            let state = line.record?.outcome?.rawValue ?? line.standing.rawValue
            return Row(
                name: line.participant.name, standing: state, label: label(line),
                checkedIn: line.record?.checkedInAt.map(time.clock) ?? "",
                method: line.record?.checkedInAt == nil
                    ? "" : line.record?.method.map { req.t("ui_attendance_method_" + $0.rawValue) } ?? "",
                checkedOut: line.record?.checkedOutAt.map(time.clock) ?? "",
                action: SiteURL.meetingAttendanceMark(.value(m.id), .value(line.participant.record.id)).path,
                canCheckIn: canMark && open && line.record?.checkedInAt == nil,
                canCheckOut: canMark && open && line.record?.checkedInAt != nil && line.record?.checkedOutAt == nil,
                canClear: canMark && line.record?.checkedInAt != nil && line.participant.record.personId != actor.id,
                // Nobody corrects their own record (X1): another who may correct does.
                canCorrect: closed && marker && line.record?.outcome != nil && line.participant.record.personId != actor.id,
                correctAction: SiteURL.meetingAttendanceCorrection(.value(m.id), .value(line.participant.record.id)).path)
        }
        let present = lines.filter { $0.record?.checkedInAt != nil }.count
        var panel = AttendancePanel(
            rows: rows, counts: req.t("ui_attendance_counts", ["present": String(present), "total": String(lines.count)]),
            window: req.t(
                window.lateAfter == nil ? "ui_attendance_window_plain" : "ui_attendance_window",
                [
                    "opens": time.clock(window.opens), "late": window.lateAfter.map(time.clock) ?? "",
                    "closes": time.clock(window.closes),
                ]),
            rule: cited.map { $0.clause.shownWords(req) }, closed: closed,
            open: open,
            canMark: canMark, qr: nil, checkInURL: nil,
            me: lines.first { $0.participant.record.personId == actor.id }.map(label))
        if marker {
            panel.offences = try await req.huiwu.penalties.recordableOffences(m, actor: actor, time: time, now: req.now).map {
                Choice(
                    value: $0.clause.id, label: $0.clause.shownWords(req),
                    selected: false
                )
            }
            panel.offenders = lines.filter { $0.participant.record.personId.map { $0 != actor.id } ?? false }.map {
                Choice(value: $0.participant.record.id.uuidString, label: $0.participant.name, selected: false)
            }
            panel.offenceAction = SiteURL.meetingOffences(.value(m.id)).path
            if closed {
                panel.outcomes = AttendanceOutcome.allCases.map {
                    Choice(value: $0.rawValue, label: req.t("ui_attendance_outcome_" + $0.rawValue), selected: false)
                }
            }
            let citations = Citations(req)
            let entries = try await req.huiwu.penalties.entries(ofMeeting: m.id)
            let reversed = Set(entries.filter { $0.kind == .reversed }.compactMap(\.refersTo))
            for e in entries where e.kind == .assessed {
                let clause = try await citations.clause(e.citation)
                let name = lines.first { $0.participant.record.personId == e.personId }?.participant.name ?? ""
                // A fine on the organiser for someone else names them (A5 §1, X3).
                let about = lines.first { $0.participant.record.id == e.participantId }
                let concerns =
                    about.map { $0.participant.record.personId != e.personId } == true
                    ? " · " + req.t("ui_penalty_concerns", ["name": about?.participant.name ?? ""]) : ""
                let amount =
                    e.amount.map { req.t("ui_amount_yuan", ["amount": $0.yuanText]) }
                    ?? e.daysOfWage.map { req.t("ui_penalty_days_of_wage", ["days": String($0)]) } ?? "—"
                let state = reversed.contains(e.id) ? " · " + req.t("ui_penalty_status_reversed") : ""
                panel.fines.append(
                    "\(name) · \(req.t("ui_penalty_trigger_" + (e.trigger?.rawValue ?? "offence")))\(concerns) · \(amount) · \(clause?.shownCite(req) ?? "")\(state)"
                )
            }
        }
        if marker || closed {
            panel.corrections = try await attendance.corrections(meeting: m.id).map { c in
                req.t(
                    "ui_attendance_correction_line",
                    [
                        "when": time.readable(c.at), "name": c.participantName,
                        "before": c.before.map { req.t("ui_attendance_outcome_" + $0.rawValue) } ?? "—",
                        "after": c.after.map { req.t("ui_attendance_outcome_" + $0.rawValue) } ?? "—",
                        "by": c.correctedByName, "reason": c.reason,
                    ])
            }
        }
        if canMark && req.now >= window.opens {
            // The list closing would decide now: the judgement itself, with nobody checking in later.
            panel.willBeAbsent = lines.filter {
                AttendanceJudgement.outcome(
                    checkedInAt: $0.record?.checkedInAt, checkedOutAt: nil, excused: $0.record?.excused ?? false, window)
                    == .absent
            }.map {
                $0.standing == .delegated ? $0.participant.name + req.t("ui_attendance_delegate_not_in") : $0.participant.name
            }
            panel.willBeAbsentHeading = req.t(
                "ui_attendance_will_be_absent", ["closes": time.readable(window.closes)])
        }
        if canMark && open, let mine = lines.first(where: { $0.participant.record.personId == actor.id }),
            mine.record?.checkedInAt == nil, mine.record?.excused != true
        {
            panel.promptAction = SiteURL.meetingAttendanceMark(.value(m.id), .value(mine.participant.record.id)).path
        }
        if canMark && open {
            let token = CheckInToken.make(for: m.id, now: req.now, box: req.huiwu.secrets)
            let url = CheckInLinks.url(m.id, token: token, req: req)
            panel.checkInURL = url
            panel.qr = QRCode.svg(url, pixelsPerModule: 6)
        }
        return panel
    }
}
