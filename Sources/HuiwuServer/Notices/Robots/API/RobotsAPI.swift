import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// Group robots (R5.2, X2): admins set them up for departments and meeting types; the
/// organiser sees each post of a meeting's notices. A robot's secret goes in and never comes out.
struct RobotsAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.robots, use: list)
        routes.post(APIURL.robots, use: create)
        routes.patch(APIURL.robot(.key), use: update)
        routes.delete(APIURL.robot(.key), use: delete)
        routes.get(APIURL.meetingRobotPosts(.key), use: posts)
    }

    struct RobotDTO: Content {
        var id: String
        var name: String
        var platform: String
        var url: String
        var hasSecret: Bool
        var scope: String
        var scopeId: String
        var createdAt: String
        /// Whether the chat's posts go by this robot (`RobotRouting.poster`).
        var postsForChat: Bool
        /// The other robots at the same address — the same group chat, whoever set them up.
        var sharesAddressWith: [PeerDTO]

        init(_ r: RobotRecord, chats: RobotChats, time: OrgTime) {
            id = r.id.uuidString
            name = r.name
            platform = r.platform.rawValue
            url = r.url
            hasSecret = r.hasSecret
            scope = r.scope.rawValue
            scopeId = r.scopeId.uuidString
            createdAt = time.format(r.createdAt)
            postsForChat = chats.postsForChat(r)
            sharesAddressWith = chats.sharingAddress(with: r).map { PeerDTO($0, chats: chats) }
        }
    }

    /// Another robot of the same chat: whom it was set up for, whether it signs, whether it posts.
    struct PeerDTO: Content {
        var id: String
        var name: String
        var platform: String
        var hasSecret: Bool
        var scope: String
        var scopeId: String
        var postsForChat: Bool

        init(_ r: RobotRecord, chats: RobotChats) {
            id = r.id.uuidString
            name = r.name
            platform = r.platform.rawValue
            hasSecret = r.hasSecret
            scope = r.scope.rawValue
            scopeId = r.scopeId.uuidString
            postsForChat = chats.postsForChat(r)
        }
    }

    /// `GET /api/v1/robots` (admin): every robot, private ones too.
    func list(req: Request) async throws -> [RobotDTO] {
        _ = try req.require(.manageRobots)
        let chats = try await req.huiwu.robots.chats()
        return chats.robots.map { RobotDTO($0, chats: chats, time: req.huiwu.time) }
    }

    /// A robot as the admin sees it after setting it up or changing it: with the chat it joined.
    static func answer(_ robot: RobotRecord, req: Request) async throws -> RobotDTO {
        RobotDTO(robot, chats: try await req.huiwu.robots.chats(), time: req.huiwu.time)
    }

    /// `POST /api/v1/robots` `{name, platform, url, secret?, scope: department|meeting_type, scopeId}`.
    func create(req: Request) async throws -> Response {
        _ = try req.require(.manageRobots)
        let body = try req.decodeJSON(RobotBody.self)
        let draft = try body.draft()
        let (scope, scopeId) = try body.groupScope()
        let made = try await req.huiwu.robots.create(draft, scope: scope, scopeId: scopeId, now: req.now)
        let response = try await Self.answer(made, req: req).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: APIURL.robot(.value(made.id)).path)
        return response
    }

    /// `PATCH /api/v1/robots/{id}` `{name?, platform?, url?, secret?}` (secret "" removes it).
    func update(req: Request) async throws -> RobotDTO {
        _ = try req.require(.manageRobots)
        guard let existing = try await req.huiwu.robots.robot(try req.idParameter()) else { throw Abort(.notFound) }
        let draft = try req.decodeJSON(RobotBody.self).draft(existing: existing)
        return try await Self.answer(try await req.huiwu.robots.update(existing.id, draft), req: req)
    }

    /// `DELETE /api/v1/robots/{id}`: posts still waiting for it fail, saying why.
    func delete(req: Request) async throws -> HTTPStatus {
        _ = try req.require(.manageRobots)
        try await req.huiwu.robots.delete(try req.idParameter(), now: req.now)
        return .noContent
    }

    struct PostDTO: Content {
        var id: String
        var robot: String
        var platform: String
        var kind: String
        var state: String
        var attempts: Int
        var error: String?
        var participants: Int
        var sentAt: String?
        var createdAt: String
    }

    /// `GET /api/v1/meetings/{id}/robot-posts` (organiser, room office): each robot post of the
    /// meeting's notices, with how many participants it named and where it stands.
    func posts(req: Request) async throws -> [PostDTO] {
        let view = try await NoticesAPI.managed(req)
        return try await Self.posts(view.meeting.id, req: req)
    }

    static func posts(_ meetingId: UUID, req: Request) async throws -> [PostDTO] {
        let time = req.huiwu.time
        return try await req.huiwu.robotOutbox.posts(of: meetingId).map { v in
            PostDTO(
                id: v.post.id.uuidString, robot: v.robotName, platform: v.platform.rawValue, kind: v.post.kind.rawValue,
                state: v.post.state.rawValue, attempts: v.post.attempts, error: v.post.lastError, participants: v.named,
                sentAt: v.post.sentAt.map(time.format), createdAt: time.format(v.post.createdAt))
        }
    }
}
