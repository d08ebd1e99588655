import HuiwuCore
import HuiwuStore
import Vapor

/// The meeting types page (R2.1): each type's host, groups, cadence in words and standing
/// agenda; the admin loads the seed organisations' templates (R3.5, R5.1, R5.5).
struct AdminMeetingTypePages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.meetingTypes, use: list)
        routes.post(SiteURL.adminMeetingTypeTemplates, use: loadTemplates)
    }

    struct Row: Encodable {
        var id: String
        var code: String
        var clause: String
        var name: String
        var host: String
        var groups: String
        var cadence: String
        var ruleSummary: String?
        var time: String
        var agenda: [String]
        var active: Bool
        var newSeriesHref: String
        var editHref: String
    }

    struct ListView: Encodable {
        var rows: [Row]
        var canManage: Bool
        var available: Int
        var canCreate: Bool
        var newHref = SiteURL.adminMeetingTypeNew.path
        var loadTemplatesAction = SiteURL.adminMeetingTypeTemplates.path
    }

    /// `GET /meeting-types`: everyone signed in may read them.
    func list(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let locale = req.uiLocale.rawValue
        let words = RecurrenceWords(catalogs: req.huiwu.catalogs, locale: req.uiLocale)
        let types = try await req.huiwu.meetingTypes.all()
        let rows = types.map { type in
            let t = type.template
            let dto = MeetingTypeDTO(type, words: words)
            let groups = t.participants.map { p in
                p.label?.text(locale) ?? (p.kind == .role ? req.t("ui_role_" + p.value) : p.value)
            }
            return Row(
                id: type.id.uuidString, code: t.code, clause: t.clause, name: t.name.text(locale), host: t.host.text(locale),
                groups: req.list(groups), cadence: t.cadence.text(locale), ruleSummary: dto.ruleSummary,
                time: "\(t.time) · \(req.t("ui_minutes", ["n": String(t.durationMinutes)]))",
                agenda: t.agenda.map { req.aside($0.title.text(locale), req.t("ui_minutes", ["n": String($0.minutes)])) },
                active: type.active, newSeriesHref: SiteURL.meetingNew.href(["typeId": type.id.uuidString]),
                editHref: SiteURL.adminMeetingType(.value(type.id)).path)
        }
        let loaded = Set(types.map(\.template.code))
        let view = ListView(
            rows: rows, canManage: AccessPolicy.allows(actor.role, .manageOrganisation),
            available: req.huiwu.templates.filter { !loaded.contains($0.code) }.count,
            canCreate: AccessPolicy.allows(actor.role, .bookRoom))
        return try await req.page("meeting-types", title: req.t("ui_meeting_types_title"), section: "meeting-types", view)
    }

    /// `POST /admin/meeting-types/templates` (admin).
    func loadTemplates(req: Request) async throws -> Response {
        _ = try req.webRequire(.manageOrganisation)
        _ = try await req.huiwu.meetingTypes.load(req.huiwu.templates, now: req.now)
        return req.redirect(to: SiteURL.meetingTypes, ["done": "imported"])
    }
}
