import HuiwuCore
import HuiwuStore
import Vapor

/// "My calendar and notices": calendar feed subscriptions (create, copy the URL, revoke), the
/// private robot a person's notices also go to (X2; group robots are the admin's) and
/// how group robots @-mention them.
struct ChannelPages: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.myChannels, use: show)
        routes.post(SiteURL.myFeeds, use: createFeed)
        routes.post(SiteURL.myFeedRevoke(.key), use: revoke)
        routes.post(SiteURL.myWebhook, use: setWebhook)
    }

    struct FeedRow: Encodable {
        var id: String
        var label: String
        var created: String
        var revoked: Bool
        var revokeAction: String
    }

    struct ChannelsView: Encodable {
        var feeds: [FeedRow]
        var newUrl: String?
        var rooms: [Choice]
        var email: String?
        var webhookUrl: String?
        var hasSecret: Bool
        var formats: [Choice]
        var accounts: AccountsForm
        var errors: FormErrors
        var createFeedAction = SiteURL.myFeeds.path
        var webhookAction = SiteURL.myWebhook.path
    }

    func show(req: Request) async throws -> Response {
        try await render(req, newUrl: nil, errors: FormErrors(), status: .ok)
    }

    func render(
        _ req: Request, newUrl: String?, errors: FormErrors, typed: WebhookForm? = nil,
        status: HTTPResponseStatus
    ) async throws -> Response {
        let actor = try req.webActor()
        let time = req.huiwu.time
        let rooms = try await req.huiwu.rooms.rooms()
        let names = Dictionary(rooms.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let feeds = try await req.huiwu.feeds.feeds(of: actor.id).map { f in
            FeedRow(
                id: f.id.uuidString,
                label: f.roomId.map { req.t("ui_feed_room", ["room": names[$0] ?? ""]) } ?? req.t("ui_feed_mine"),
                created: "\(time.date(of: f.createdAt)) \(time.clock(f.createdAt))", revoked: f.revokedAt != nil,
                revokeAction: SiteURL.myFeedRevoke(.value(f.id)).path)
        }
        let channels = try await req.huiwu.channels.channels(of: actor.id)
        let chosen = typed?.webhookFormat ?? channels.robot?.platform.rawValue ?? "generic"
        let view = ChannelsView(
            feeds: feeds, newUrl: newUrl,
            rooms: [Choice(value: "", label: req.t("ui_feed_mine"), selected: true)]
                + rooms.map {
                    Choice(
                        value: $0.id.uuidString, label: req.t("ui_feed_room", ["room": $0.name]),
                        selected: false)
                },
            email: channels.email, webhookUrl: typed?.webhookUrl ?? channels.robot?.url,
            hasSecret: channels.robot?.hasSecret ?? false,
            formats: RobotPlatform.allCases.map {
                Choice(value: $0.rawValue, label: req.t("ui_webhook_" + $0.rawValue), selected: $0.rawValue == chosen)
            },
            accounts: typed?.accounts
                ?? AccountsForm(
                    mobile: channels.accounts.mobile, dingtalkUserId: channels.accounts.dingtalkUserId,
                    wecomUserId: channels.accounts.wecomUserId, feishuUserId: channels.accounts.feishuUserId),
            errors: errors)
        return try await req.page("channels", title: req.t("ui_channels_title"), section: "channels", view, status: status)
    }

    struct FeedForm: Content {
        var roomId: String?
    }

    func createFeed(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let form = try req.content.decode(FeedForm.self)
        let room = form.roomId.flatMap(UUID.init(uuidString:))
        let (_, token) = try await req.huiwu.feeds.create(room: room, by: actor, now: req.now)
        // The URL is shown this once: only its digest is stored.
        return try await render(req, newUrl: FeedsAPI.url(token, req: req), errors: FormErrors(), status: .ok)
    }

    /// `POST /me/feeds/{id}/revoke`: asks first (`ConfirmFirst`) — a calendar subscribed to the
    /// address stops updating for good.
    func revoke(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let id = try req.idParameter()
        // Someone else's feed is not there for this person (404, as in the API): checked before
        // asking, so a stranger never sees the question.
        guard let feed = try await req.huiwu.feeds.feeds(of: actor.id).first(where: { $0.id == id }) else {
            throw ProblemError(.notFound, "not_found")
        }
        if feed.revokedAt == nil,
            let ask = try await ConfirmFirst.ask(
                req, question: req.t("ui_confirm_feed_revoke", ["feed": try await Self.label(feed, req)]),
                detail: req.t("ui_confirm_feed_revoke_detail"),
                confirm: req.t("ui_feed_revoke"), back: SiteURL.myChannels.path)
        {
            return ask
        }
        guard try await req.huiwu.feeds.revoke(id, by: actor, now: req.now) else {
            throw ProblemError(.notFound, "not_found")
        }
        return req.redirect(to: SiteURL.myChannels, ["done": "feed_revoked"])
    }

    /// The feed as its row names it ("my meetings", or the room's), so the question names which
    /// address stops when a person has several.
    static func label(_ feed: FeedRecord, _ req: Request) async throws -> String {
        guard let room = feed.roomId else { return req.t("ui_feed_mine") }
        return req.t("ui_feed_room", ["room": try await req.huiwu.rooms.room(room)?.room.name ?? ""])
    }

    struct AccountsForm: Content {
        var mobile: String?
        var dingtalkUserId: String?
        var wecomUserId: String?
        var feishuUserId: String?
    }

    struct WebhookForm: Content {
        var webhookUrl: String?
        var webhookFormat: String?
        /// Left empty, the stored secret stays; `removeSecret` takes it away.
        var webhookSecret: String?
        var removeSecret: String?
        var mobile: String?
        var dingtalkUserId: String?
        var wecomUserId: String?
        var feishuUserId: String?

        var accounts: AccountsForm {
            AccountsForm(mobile: mobile, dingtalkUserId: dingtalkUserId, wecomUserId: wecomUserId, feishuUserId: feishuUserId)
        }

        var body: NoticesAPI.ChannelsBody {
            let secret = removeSecret == "on" ? "" : ((webhookSecret ?? "").isEmpty ? nil : webhookSecret)
            return NoticesAPI.ChannelsBody(
                email: nil, webhookUrl: webhookUrl, webhookFormat: webhookFormat, webhookSecret: secret, mobile: mobile ?? "",
                dingtalkUserId: dingtalkUserId ?? "", wecomUserId: wecomUserId ?? "", feishuUserId: feishuUserId ?? "")
        }
    }

    func setWebhook(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let form = try req.content.decode(WebhookForm.self)
        do {
            try await form.body.save(for: actor, req)
        } catch let failure as ValidationFailure {
            return try await render(
                req, newUrl: nil, errors: FormErrors(failure.errors, on: req), typed: form, status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.myChannels, ["done": "saved"])
    }
}
