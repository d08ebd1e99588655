import HuiwuCore
import HuiwuStore
import Vapor

/// "My calendar and notices": calendar feed subscriptions (create, copy the URL, revoke) and
/// the chat-bot webhook a person's notices also go to (X2).
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
        var formats: [Choice]
        var errors: FormErrors
        var createFeedAction = SiteURL.myFeeds.path
        var webhookAction = SiteURL.myWebhook.path
    }

    func show(req: Request) async throws -> Response {
        try await render(req, newUrl: nil, errors: FormErrors(), status: .ok)
    }

    func render(
        _ req: Request, newUrl: String?, errors: FormErrors, webhookUrl: String? = nil, format: String? = nil,
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
        let chosen = format ?? channels.webhookFormat?.rawValue ?? "generic"
        let view = ChannelsView(
            feeds: feeds, newUrl: newUrl,
            rooms: [Choice(value: "", label: req.t("ui_feed_mine"), selected: true)]
                + rooms.map {
                    Choice(
                        value: $0.id.uuidString, label: req.t("ui_feed_room", ["room": $0.name]),
                        selected: false)
                },
            email: channels.email, webhookUrl: webhookUrl ?? channels.webhookUrl,
            formats: WebhookFormat.allCases.map {
                Choice(value: $0.rawValue, label: req.t("ui_webhook_" + $0.rawValue), selected: $0.rawValue == chosen)
            },
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

    func revoke(req: Request) async throws -> Response {
        let actor = try req.webActor()
        // Someone else's feed is not there for this person (404, as in the API).
        guard try await req.huiwu.feeds.revoke(try req.idParameter(), by: actor, now: req.now) else {
            throw ProblemError(.notFound, "not_found")
        }
        return req.redirect(to: SiteURL.myChannels, ["done": "deleted"])
    }

    struct WebhookForm: Content {
        var webhookUrl: String?
        var webhookFormat: String?
    }

    func setWebhook(req: Request) async throws -> Response {
        let actor = try req.webActor()
        let form = try req.content.decode(WebhookForm.self)
        do {
            let (url, format) = try NoticesAPI.webhook(url: form.webhookUrl, format: form.webhookFormat)
            try await req.huiwu.channels.setWebhook(of: actor.id, url: url, format: format)
        } catch let failure as ValidationFailure {
            return try await render(
                req, newUrl: nil, errors: FormErrors(failure.errors, on: req), webhookUrl: form.webhookUrl,
                format: form.webhookFormat, status: .unprocessableEntity)
        }
        return req.redirect(to: SiteURL.myChannels, ["done": "saved"])
    }
}
