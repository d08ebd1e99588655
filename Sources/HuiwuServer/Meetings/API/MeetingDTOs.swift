import HuiwuCore
import HuiwuStore
import Vapor

/// JSON shapes of the meetings API (R2.1–R2.5), documented in Resources/openapi.json.
struct MeetingTypeDTO: Content {
    var id: String
    var code: String
    var clause: String
    /// The name in the reader's language; `names` has all three.
    var name: String
    var names: LocalizedText
    var host: LocalizedText
    var hostRole: String?
    var participants: [ParticipantSelector]
    var rule: String?
    /// The cadence rule in words, in the reader's language.
    var ruleSummary: String?
    var perPeriod: Int?
    var periodKind: String?
    var time: String
    var durationMinutes: Int
    var adHoc: Bool
    var cadence: LocalizedText
    var reportersInOrder: Bool
    var agenda: [MeetingTemplate.AgendaItem]
    /// Who reads its meetings' content: `participants` (and the room office) or `everyone`.
    var contentAccess: String
    var defaultRoomId: String?
    var active: Bool
    var version: Int

    init(_ t: MeetingType, words: RecurrenceWords) {
        let m = t.template
        id = t.id.uuidString
        code = m.code
        clause = m.clause
        name = m.name.text(words.locale.rawValue)
        names = m.name
        host = m.host
        hostRole = m.hostRole?.rawValue
        participants = m.participants
        rule = m.rule
        ruleSummary = m.rule.flatMap { try? RecurrenceRule(parsing: $0) }.map { rule in
            words.describe(
                rule,
                start: LocalDateTime(
                    date: CivilDate(year: 2027, month: 1, day: 4)!,
                    secondOfDay: (ClockTime(m.time)?.minutes ?? 0) * 60))
        }
        perPeriod = m.perPeriod
        periodKind = m.periodKind?.rawValue
        time = m.time
        durationMinutes = m.durationMinutes
        adHoc = m.adHoc
        cadence = m.cadence
        reportersInOrder = m.reportersInOrder
        agenda = m.agenda
        contentAccess = (m.contentAccess ?? .participants).rawValue
        defaultRoomId = t.defaultRoomId?.uuidString
        active = t.active
        version = t.version
    }
}

struct MeetingDTO: Content, Equatable {
    var id: String
    var seriesId: String?
    var typeId: String?
    var title: String
    var organiserId: String
    var organiserName: String?
    var roomId: String?
    var roomName: String?
    var bookingId: String?
    var bookingStatus: String?
    var startsAt: String
    var endsAt: String
    var headcount: Int
    /// The occurrence's identity in its series (local date-time, RFC 5545 RECURRENCE-ID).
    var occurrence: String?
    var status: String
    var overridden: Bool
    var sequence: Int
    var version: Int

    init(_ m: MeetingRecord, time: OrgTime, view: MeetingView? = nil) {
        id = m.id.uuidString
        seriesId = m.seriesId?.uuidString
        typeId = m.typeId?.uuidString
        title = m.title
        organiserId = m.organiserId.uuidString
        organiserName = view?.organiserName
        roomId = m.roomId?.uuidString
        roomName = view?.roomName
        bookingId = m.bookingId?.uuidString
        bookingStatus = view?.bookingStatus
        startsAt = time.format(m.startsAt)
        endsAt = time.format(m.endsAt)
        headcount = m.headcount
        occurrence = m.recurrenceKey?.description
        status = m.status.rawValue
        overridden = m.overridden
        sequence = m.sequence
        version = m.version
    }

    init(_ v: MeetingView, time: OrgTime) { self.init(v.meeting, time: time, view: v) }
}

struct SeriesDTO: Content {
    var id: String
    var typeId: String?
    var title: String
    var organiserId: String
    var roomId: String?
    var rule: String
    var ruleSummary: String
    var start: String
    var durationMinutes: Int
    var through: String
    var holidayPolicy: String
    var periodKind: String?
    var perPeriod: Int?
    var rdates: [String]
    var exdates: [String]
    var headcount: Int
    var participants: [ParticipantSelector]
    var status: String
    var splitFromId: String?
    var version: Int
    var meetings: [MeetingDTO]?

    init(_ s: SeriesRecord, words: RecurrenceWords, meetings: [MeetingDTO]?) {
        id = s.id.uuidString
        typeId = s.typeId?.uuidString
        title = s.title
        organiserId = s.organiserId.uuidString
        roomId = s.roomId?.uuidString
        rule = s.schedule.rule.text
        ruleSummary = words.describe(s.schedule.rule, start: s.schedule.start)
        start = s.schedule.start.description
        durationMinutes = s.schedule.durationMinutes
        through = s.schedule.through.description
        holidayPolicy = s.schedule.holidayPolicy.rawValue
        periodKind = s.schedule.periodKind?.rawValue
        perPeriod = s.schedule.perPeriod
        rdates = s.schedule.rdates.map(\.description).sorted()
        exdates = s.schedule.exdates.map(\.description).sorted()
        headcount = s.headcount
        participants = s.participants
        status = s.status
        splitFromId = s.splitFromId?.uuidString
        version = s.version
        self.meetings = meetings
    }
}

/// One occurrence of a planned series, with anything in its way (the conflict report).
struct OccurrenceDTO: Content, Equatable {
    /// The occurrence's identity (local date-time the rule gives).
    var occurrence: String
    /// Where it would be held (local), after the holiday policy and any resolution.
    var start: String
    var startsAt: String
    var endsAt: String
    var roomId: String?
    /// free, conflict, rules or skipped.
    var state: String
    var resolution: String?
    var conflicts: [BookingDTO]
    var clashesWith: String?
    var errors: [ProblemFieldError]
    var alternatives: AlternativesDTO?

    init(_ p: PlannedOccurrence, time: OrgTime, catalogs: Catalogs, locale: UILocale) {
        occurrence = p.key.description
        start = p.start.description
        startsAt = time.format(p.interval.start)
        endsAt = time.format(p.interval.end)
        roomId = p.roomId?.uuidString
        switch p.resolution {
        case .skip?: resolution = "skip"
        case .move?: resolution = "move"
        case .room?: resolution = "room"
        case nil: resolution = nil
        }
        state =
            p.isSkipped
            ? "skipped"
            : !p.conflicts.isEmpty || p.clashesWith != nil
                ? "conflict"
                : !p.violations.isEmpty ? "rules" : "free"
        conflicts = p.conflicts.map { BookingDTO($0, time: time, redacted: true) }
        clashesWith = p.clashesWith?.description
        errors = p.violations.map {
            ProblemFieldError(field: $0.field, code: $0.code, message: catalogs.text("error." + $0.code, locale, $0.parameters))
        }
        alternatives = p.isClear ? nil : AlternativesDTO(p.alternatives, time: time)
    }
}

struct ParticipantDTO: Content, Equatable {
    var id: String
    var personId: String?
    var name: String
    var email: String?
    var departmentName: String?
    var source: String
    var role: String
    var removed: Bool
    /// A chair by authorisation (R5.4): who authorised them.
    var authorisedById: String?

    init(_ v: ParticipantView) {
        id = v.record.id.uuidString
        personId = v.record.personId?.uuidString
        name = v.name
        email = v.email
        departmentName = v.departmentName
        source = v.record.source
        role = v.record.role.rawValue
        removed = v.record.removed
        authorisedById = v.record.authorisedById?.uuidString
    }
}
