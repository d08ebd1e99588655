import HuiwuCore
import HuiwuStore
import Vapor

/// What every page's layout needs: catalog, language, who is signed in, navigation, CSRF.
struct Layout: Encodable {
    struct Nav: Encodable {
        var canBook: Bool
        var canApprove: Bool
        var canManageRooms: Bool
        var canManagePeople: Bool
        var canViewRegister: Bool
        var canManageOrganisation: Bool
        var canViewCompliance: Bool
    }
    /// Where the navigation points, from the route table.
    struct Links: Encodable {
        var home = SiteURL.grid.path
        var stylesheet = SiteURL.stylesheet.path
        var favicon = SiteURL.favicon.path
        var grid = SiteURL.grid.path
        var book = SiteURL.book.path
        var my = SiteURL.myBookings.path
        var meetings = SiteURL.meetings.path
        var meetingTypes = SiteURL.meetingTypes.path
        var approvals = SiteURL.approvals.path
        var register = SiteURL.register.path
        var adminRooms = SiteURL.adminRooms.path
        var adminDepartments = SiteURL.adminDepartments.path
        var adminPeople = SiteURL.adminPeople.path
        var adminCalendar = SiteURL.adminCalendar.path
        var adminRobots = SiteURL.adminRobots.path
        var rulebook = SiteURL.rulebook.path
        var penalties = SiteURL.penalties.path
        var requests = SiteURL.requests.path
        var adminRulebook = SiteURL.adminRulebook.path
        var cadenceReport = SiteURL.cadenceReport.path
        var notifications = SiteURL.notifications.path
        var logout = SiteURL.logout.path
        var myPassword = SiteURL.myPassword.path
    }
    struct LanguageLink: Encodable {
        var code: String
        var label: String
        var href: String
        var current: Bool
    }
    var lang: String
    var title: String
    var userName: String?
    var roleLabel: String?
    var csrf: String
    var nav: Nav
    var links = Links()
    var unread: Int
    var notice: String?
    var section: String
    var languages: [LanguageLink]
}

/// The context every template receives: `t` (the UI catalog), `layout`, and the page's own model.
struct PageContext<Body: Encodable>: Encodable {
    var t: [String: String]
    var layout: Layout
    var page: Body
}

extension Request {
    /// Renders `template` inside the layout. `notice` is a catalog key shown as a banner.
    func page<Body: Encodable>(
        _ template: String, title: String, section: String, _ body: Body,
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let locale = uiLocale
        let who = signedIn
        let role = who?.person.roleValue
        var unread = 0
        // An overload page (503) is rendered without touching the database it is reporting on.
        if let who, status != .serviceUnavailable { unread = try await huiwu.notifications.unreadCount(for: who.person.id) }
        let done = query[String.self, at: "done"].flatMap { key -> String? in
            let k = "ui_done_" + key
            return huiwu.catalogs.table(locale)[k] == nil ? nil : t(k)
        }
        let catalogs = huiwu.catalogs
        let languages: [Layout.LanguageLink] = UILocale.allCases.map { l in
            Layout.LanguageLink(
                code: l.rawValue, label: catalogs.text("ui_language_name", l),
                href: SiteURL.language(.value(l.rawValue)).href(["back": languageBack]), current: l == locale)
        }
        func can(_ action: Action) -> Bool {
            guard let role else { return false }
            return AccessPolicy.allows(role, action)
        }
        let nav = Layout.Nav(
            canBook: can(.bookRoom), canApprove: can(.approveBookings), canManageRooms: can(.manageRooms),
            canManagePeople: can(.managePeople), canViewRegister: can(.viewRegister),
            canManageOrganisation: can(.manageOrganisation), canViewCompliance: can(.viewCompliance))
        let roleLabel: String? = role.map { t("ui_role_" + $0.rawValue) }
        let layout = Layout(
            lang: locale.rawValue, title: title, userName: who?.person.displayName, roleLabel: roleLabel,
            csrf: who?.csrfToken ?? "", nav: nav, unread: unread, notice: done, section: section,
            languages: languages)
        let context = PageContext(t: huiwu.catalogs.ui[locale] ?? [:], layout: layout, page: body)
        let view = try await self.view.render(template, context)
        let response = try await view.encodeResponse(status: status, for: self)
        response.headers.replaceOrAdd(name: HTTPHeaders.Name.contentLanguage, value: locale.rawValue)
        response.headers.replaceOrAdd(name: HTTPHeaders.Name.cacheControl, value: "no-store")
        return response
    }

    /// Where the language links come back to (X6): this page with its query (the day or month
    /// shown); after a form's POST — a refused form, a question asked first — whose path may have
    /// no page to GET, the page the form was on.
    var languageBack: String {
        let from =
            method == .GET
            ? URLComponents(string: url.string) : headers.first(name: .referer).flatMap(URLComponents.init(string:))
        guard let from, from.percentEncodedPath.hasPrefix("/") else { return SiteURL.home.path }
        return from.percentEncodedPath + (from.percentEncodedQuery.map { "?" + $0 } ?? "")
    }

    /// Signed-in person for a page, or a redirect to the log-in page.
    func webActor() throws -> Actor {
        guard signedIn != nil else {
            throw Abort.redirect(to: SiteURL.login.href(["next": url.path]))
        }
        return try actor()
    }

    func webRequire(_ action: Action) throws -> Actor {
        let actor = try webActor()
        guard AccessPolicy.allows(actor.role, action) else { throw ProblemError(.forbidden, "forbidden") }
        return actor
    }
}

/// One option of a select, radio group or checkbox list on a page.
struct Choice: Encodable {
    var value: String
    var label: String
    var selected: Bool
}

/// A form field's error, shown beside the field in the reader's language.
struct FormErrors: Encodable {
    var messages: [String: String] = [:]
    var general: [String] = []

    init() {}

    init(_ errors: [FieldError], on req: Request) {
        for e in errors {
            let message = req.t("error." + e.code, e.parameters)
            // `participants[2]` and `agenda[0].title` show beside their list's field.
            let field = e.field.split(separator: "[").first.map(String.init) ?? e.field
            messages[field] = messages[field].map { $0 + req.t("ui_semicolon") + message } ?? message
        }
    }
}
