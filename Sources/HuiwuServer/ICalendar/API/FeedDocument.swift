import HuiwuCore
import HuiwuStore
import Vapor

/// `GET /ical/{token}.ics`: the feed itself, no sign-in (the token is the credential).
struct FeedDocument: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.icalFeed(.key), use: serve)
    }

    func serve(req: Request) async throws -> Response {
        var token = req.parameters.get("token") ?? ""
        if token.hasSuffix(".ics") { token.removeLast(4) }
        let feeds = req.huiwu.feeds
        guard let feed = try await feeds.feed(token: token) else { throw Abort(.notFound) }
        let time = req.huiwu.time
        let events = try await feeds.events(
            of: feed, time: time, now: req.now,
            hiddenTitle: req.huiwu.catalogs.text("ui_feed_booked", .zhHans))
        let text = ICalendar.document(events: events, zone: time, name: req.huiwu.organisationName, stamp: req.now)
        let response = Response(status: .ok, body: .init(string: text))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, max-age=300")
        return response
    }
}
