import HuiwuCore
import HuiwuStore
import Vapor

/// Calendar feeds: each person subscribes to their own meetings, or to a room's calendar, at a
/// secret URL (`/ical/{token}.ics`) any calendar client can poll; feeds are revocable.
struct FeedsAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.feeds, use: list)
        routes.post(APIURL.feeds, use: create)
        routes.delete(APIURL.feed(.key), use: revoke)
    }

    struct FeedDTO: Content {
        var id: String
        var kind: String
        var roomId: String?
        var createdAt: String
        var revokedAt: String?
        /// Only in the answer that creates the feed: the token is not stored, only its digest.
        var url: String?
    }

    struct CreateBody: Decodable {
        var roomId: String?
    }

    static func dto(_ f: FeedRecord, time: OrgTime, url: String? = nil) -> FeedDTO {
        FeedDTO(
            id: f.id.uuidString, kind: f.roomId == nil ? "person" : "room", roomId: f.roomId?.uuidString,
            createdAt: time.format(f.createdAt), revokedAt: f.revokedAt.map(time.format), url: url)
    }

    /// `GET /api/v1/feeds`: my feeds.
    func list(req: Request) async throws -> [FeedDTO] {
        let actor = try req.actor()
        let time = req.huiwu.time
        return try await req.huiwu.feeds.feeds(of: actor.id).map { Self.dto($0, time: time) }
    }

    /// `POST /api/v1/feeds` `{roomId?}`: a feed of my meetings, or of a room (anyone may see
    /// rooms' calendars, as on the day grid).
    func create(req: Request) async throws -> Response {
        let actor = try req.actor()
        var errors: [FieldError] = []
        let body = (req.body.data?.readableBytes ?? 0) == 0 ? CreateBody() : try req.decodeJSON(CreateBody.self)
        let room = SeriesInput.optionalUUID(body.roomId, field: "roomId", errors: &errors)
        try Input.check(errors)
        let (feed, token) = try await req.huiwu.feeds.create(room: room, by: actor, now: req.now)
        let url = Self.url(token, req: req)
        let response = try await Self.dto(feed, time: req.huiwu.time, url: url).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: url)
        return response
    }

    /// The subscription URL, on the host the request came to.
    static func url(_ token: String, req: Request) -> String {
        let host = req.headers.first(name: .host) ?? "127.0.0.1"
        return "http://" + host + SiteURL.icalFeed(.value(token + ".ics")).path
    }

    /// `DELETE /api/v1/feeds/{id}`: the URL stops working at once.
    func revoke(req: Request) async throws -> HTTPStatus {
        let id = try req.idParameter()
        let actor = try req.actor()
        guard try await req.huiwu.feeds.revoke(id, by: actor, now: req.now) else {
            throw ProblemError(.notFound, "not_found")
        }
        return .noContent
    }
}
