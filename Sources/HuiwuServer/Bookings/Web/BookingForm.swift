import HuiwuCore
import HuiwuStore
import Vapor

/// Reading the booking form and explaining a refusal: one path for a new booking and an edit
/// (R1.1, R1.2), so both keep what was typed and offer the same alternatives.
extension BookingPages {
    struct Parsed {
        var draft: BookingDraft?
        var priorityReason: String?
        var errors: [FieldError]
    }

    /// The form's fields as a draft, or the errors to show beside them.
    static func parse(_ values: FormValues, time: OrgTime) -> Parsed {
        var fieldErrors: [FieldError] = []
        let room = Input.uuid(values.roomId, field: "roomId", errors: &fieldErrors)
        let day = values.date.flatMap(CivilDate.init)
        if day == nil { fieldErrors.append(FieldError("date", "field.date")) }
        let start = values.start.flatMap(ClockTime.init)
        if start == nil { fieldErrors.append(FieldError("start", "field.clock_time")) }
        let end = values.end.flatMap(ClockTime.init)
        if end == nil { fieldErrors.append(FieldError("end", "field.clock_time")) }
        let headcount = values.headcount.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        if headcount == nil { fieldErrors.append(FieldError("headcount", "field.integer")) }
        let title = Input.text(values.title, field: "title", max: 200, required: false, errors: &fieldErrors)
        let reason = Input.text(values.priorityReason, field: "priorityReason", max: 500, required: false, errors: &fieldErrors)
        if let start, let end, start >= end { fieldErrors.append(FieldError("end", "booking.start_not_before_end")) }
        if values.priority == "1", (reason ?? "").isEmpty {
            fieldErrors.append(FieldError("priorityReason", "booking.reason_required"))
        }
        guard fieldErrors.isEmpty, let room, let day, let start, let end, let headcount else {
            return Parsed(draft: nil, priorityReason: reason, errors: fieldErrors)
        }
        let draft = BookingDraft(
            roomId: room,
            interval: Interval(start: time.instant(day, minutes: start.minutes), end: time.instant(day, minutes: end.minutes)),
            title: title ?? "", purpose: values.purpose ?? "", headcount: headcount)
        return Parsed(draft: draft, priorityReason: reason, errors: [])
    }

    struct Refusal {
        var errors: FormErrors
        var alternatives: BookingAlternatives?
        var status: HTTPResponseStatus
    }

    /// What the form says when the ledger refuses: the conflict with its alternatives, each
    /// broken rule beside its field (with its clause), or nil for what is not the form's to show.
    static func refusal(_ error: BookingError, req: Request) -> Refusal? {
        switch error {
        case .conflict(_, let alternatives):
            var errors = FormErrors()
            errors.general = [req.t("problem.booking.conflict")]
            return Refusal(errors: errors, alternatives: alternatives, status: .conflict)
        case .rules(let violations):
            let errors = FormErrors(
                violations.map { v in FieldError(v.field == "time" ? "start" : v.field, v.code, v.parameters) }, on: req)
            return Refusal(errors: errors, alternatives: nil, status: .unprocessableEntity)
        case .roomNotFound:
            return Refusal(
                errors: FormErrors([FieldError("roomId", "booking.room_not_found")], on: req), alternatives: nil,
                status: .unprocessableEntity)
        case .reasonRequired:
            return Refusal(
                errors: FormErrors([FieldError("priorityReason", "booking.reason_required")], on: req), alternatives: nil,
                status: .unprocessableEntity)
        case .staleVersion:
            var errors = FormErrors()
            errors.general = [req.t("ui_booking_changed_meanwhile")]
            return Refusal(errors: errors, alternatives: nil, status: .preconditionFailed)
        default:
            return nil
        }
    }
}

extension BookingPages {
    /// The grid's step: the form's default slot starts on one.
    static let gridStepMinutes = 60

    /// The form's default slot: the first free hour of the room on the day from now on (or from
    /// its opening on a later day), rounded up to the grid's step — not 09:00 whatever the hour.
    static func nextFreeSlot(room roomId: UUID?, day: CivilDate, req: Request) async throws -> (start: Int, end: Int)? {
        let time = req.huiwu.time
        let step = gridStepMinutes
        let today = time.date(of: req.now)
        guard day >= today else { return nil }
        var from = day == today ? (time.minuteOfDay(req.now) + step - 1) / step * step : 0
        var until = 24 * 60
        var busy: [Interval] = []
        if let roomId, let room = try await req.huiwu.rooms.room(roomId)?.room {
            from = max(from, (room.opensAt + step - 1) / step * step)
            until = room.closesAt
            busy = try await req.huiwu.bookings.list(
                .init(
                    roomId: roomId, statuses: [.pending, .approved], from: time.instant(day, minutes: 0),
                    to: time.instant(day.adding(days: 1), minutes: 0))
            ).map(\.booking.interval)
        } else if day != today {
            from = 9 * 60
        }
        var start = from
        while start + step <= until {
            let slot = Interval(start: time.instant(day, minutes: start), end: time.instant(day, minutes: start + step))
            if !busy.contains(where: { $0.overlaps(slot) }) { return (start, start + step) }
            start += step
        }
        return nil
    }
}
