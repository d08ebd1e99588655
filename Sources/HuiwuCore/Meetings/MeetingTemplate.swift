/// A meeting type as a regulation describes it (R2.1, R3.5, R5.1, R5.5): what is discussed
/// (standing agenda), who chairs (主持人), who attends (参加人) and how often (时间). The
/// seed organisations' types ship as templates an admin loads.
public struct MeetingTemplate: Codable, Sendable, Equatable {
    /// Who reads a meeting's content — agenda, materials, minutes, decisions, action items
    /// (X1). By default its organiser, its participants, the room office and admins; a
    /// type held for everyone (a staff assembly, 全员大会) may open it to every signed-in person.
    public enum ContentAccess: String, Codable, Sendable, CaseIterable {
        case participants, everyone
    }

    public struct AgendaItem: Codable, Sendable, Equatable {
        public var title: LocalizedText
        public var minutes: Int
        public init(title: LocalizedText, minutes: Int) {
            self.title = title
            self.minutes = minutes
        }
    }

    public var code: String
    /// Where in the regulation the type comes from ("A2 第四条").
    public var clause: String
    public var name: LocalizedText
    /// Who chairs, in words.
    public var host: LocalizedText
    /// The role most likely to chair, if one fits.
    public var hostRole: Role?
    public var participants: [ParticipantSelector]
    /// The cadence as an RRULE (nil: held when needed).
    public var rule: String?
    public var perPeriod: Int?
    public var periodKind: CalendarPeriod.Kind?
    /// Usual local start time, HH:MM.
    public var time: String
    public var durationMinutes: Int
    /// Also held outside the cadence when needed (必要时临时召开).
    public var adHoc: Bool
    /// The regulation's cadence in words.
    public var cadence: LocalizedText
    /// Reports follow a fixed speaking order (A5: clockwise).
    public var reportersInOrder: Bool
    public var agenda: [AgendaItem]
    /// nil: `participants`.
    public var contentAccess: ContentAccess?

    public init(
        code: String, clause: String, name: LocalizedText, host: LocalizedText, hostRole: Role?,
        participants: [ParticipantSelector], rule: String?, perPeriod: Int?, periodKind: CalendarPeriod.Kind?,
        time: String, durationMinutes: Int, adHoc: Bool, cadence: LocalizedText, reportersInOrder: Bool,
        agenda: [AgendaItem], contentAccess: ContentAccess? = nil
    ) {
        self.code = code
        self.clause = clause
        self.name = name
        self.host = host
        self.hostRole = hostRole
        self.participants = participants
        self.rule = rule
        self.perPeriod = perPeriod
        self.periodKind = periodKind
        self.time = time
        self.durationMinutes = durationMinutes
        self.adHoc = adHoc
        self.cadence = cadence
        self.reportersInOrder = reportersInOrder
        self.agenda = agenda
        self.contentAccess = contentAccess
    }

    /// Problems with a template (or a type an admin typed), as field errors.
    public func problems() -> [FieldError] {
        var found: [FieldError] = []
        if code.isEmpty || code.count > 64
            || !code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) })
        {
            found.append(FieldError("code", "meeting.type_code"))
        }
        if !name.isComplete { found.append(FieldError("name", "field.required")) }
        for (field, text) in [("name", name), ("host", host), ("cadence", cadence)]
        where [text.zhHans, text.zhHant, text.en].contains(where: {
            TextRules.length($0) > 200 || TextRules.hasForbiddenControl($0)
        }) {
            found.append(FieldError(field, "field.too_long", ["max": "200"]))
        }
        if let rule {
            do { _ = try RecurrenceRule(parsing: rule) } catch let e as RecurrenceRuleError {
                found.append(FieldError("rule", e.code, ["part": e.part]))
            } catch {}
        }
        if ClockTime(time) == nil { found.append(FieldError("time", "field.clock_time")) }
        if !(5...720).contains(durationMinutes) { found.append(FieldError("durationMinutes", "field.out_of_range")) }
        if let perPeriod, !(1...50).contains(perPeriod) { found.append(FieldError("perPeriod", "field.out_of_range")) }
        if (perPeriod == nil) != (periodKind == nil) { found.append(FieldError("periodKind", "meeting.period_pair")) }
        for (index, p) in participants.enumerated() {
            for code in p.problems() { found.append(FieldError("participants[\(index)]", code)) }
        }
        if agenda.count > 50 { found.append(FieldError("agenda", "field.out_of_range")) }
        for (index, item) in agenda.enumerated() {
            if !item.title.isComplete { found.append(FieldError("agenda[\(index)].title", "field.required")) }
            if !(1...480).contains(item.minutes) { found.append(FieldError("agenda[\(index)].minutes", "field.out_of_range")) }
        }
        return found
    }
}
