import HuiwuCore
import HuiwuStore
import Vapor

/// A series as the API and the series editor submit it (R2.2). Fields left out come from the
/// meeting type, when one is named.
struct SeriesBody: Decodable {
    var typeId: String?
    var title: String?
    var roomId: String?
    var headcount: Int?
    var rule: String?
    var start: String?
    var durationMinutes: Int?
    var through: String?
    var holidayPolicy: String?
    var periodKind: String?
    var perPeriod: Int?
    var rdates: [String]?
    var exdates: [String]?
    var participants: [ParticipantSelector]?
    var resolutions: [ResolutionBody]?
}

/// The organiser's answer to one conflicting occurrence: skip it, move it, or take another room.
struct ResolutionBody: Codable, Equatable {
    var occurrence: String
    var action: String
    var start: String?
    var roomId: String?
}

/// Checks a submitted series and turns it into a draft; every problem at once, by field.
enum SeriesInput {
    static let maxParticipants = 200

    static func draft(
        _ body: SeriesBody, type: MeetingType?, locale: UILocale
    ) throws
        -> (SeriesDraft, [LocalDateTime: OccurrenceResolution])
    {
        var errors: [FieldError] = []
        let template = type?.template
        let title = Input.text(
            body.title ?? template?.name.text(locale.rawValue), field: "title", max: 200, required: true,
            errors: &errors)
        let roomId = optionalUUID(body.roomId, field: "roomId", errors: &errors) ?? type?.defaultRoomId
        let headcount = body.headcount ?? 1
        if !(1...10_000).contains(headcount) { errors.append(FieldError("headcount", "field.out_of_range")) }
        var rule: RecurrenceRule?
        if let text = body.rule ?? template?.rule {
            do { rule = try RecurrenceRule(parsing: text) } catch let e as RecurrenceRuleError {
                errors.append(FieldError("rule", e.code, ["part": e.part]))
            }
        } else {
            errors.append(FieldError("rule", "field.required"))
        }
        var start = localMinute(body.start, field: "start", required: true, errors: &errors)
        // Series are made for years that exist in calendars (and whose end still has four digits).
        if let s = start, !(1970...9000).contains(s.date.year) {
            errors.append(FieldError("start", "field.out_of_range"))
            start = nil
        }
        let duration = body.durationMinutes ?? template?.durationMinutes ?? 60
        if !(5...720).contains(duration) { errors.append(FieldError("durationMinutes", "field.out_of_range")) }
        var through: CivilDate?
        if let text = body.through {
            through = CivilDate(text)
            if through == nil { errors.append(FieldError("through", "field.date")) }
        } else if let start, let rule {
            // Open-ended rules are made for a year; COUNT or UNTIL may reach as far as the limit.
            let bounded = rule.count != nil || rule.until != nil
            through = start.date.adding(days: bounded ? SeriesSchedule.maxDays : 364)
        }
        if let start, let t = through {
            if t < start.date { errors.append(FieldError("through", "register.range_order")) }
            if t.daysSinceEpoch - start.date.daysSinceEpoch > SeriesSchedule.maxDays {
                errors.append(FieldError("through", "meeting.through_too_far", ["max": String(SeriesSchedule.maxDays)]))
            }
        }
        let policy = HolidayPolicy(rawValue: body.holidayPolicy ?? HolidayPolicy.skip.rawValue)
        if policy == nil { errors.append(FieldError("holidayPolicy", "field.enum")) }
        let periodKindText = body.periodKind ?? (body.perPeriod == nil ? template?.periodKind?.rawValue : nil)
        let periodKind = periodKindText.flatMap(CalendarPeriod.Kind.init(rawValue:))
        if periodKindText != nil && periodKind == nil { errors.append(FieldError("periodKind", "field.enum")) }
        let perPeriod = body.perPeriod ?? (body.periodKind == nil ? template?.perPeriod : nil)
        if let perPeriod, !(1...50).contains(perPeriod) { errors.append(FieldError("perPeriod", "field.out_of_range")) }
        if perPeriod != nil && periodKind == nil { errors.append(FieldError("periodKind", "meeting.period_pair")) }
        let rdates = moments(body.rdates, "rdates", &errors), exdates = moments(body.exdates, "exdates", &errors)
        let participants = selectors(body.participants ?? template?.participants ?? [], errors: &errors)
        var resolutions: [LocalDateTime: OccurrenceResolution] = [:]
        for (index, r) in (body.resolutions ?? []).enumerated() {
            let field = "resolutions[\(index)]"
            guard let key = LocalDateTime(r.occurrence) else {
                errors.append(FieldError(field + ".occurrence", "field.local_date_time"))
                continue
            }
            switch r.action {
            case "skip": resolutions[key] = .skip
            case "move":
                if let to = localMinute(r.start, field: field + ".start", required: true, errors: &errors) {
                    resolutions[key] = .move(to)
                }
            case "room":
                if let id = Input.uuid(r.roomId, field: field + ".roomId", errors: &errors) { resolutions[key] = .room(id) }
            default: errors.append(FieldError(field + ".action", "field.enum"))
            }
        }
        try Input.check(errors)
        let schedule = SeriesSchedule(
            rule: rule!, start: start!, durationMinutes: duration, through: through!,
            holidayPolicy: policy!, periodKind: periodKind, perPeriod: perPeriod,
            rdates: rdates, exdates: Set(exdates))
        return (
            SeriesDraft(
                typeId: type?.id, title: title!, roomId: roomId, headcount: headcount, schedule: schedule,
                participants: participants), resolutions
        )
    }

    /// A local date-time on a whole minute (meetings start on minutes).
    static func localMinute(_ text: String?, field: String, required: Bool, errors: inout [FieldError]) -> LocalDateTime? {
        guard let text, !text.isEmpty else {
            if required { errors.append(FieldError(field, "field.required")) }
            return nil
        }
        guard let value = LocalDateTime(text), value.secondOfDay % 60 == 0 else {
            errors.append(FieldError(field, "field.local_date_time"))
            return nil
        }
        return value
    }

    static func optionalUUID(_ text: String?, field: String, errors: inout [FieldError]) -> UUID? {
        guard let text, !text.isEmpty else { return nil }
        return Input.uuid(text, field: field, errors: &errors)
    }

    static func moments(_ texts: [String]?, _ field: String, _ errors: inout [FieldError]) -> [LocalDateTime] {
        let parsed = (texts ?? []).map(LocalDateTime.init)
        if parsed.contains(where: { $0 == nil }) { errors.append(FieldError(field, "field.local_date_time")) }
        if parsed.count > SeriesSchedule.maxOccurrences { errors.append(FieldError(field, "field.out_of_range")) }
        return parsed.compactMap { $0 }
    }

    static func selectors(_ list: [ParticipantSelector], errors: inout [FieldError]) -> [ParticipantSelector] {
        if list.count > maxParticipants { errors.append(FieldError("participants", "field.out_of_range")) }
        for (index, s) in list.enumerated() {
            for code in s.problems() { errors.append(FieldError("participants[\(index)]", code)) }
            if (s.kind == .person || s.kind == .department) && UUID(uuidString: s.value) == nil {
                errors.append(FieldError("participants[\(index)]", "field.uuid"))
            }
        }
        return list.map { s in
            var s = s
            s.value = s.value.trimmedWhitespace
            return s
        }
    }
}

/// A single meeting called outside the cadence (R2.3).
struct MeetingBody: Decodable {
    var typeId: String?
    var title: String?
    var roomId: String?
    var startsAt: String?
    var endsAt: String?
    var headcount: Int?
    var participants: [ParticipantSelector]?

    func draft(type: MeetingType?, locale: UILocale) throws -> MeetingDraft {
        var errors: [FieldError] = []
        let title = Input.text(
            title ?? type?.template.name.text(locale.rawValue), field: "title", max: 200, required: true,
            errors: &errors)
        let roomId = SeriesInput.optionalUUID(roomId, field: "roomId", errors: &errors) ?? type?.defaultRoomId
        let starts = Input.instant(startsAt, field: "startsAt", errors: &errors)
        let ends = Input.instant(endsAt, field: "endsAt", errors: &errors)
        let headcount = headcount ?? 1
        if !(1...10_000).contains(headcount) { errors.append(FieldError("headcount", "field.out_of_range")) }
        let participants = SeriesInput.selectors(participants ?? type?.template.participants ?? [], errors: &errors)
        try Input.check(errors)
        return MeetingDraft(
            typeId: type?.id, title: title!, roomId: roomId, interval: Interval(start: starts!, end: ends!),
            headcount: headcount, participants: participants)
    }
}

/// An edit of a meeting and, by scope, of its series.
struct MeetingEditBody: Decodable {
    var scope: String?
    var title: String?
    var roomId: String?
    /// Scope `this`: the new local start.
    var start: String?
    /// Scopes `following` and `all`: the new start time, HH:MM.
    var time: String?
    var durationMinutes: Int?

    func change() throws -> (EditScope, MeetingChange) {
        var errors: [FieldError] = []
        let scope = EditScope(rawValue: scope ?? "this")
        if scope == nil { errors.append(FieldError("scope", "field.enum")) }
        var change = MeetingChange()
        if let title { change.title = Input.text(title, field: "title", max: 200, required: true, errors: &errors) }
        change.roomId = SeriesInput.optionalUUID(roomId, field: "roomId", errors: &errors)
        change.start = SeriesInput.localMinute(start, field: "start", required: false, errors: &errors)
        if let time {
            // A start, so 24:00 (an end of day) is not one.
            change.startMinute = ClockTime(time).map(\.minutes).flatMap { $0 < 1440 ? $0 : nil }
            if change.startMinute == nil { errors.append(FieldError("time", "field.clock_time")) }
        }
        if let d = durationMinutes, !(5...720).contains(d) { errors.append(FieldError("durationMinutes", "field.out_of_range")) }
        change.durationMinutes = durationMinutes
        if scope == .this && time != nil { errors.append(FieldError("time", "meeting.scope_field")) }
        if scope != .this && start != nil { errors.append(FieldError("start", "meeting.scope_field")) }
        try Input.check(errors)
        return (scope!, change)
    }
}

struct CancelBody: Decodable {
    var scope: String?
    var reason: String?
}

struct ParticipantsBody: Decodable {
    var participants: [ParticipantSelector]
}
