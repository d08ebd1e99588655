import HuiwuCore
import HuiwuStore
import Vapor

/// The admin's robots page (R5.2, X2): the group robots of departments and meeting types (and
/// the people's private ones), a form to set one up with its secret, and removal. Secrets are
/// shown only as "set".
struct AdminRobotPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.adminRobots, use: show)
        routes.post(SiteURL.adminRobots, use: create)
        routes.post(SiteURL.adminRobotDelete(.key), use: remove)
    }

    struct Row: Encodable {
        var name: String
        var platformLabel: String
        var scopeLabel: String
        var url: String
        var hasSecret: Bool
        var deleteAction: String
        /// The other robots of its chat (same address), each said in one line.
        var sharesWith: [String]
        /// The chat's posts go by this robot (shown only where the chat has several).
        var postsForChat: Bool
    }

    /// What the admin is told right after setting a robot up at an address others use: the chat
    /// it joined and whose credentials the chat's posts go with (R5.2, X2).
    struct Joined: Encodable {
        var intro: String
        var peers: [String]
        var poster: String
    }

    struct RobotForm: Content, Encodable {
        var name: String?
        var platform: String?
        var url: String?
        var secret: String?
        /// `department:<id>` or `meeting_type:<id>`.
        var owner: String?
    }

    struct RobotsView: Encodable {
        var rows: [Row]
        var joined: Joined?
        var platforms: [Choice]
        var owners: [Choice]
        var form: RobotForm
        var errors: FormErrors
        var createAction = SiteURL.adminRobots.path
    }

    func show(req: Request) async throws -> Response {
        _ = try req.webRequire(.manageRobots)
        return try await render(req, form: RobotForm(), errors: FormErrors(), status: .ok)
    }

    func render(_ req: Request, form: RobotForm, errors: FormErrors, status: HTTPResponseStatus) async throws -> Response {
        let departments = try await req.huiwu.people.departments()
        let types = try await req.huiwu.meetingTypes.all()
        let people = try await req.huiwu.people.people()
        var names: [UUID: String] = [:]
        for d in departments { names[d.id] = req.t("ui_robot_scope_department", ["name": d.name]) }
        for t in types {
            names[t.id] = req.t("ui_robot_scope_meeting_type", ["name": t.template.name.text(req.uiLocale.rawValue)])
        }
        for p in people { names[p.id] = req.t("ui_robot_scope_person", ["name": p.displayName]) }
        let chats = try await req.huiwu.robots.chats()
        func said(_ r: RobotRecord) -> String {
            req.t(
                "ui_robot_chat_peer",
                [
                    "name": r.name, "owner": names[r.scopeId] ?? "",
                    "secret": req.t(r.hasSecret ? "ui_robot_chat_signed" : "ui_robot_chat_unsigned"),
                ])
        }
        let rows = chats.robots.map { r in
            let peers = chats.sharingAddress(with: r)
            return Row(
                name: r.name, platformLabel: req.t("ui_webhook_" + r.platform.rawValue), scopeLabel: names[r.scopeId] ?? "",
                url: r.url, hasSecret: r.hasSecret, deleteAction: SiteURL.adminRobotDelete(.value(r.id)).path,
                sharesWith: peers.map(said), postsForChat: !peers.isEmpty && chats.postsForChat(r))
        }
        var joined: Joined?
        if let id = req.query[String.self, at: "robot"].flatMap(UUID.init(uuidString:)),
            let added = chats.robots.first(where: { $0.id == id })
        {
            let peers = chats.sharingAddress(with: added)
            if let poster = ([added] + peers).first(where: chats.postsForChat), !peers.isEmpty {
                joined = Joined(
                    intro: req.t("ui_robot_chat_joined", ["name": added.name]), peers: peers.map(said),
                    poster: req.t("ui_robot_chat_poster", ["name": poster.name, "owner": names[poster.scopeId] ?? ""]))
            }
        }
        let owners =
            departments.map { ("department:" + $0.id.uuidString, names[$0.id] ?? $0.name) }
            + types.map { ("meeting_type:" + $0.id.uuidString, names[$0.id] ?? "") }
        let view = RobotsView(
            rows: rows, joined: joined,
            platforms: RobotPlatform.allCases.map {
                Choice(value: $0.rawValue, label: req.t("ui_webhook_" + $0.rawValue), selected: $0.rawValue == form.platform)
            },
            owners: owners.map { Choice(value: $0.0, label: $0.1, selected: $0.0 == form.owner) }, form: form, errors: errors)
        return try await req.page("admin-robots", title: req.t("ui_robots_title"), section: "robots", view, status: status)
    }

    func create(req: Request) async throws -> Response {
        _ = try req.webRequire(.manageRobots)
        var form = try req.content.decode(RobotForm.self)
        do {
            let parts = (form.owner ?? "").split(separator: ":", maxSplits: 1).map(String.init)
            let body = RobotBody(
                name: form.name, platform: form.platform, url: form.url, secret: (form.secret ?? "").isEmpty ? nil : form.secret,
                scope: parts.first, scopeId: parts.count == 2 ? parts[1] : nil)
            let draft = try body.draft()
            let scope: (RobotRouting.Scope, UUID)
            do { scope = try body.groupScope() } catch let failure as ValidationFailure {
                throw ValidationFailure(failure.errors.map { FieldError("owner", $0.code, $0.parameters) })
            }
            let made = try await req.huiwu.robots.create(draft, scope: scope.0, scopeId: scope.1, now: req.now)
            return req.redirect(to: SiteURL.adminRobots, ["done": "saved", "robot": made.id.uuidString])
        } catch let failure as ValidationFailure {
            form.secret = nil  // a secret is never written back into a page
            return try await render(req, form: form, errors: FormErrors(failure.errors, on: req), status: .unprocessableEntity)
        }
    }

    func remove(req: Request) async throws -> Response {
        _ = try req.webRequire(.manageRobots)
        if let ask = try await ConfirmFirst.ask(
            req, question: req.t("ui_confirm_robot_delete"), confirm: req.t("ui_delete"), back: SiteURL.adminRobots.path)
        {
            return ask
        }
        try await req.huiwu.robots.delete(try req.idParameter(), now: req.now)
        return req.redirect(to: SiteURL.adminRobots, ["done": "deleted"])
    }
}
