import HuiwuCore
import HuiwuStore
import Vapor

/// The series editor's fields as a browser posts them (R2.2, R2.3, R2.5). One form calls a
/// single meeting (`freq` ONCE) or a recurring series.
struct SeriesForm: Content {
    var action: String?
    var typeId: String?
    var title: String?
    var roomId: String?
    var headcount: String?
    var date: String?
    var time: String?
    var durationMinutes: String?
    var through: String?
    var holidayPolicy: String?
    var periodKind: String?
    var perPeriod: String?
    // The recurrence builder.
    var freq: String?
    var interval: String?
    var byday: [String]?
    var monthMode: String?
    var monthDays: String?
    var nth: String?
    var nthDay: String?
    var beforeDay: String?
    var beforeDate: String?
    var count: String?
    var rule: String?
    // Participants: people picked by name (`ParticipantPicker`), groups and guests.
    var people: String?
    var personIds: [String]?
    var roles: [String]?
    var positions: String?
    var departments: [String]?
    var guests: String?
    /// Resolutions chosen in the conflict report: `<occurrence>~skip`, `<occurrence>~room~<id>`,
    /// `<occurrence>~move~<local start>`.
    var res: [String]?

    static let once = "ONCE"

    var builder: RuleBuilder {
        RuleBuilder(
            freq: freq == Self.once ? nil : freq, interval: interval, byday: byday, monthMode: monthMode,
            monthDays: monthDays, nth: nth, nthDay: nthDay, beforeDay: beforeDay, beforeDate: beforeDate,
            count: count, rule: rule)
    }

    var isOnce: Bool { freq == Self.once }

    /// The form filled from a meeting type: its name, time, length, cadence and groups.
    mutating func apply(_ type: MeetingType, locale: UILocale, listSeparator: String) {
        let t = type.template
        typeId = type.id.uuidString
        title = t.name.text(locale.rawValue)
        time = t.time
        durationMinutes = String(t.durationMinutes)
        rule = t.rule
        freq = t.rule == nil ? Self.once : nil
        periodKind = t.periodKind?.rawValue
        perPeriod = t.perPeriod.map(String.init)
        roles = t.participants.filter { $0.kind == .role }.map(\.value)
        positions = t.participants.filter { $0.kind == .position }.map(\.value).joined(separator: listSeparator)
        if let room = type.defaultRoomId { roomId = room.uuidString }
    }

    /// Whole numbers typed in text fields, or a field error.
    static func number(_ text: String?, field: String, errors: inout [FieldError]) -> Int? {
        guard let text = text?.trimmedWhitespace, !text.isEmpty else { return nil }
        guard let n = Int(text) else {
            errors.append(FieldError(field, "field.out_of_range"))
            return nil
        }
        return n
    }

    /// The participant groups and guests as selectors ("王老师 <wang@example.org>" per line).
    func selectors(errors: inout [FieldError]) -> [ParticipantSelector] {
        var out: [ParticipantSelector] = []
        for id in personIds ?? [] { out.append(ParticipantSelector(kind: .person, value: id)) }
        for role in roles ?? [] { out.append(ParticipantSelector(kind: .role, value: role)) }
        let titles = (positions ?? "").split { "、,，;；".contains($0) || TextLines.endsLine($0) }.map {
            String($0).trimmedWhitespace
        }.filter {
            !$0.isEmpty
        }
        for title in titles { out.append(ParticipantSelector(kind: .position, value: title)) }
        for id in departments ?? [] { out.append(ParticipantSelector(kind: .department, value: id)) }
        for line in TextLines.split(guests ?? "").map({ String($0).trimmedWhitespace }) where !line.isEmpty {
            var name = line, email = ""
            if let open = line.firstIndex(of: "<"), let close = line.lastIndex(of: ">"), open < close {
                name = String(line[..<open]).trimmedWhitespace
                email = String(line[line.index(after: open)..<close]).trimmedWhitespace
            } else if let at = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "，" }).last(where: {
                $0.contains("@")
            }) {
                email = String(at)
                name = line.replacingOccurrences(of: email, with: "").trimmingCharacters(in: CharacterSet(charactersIn: " ,，"))
            }
            if name.isEmpty { name = email }
            out.append(ParticipantSelector(kind: .guest, value: name, email: email))
        }
        return out
    }

    /// The chosen resolutions as the API's bodies.
    var resolutions: [ResolutionBody] {
        (res ?? []).compactMap { value in
            let parts = value.split(separator: "~").map(String.init)
            guard parts.count >= 2 else { return nil }
            switch parts[1] {
            case "skip": return ResolutionBody(occurrence: parts[0], action: "skip")
            case "room" where parts.count == 3: return ResolutionBody(occurrence: parts[0], action: "room", roomId: parts[2])
            case "move" where parts.count == 3: return ResolutionBody(occurrence: parts[0], action: "move", start: parts[2])
            default: return nil
            }
        }
    }

    /// The series body the API would receive, or the form's own field errors.
    func seriesBody() throws -> SeriesBody {
        var errors: [FieldError] = []
        let rule = builder.text(errors: &errors)
        let headcount = Self.number(headcount, field: "headcount", errors: &errors)
        let duration = Self.number(durationMinutes, field: "durationMinutes", errors: &errors)
        let perPeriod = Self.number(perPeriod, field: "perPeriod", errors: &errors)
        if (ClockTime(time ?? "")?.minutes ?? 1440) >= 1440 { errors.append(FieldError("time", "field.clock_time")) }
        if CivilDate(date ?? "") == nil { errors.append(FieldError("date", "field.date")) }
        let participants = selectors(errors: &errors)
        try Input.check(errors)
        return SeriesBody(
            typeId: typeId.flatMap { $0.isEmpty ? nil : $0 }, title: title.flatMap { $0.isEmpty ? nil : $0 },
            roomId: roomId.flatMap { $0.isEmpty ? nil : $0 }, headcount: headcount, rule: rule,
            start: "\(date!)T\(time!):00", durationMinutes: duration,
            through: through.flatMap { $0.isEmpty ? nil : $0 },
            holidayPolicy: holidayPolicy.flatMap { $0.isEmpty ? nil : $0 },
            periodKind: periodKind.flatMap { $0.isEmpty ? nil : $0 }, perPeriod: perPeriod,
            rdates: nil, exdates: nil, participants: participants.isEmpty ? nil : participants,
            resolutions: resolutions)
    }

    /// A single meeting's body (ONCE), or the form's own field errors.
    func meetingBody(zone: OrgTime) throws -> MeetingBody {
        var errors: [FieldError] = []
        let headcount = Self.number(headcount, field: "headcount", errors: &errors)
        let duration = Self.number(durationMinutes, field: "durationMinutes", errors: &errors) ?? 60
        let day = CivilDate(date ?? ""), clock = ClockTime(time ?? "").flatMap { $0.minutes < 1440 ? $0 : nil }
        if day == nil { errors.append(FieldError("date", "field.date")) }
        if clock == nil { errors.append(FieldError("time", "field.clock_time")) }
        if !(5...720).contains(duration) { errors.append(FieldError("durationMinutes", "field.out_of_range")) }
        let participants = selectors(errors: &errors)
        try Input.check(errors)
        let starts = zone.instant(day!, minutes: clock!.minutes)
        return MeetingBody(
            typeId: typeId.flatMap { $0.isEmpty ? nil : $0 }, title: title.flatMap { $0.isEmpty ? nil : $0 },
            roomId: roomId.flatMap { $0.isEmpty ? nil : $0 }, startsAt: Timestamp.format(starts),
            endsAt: Timestamp.format(starts.addingTimeInterval(Double(duration) * 60)), headcount: headcount,
            participants: participants.isEmpty ? nil : participants)
    }
}
