import HuiwuCore
import HuiwuStore
import Vapor

/// A meeting type as the admin's form posts it (R2.1). Names, chair and cadence in three
/// languages; the agenda one item per line (`议题 | 分钟`), its other languages kept for lines
/// whose Simplified Chinese is unchanged.
struct MeetingTypeForm: Content {
    var code: String?
    var clause: String?
    var nameZhHans: String?
    var nameZhHant: String?
    var nameEn: String?
    var hostZhHans: String?
    var hostZhHant: String?
    var hostEn: String?
    var hostRole: String?
    var rule: String?
    var time: String?
    var durationMinutes: String?
    var periodKind: String?
    var perPeriod: String?
    var adHoc: String?
    var cadenceZhHans: String?
    var cadenceZhHant: String?
    var cadenceEn: String?
    var reportersInOrder: String?
    /// "1": everyone signed in reads the content of this type's meetings.
    var contentForEveryone: String?
    var agenda: String?
    var roles: [String]?
    var positions: String?
    var defaultRoomId: String?
    var active: String?

    /// `listSeparator`: how the reader's language lists the positions (X6); any of 、,，;； reads back.
    init(_ type: MeetingType, listSeparator: String) {
        let t = type.template
        code = t.code
        clause = t.clause
        (nameZhHans, nameZhHant, nameEn) = (t.name.zhHans, t.name.zhHant, t.name.en)
        (hostZhHans, hostZhHant, hostEn) = (t.host.zhHans, t.host.zhHant, t.host.en)
        hostRole = t.hostRole?.rawValue
        rule = t.rule
        time = t.time
        durationMinutes = String(t.durationMinutes)
        periodKind = t.periodKind?.rawValue
        perPeriod = t.perPeriod.map(String.init)
        adHoc = t.adHoc ? "1" : nil
        (cadenceZhHans, cadenceZhHant, cadenceEn) = (t.cadence.zhHans, t.cadence.zhHant, t.cadence.en)
        reportersInOrder = t.reportersInOrder ? "1" : nil
        contentForEveryone = t.contentAccess == .everyone ? "1" : nil
        agenda = t.agenda.map { "\($0.title.zhHans) | \($0.minutes)" }.joined(separator: "\n")
        roles = t.participants.filter { $0.kind == .role }.map(\.value)
        positions = t.participants.filter { $0.kind == .position }.map(\.value).joined(separator: listSeparator)
        defaultRoomId = type.defaultRoomId?.uuidString
        active = type.active ? "1" : nil
    }

    init() {
        time = "09:00"
        durationMinutes = "60"
        active = "1"
    }

    /// The template the form describes, keeping `previous`'s translations where the text is the same.
    func template(previous: MeetingTemplate?) throws -> (MeetingTemplate, UUID?) {
        var errors: [FieldError] = []
        func text(_ value: String?) -> String { (value ?? "").trimmedWhitespace }
        func localized(_ zhHans: String?, _ zhHant: String?, _ en: String?) -> LocalizedText {
            let base = text(zhHans)
            return LocalizedText(
                zhHans: base, zhHant: text(zhHant).isEmpty ? base : text(zhHant), en: text(en).isEmpty ? base : text(en))
        }
        var agenda: [MeetingTemplate.AgendaItem] = []
        for (i, line) in TextLines.split(self.agenda ?? "").enumerated() {
            let parts = line.split(separator: "|", maxSplits: 1).map { String($0).trimmedWhitespace }
            guard let title = parts.first, !title.isEmpty else { continue }
            guard let minutes = parts.count > 1 ? Int(parts[1]) : 10 else {
                errors.append(FieldError("agenda", "agenda.bad_line", ["line": String(i + 1)]))
                continue
            }
            let known = previous?.agenda.first { $0.title.zhHans == title }?.title
            agenda.append(MeetingTemplate.AgendaItem(title: known ?? LocalizedText(title), minutes: minutes))
        }
        var participants = (roles ?? []).map { ParticipantSelector(kind: .role, value: $0) }
        participants += text(positions).split { "、,，;；".contains($0) }.map { String($0).trimmedWhitespace }.filter { !$0.isEmpty }
            .map { title in
                previous?.participants.first { $0.kind == .position && $0.value == title }
                    ?? ParticipantSelector(kind: .position, value: title)
            }
        let hostRole = text(self.hostRole).isEmpty ? nil : Role(rawValue: text(self.hostRole))
        if !text(self.hostRole).isEmpty && hostRole == nil { errors.append(FieldError("hostRole", "field.enum")) }
        let duration = SeriesForm.number(durationMinutes, field: "durationMinutes", errors: &errors) ?? 0
        let perPeriod = SeriesForm.number(self.perPeriod, field: "perPeriod", errors: &errors)
        let periodKind = text(self.periodKind).isEmpty ? nil : CalendarPeriod.Kind(rawValue: text(self.periodKind))
        let template = MeetingTemplate(
            code: text(code), clause: String(text(clause).prefix(100)), name: localized(nameZhHans, nameZhHant, nameEn),
            host: localized(hostZhHans, hostZhHant, hostEn), hostRole: hostRole, participants: participants,
            rule: text(rule).isEmpty ? nil : text(rule), perPeriod: perPeriod, periodKind: periodKind, time: text(time),
            durationMinutes: duration, adHoc: adHoc != nil, cadence: localized(cadenceZhHans, cadenceZhHant, cadenceEn),
            reportersInOrder: reportersInOrder != nil, agenda: agenda,
            contentAccess: contentForEveryone != nil ? .everyone : nil)
        errors += template.problems()
        let room = SeriesInput.optionalUUID(defaultRoomId, field: "defaultRoomId", errors: &errors)
        try Input.check(errors)
        return (template, room)
    }
}

/// The admin's form for one meeting type: new, or an existing one (a loaded template included).
struct MeetingTypeEditor: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.adminMeetingTypeNew, use: newForm)
        routes.post(SiteURL.adminMeetingTypeNew, use: create)
        routes.get(SiteURL.adminMeetingType(.key), use: editForm)
        routes.post(SiteURL.adminMeetingType(.key), use: update)
    }

    struct EditorView: Encodable {
        var id: String?
        var version: Int
        var form: MeetingTypeForm
        var roles: [Choice]
        var hostRoles: [Choice]
        var rooms: [Choice]
        var periodKinds: [Choice]
        var errors: FormErrors
        var ruleSummary: String?
        /// The type when editing, the new-type address when creating.
        var action: String
    }

    func render(
        _ req: Request, id: UUID?, version: Int, form: MeetingTypeForm, errors: FormErrors,
        status: HTTPResponseStatus
    ) async throws -> Response {
        let rooms = try await req.huiwu.rooms.rooms()
        let summary = form.rule.flatMap { try? RecurrenceRule(parsing: $0) }.map { rule in
            RecurrenceWords(catalogs: req.huiwu.catalogs, locale: req.uiLocale)
                .describe(
                    rule,
                    start: LocalDateTime(
                        date: CivilDate(year: 2027, month: 1, day: 4)!,
                        secondOfDay: (ClockTime(form.time ?? "")?.minutes ?? 0) * 60))
        }
        let view = EditorView(
            id: id?.uuidString, version: version, form: form,
            roles: Role.allCases.map {
                Choice(
                    value: $0.rawValue, label: req.t("ui_role_" + $0.rawValue),
                    selected: form.roles?.contains($0.rawValue) ?? false)
            },
            hostRoles: [Choice(value: "", label: "—", selected: (form.hostRole ?? "").isEmpty)]
                + Role.allCases.map {
                    Choice(
                        value: $0.rawValue, label: req.t("ui_role_" + $0.rawValue),
                        selected: form.hostRole == $0.rawValue)
                },
            rooms: [Choice(value: "", label: req.t("ui_no_room"), selected: (form.defaultRoomId ?? "").isEmpty)]
                + rooms.map { Choice(value: $0.id.uuidString, label: $0.name, selected: form.defaultRoomId == $0.id.uuidString) },
            periodKinds: [Choice(value: "", label: req.t("ui_period_none"), selected: (form.periodKind ?? "").isEmpty)]
                + CalendarPeriod.Kind.allCases.map {
                    Choice(
                        value: $0.rawValue, label: req.t("ui_period_kind_" + $0.rawValue),
                        selected: form.periodKind == $0.rawValue)
                },
            errors: errors, ruleSummary: summary,
            action: id.map { SiteURL.adminMeetingType(.value($0)).path } ?? SiteURL.adminMeetingTypeNew.path)
        return try await req.page(
            "meeting-type-form", title: req.t("ui_meeting_type"), section: "meeting-types", view, status: status)
    }

    func newForm(req: Request) async throws -> Response {
        _ = try req.webRequire(.manageOrganisation)
        return try await render(req, id: nil, version: 0, form: MeetingTypeForm(), errors: FormErrors(), status: .ok)
    }

    func create(req: Request) async throws -> Response {
        _ = try req.webRequire(.manageOrganisation)
        let form = try req.content.decode(MeetingTypeForm.self)
        do {
            let (template, room) = try form.template(previous: nil)
            _ = try await req.huiwu.meetingTypes.create(template, defaultRoomId: room, now: req.now)
        } catch let failure as ValidationFailure {
            return try await render(
                req, id: nil, version: 0, form: form, errors: FormErrors(failure.errors, on: req), status: .unprocessableEntity)
        } catch StoreError.duplicate(let field) {
            return try await render(
                req, id: nil, version: 0, form: form, errors: FormErrors([FieldError(field, "field.duplicate")], on: req),
                status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.meetingTypes, ["done": "saved"])
    }

    func editForm(req: Request) async throws -> Response {
        _ = try req.webRequire(.manageOrganisation)
        guard let type = try await req.huiwu.meetingTypes.type(try req.idParameter()) else {
            throw ProblemError(.notFound, "not_found")
        }
        return try await render(
            req, id: type.id, version: type.version, form: MeetingTypeForm(type, listSeparator: req.t("ui_list_separator")),
            errors: FormErrors(), status: .ok)
    }

    struct Version: Content { var version: Int? }

    func update(req: Request) async throws -> Response {
        _ = try req.webRequire(.manageOrganisation)
        let id = try req.idParameter()
        guard let type = try await req.huiwu.meetingTypes.type(id) else { throw ProblemError(.notFound, "not_found") }
        let form = try req.content.decode(MeetingTypeForm.self)
        let version = (try? req.content.decode(Version.self))?.version
        do {
            let (template, room) = try form.template(previous: type.template)
            _ = try await req.huiwu.meetingTypes.update(
                id, template, defaultRoomId: room, active: form.active != nil,
                expectedVersion: version, now: req.now)
        } catch let failure as ValidationFailure {
            return try await render(
                req, id: id, version: type.version, form: form, errors: FormErrors(failure.errors, on: req),
                status: .unprocessableEntity)
        } catch StoreError.duplicate(let field) {
            return try await render(
                req, id: id, version: type.version, form: form,
                errors: FormErrors([FieldError(field, "field.duplicate")], on: req), status: .unprocessableEntity)
        } catch StoreError.staleVersion {
            var errors = FormErrors()
            errors.general = [req.t("problem.stale_version")]
            return try await render(req, id: id, version: type.version, form: form, errors: errors, status: .conflict)
        }
        return req.redirect(to: SiteURL.meetingTypes, ["done": "saved"])
    }
}
