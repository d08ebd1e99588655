import HuiwuCore
import HuiwuStore
import Vapor

/// Notices (R5.2, X2): the organiser sends them and sees each participant's delivery state per
/// channel; each person sets the chat-bot webhook their notices also go to.
struct NoticesAPI: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(APIURL.meetingPart(.key, .notices), use: list)
        routes.post(APIURL.meetingPart(.key, .notices), use: send)
        routes.get(APIURL.outbox, use: outbox)
        routes.get(APIURL.myChannels, use: channels)
        routes.put(APIURL.myChannels, use: setChannels)
    }

    struct NoticeDTO: Content {
        var id: String
        var channel: String
        var kind: String
        var state: String
        var attempts: Int
        var error: String?
        var sentAt: String?
        var readAt: String?
        var createdAt: String
    }

    struct DeliveryDTO: Content {
        var participantId: String
        var name: String
        var role: String
        var notNotified: Bool
        var notices: [NoticeDTO]
    }

    struct DeliveriesDTO: Content {
        var notNotified: Int
        var participants: [DeliveryDTO]
    }

    struct SendBody: Decodable {
        var kind: String?
    }

    struct SentDTO: Content {
        var participants: Int
        var queued: Int
    }

    static func deliveries(_ meetingId: UUID, req: Request) async throws -> DeliveriesDTO {
        let time = req.huiwu.time
        let list = try await req.huiwu.notices.deliveries(of: meetingId).map { d in
            DeliveryDTO(
                participantId: d.participant.record.id.uuidString, name: d.participant.name,
                role: d.participant.record.role.rawValue, notNotified: d.notNotified,
                notices: d.notices.map { n in
                    NoticeDTO(
                        id: n.id.uuidString, channel: n.channel.rawValue, kind: n.kind.rawValue, state: n.state.rawValue,
                        attempts: n.attempts, error: n.lastError, sentAt: n.sentAt.map(time.format),
                        readAt: n.readAt.map(time.format), createdAt: time.format(n.createdAt))
                })
        }
        return DeliveriesDTO(notNotified: list.filter(\.notNotified).count, participants: list)
    }

    /// The meeting, if the caller may manage its notices (organiser or room office).
    static func managed(_ req: Request) async throws -> MeetingView {
        let view = try await MeetingsAPI.visible(req)
        let actor = try req.actor()
        guard AccessPolicy.mayManageMeeting(role: actor.role, actorID: actor.id, organiserID: view.meeting.organiserId) else {
            throw ProblemError(.forbidden, "forbidden")
        }
        return view
    }

    struct OutboxDTO: Content {
        var queued: Int
        var sent: Int
        var failed: Int
        var read: Int
        var oldestQueuedAt: String?
    }

    /// `GET /api/v1/outbox` (room office, admin): how the outbox stands — is mail flowing?
    func outbox(req: Request) async throws -> OutboxDTO {
        _ = try req.require(.viewNoticeOutbox)
        let s = try await req.huiwu.noticeOutbox.summary()
        return OutboxDTO(
            queued: s.counts[.queued] ?? 0, sent: s.counts[.sent] ?? 0, failed: s.counts[.failed] ?? 0,
            read: s.counts[.read] ?? 0, oldestQueuedAt: s.oldestQueued.map { req.huiwu.time.format($0) })
    }

    /// `GET /api/v1/meetings/{id}/notices`.
    func list(req: Request) async throws -> DeliveriesDTO {
        let view = try await Self.managed(req)
        return try await Self.deliveries(view.meeting.id, req: req)
    }

    /// `POST /api/v1/meetings/{id}/notices` `{kind: invitation | update | reminder}`.
    func send(req: Request) async throws -> Response {
        let actor = try req.actor()
        let view = try await Self.managed(req)
        let body = (req.body.data?.readableBytes ?? 0) == 0 ? SendBody() : try req.decodeJSON(SendBody.self)
        let kind = NoticeKind(rawValue: body.kind ?? "invitation")
        // Cancellations go out with the cancel itself, minutes with their publication.
        guard let kind, [.invitation, .update, .reminder].contains(kind) else {
            throw ValidationFailure([FieldError("kind", "field.enum")])
        }
        let batch = try await req.huiwu.notices.send(view.meeting.id, kind: kind, by: actor, now: req.now)
        return try await SentDTO(participants: batch.participants, queued: batch.queued).encodeResponse(
            status: .accepted, for: req)
    }

    struct ChannelsDTO: Content {
        var email: String?
        /// The person's private robot (group robots are set up by admins, `RobotsAPI`).
        var webhookUrl: String?
        var webhookFormat: String?
        var hasWebhookSecret: Bool
        var mobile: String?
        var dingtalkUserId: String?
        var wecomUserId: String?
        var feishuUserId: String?
    }

    /// What `PUT /api/v1/me/channels` takes: the private robot (`webhookUrl` null or empty removes
    /// it; `webhookSecret` absent keeps, "" removes) and how robots mention the person.
    struct ChannelsBody: Decodable {
        /// Ignored (the address comes from the directory), but typed: a non-string is a bad request.
        var email: String?
        var webhookUrl: String?
        var webhookFormat: String?
        var webhookSecret: String?
        var mobile: String?
        var dingtalkUserId: String?
        var wecomUserId: String?
        var feishuUserId: String?

        var accounts: ChatAccountsBody {
            ChatAccountsBody(mobile: mobile, dingtalkUserId: dingtalkUserId, wecomUserId: wecomUserId, feishuUserId: feishuUserId)
        }

        /// Validates everything, then stores the private robot and the mention accounts.
        func save(for actor: Actor, _ req: Request) async throws {
            let current = try await req.huiwu.channels.channels(of: actor.id)
            let robot = try robot(named: actor.displayName, existing: current.robot)
            let accounts = try accounts.accounts(over: current.accounts)
            try await req.huiwu.robots.setPrivateRobot(of: actor.id, robot, now: req.now)
            try await req.huiwu.channels.setAccounts(of: actor.id, accounts)
        }

        /// The private robot to keep (nil: none), named for the person.
        func robot(named name: String, existing: RobotRecord?) throws -> RobotDraft? {
            guard let url = webhookUrl?.trimmedWhitespace, !url.isEmpty else { return nil }
            let body = RobotBody(name: name, platform: webhookFormat, url: url, secret: webhookSecret)
            do {
                return try body.draft(existing: existing)
            } catch let failure as ValidationFailure {
                // This API has always named its fields webhookUrl / webhookFormat / webhookSecret.
                throw ValidationFailure(
                    failure.errors.map { e in
                        var e = e
                        e.field =
                            ["url": "webhookUrl", "platform": "webhookFormat", "secret": "webhookSecret"][e.field] ?? e.field
                        return e
                    })
            }
        }
    }

    /// `GET /api/v1/me/channels`.
    func channels(req: Request) async throws -> ChannelsDTO {
        let actor = try req.actor()
        let c = try await req.huiwu.channels.channels(of: actor.id)
        return ChannelsDTO(
            email: c.email, webhookUrl: c.robot?.url, webhookFormat: c.robot?.platform.rawValue,
            hasWebhookSecret: c.robot?.hasSecret ?? false, mobile: c.accounts.mobile, dingtalkUserId: c.accounts.dingtalkUserId,
            wecomUserId: c.accounts.wecomUserId, feishuUserId: c.accounts.feishuUserId)
    }

    /// `PUT /api/v1/me/channels` `{webhookUrl, webhookFormat, webhookSecret?, mobile?, …UserId?}`.
    func setChannels(req: Request) async throws -> ChannelsDTO {
        let actor = try req.actor()
        try await req.decodeJSON(ChannelsBody.self).save(for: actor, req)
        return try await channels(req: req)
    }
}
