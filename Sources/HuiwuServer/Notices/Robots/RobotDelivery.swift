import Foundation
import HuiwuCore
import HuiwuStore
import Vapor

/// Delivering robot posts (R5.2, X2): each claimed post is written for its platform, signed with
/// the robot's secret, posted, and judged as the platform answers (`RobotAnswer`): accepted, too
/// many messages (waits out the platform's window or `Retry-After`, not counted as a failure), or
/// refused with the platform's reason.
extension NoticeDispatcher {
    /// Where a call goes: the robot's platform, address and (opened) secret.
    struct RobotTarget {
        var platform: RobotPlatform
        var url: String
        var secret: String?
    }

    func target(_ robot: RobotRecord) throws -> RobotTarget {
        RobotTarget(
            platform: robot.platform, url: robot.url, secret: try robot.secretSealed.map { try services.secrets.open($0) })
    }

    func deliver(_ post: RobotPostRecord, _ outbox: RobotOutbox) async {
        let now = services.clock.now()
        do {
            guard let c = try await outbox.context(of: post) else {
                try await outbox.failed(post, reason: "meeting or robot no longer exists", permanent: true, now: now)
                return
            }
            if c.meeting.meeting.status == .cancelled && [.invitation, .update, .reminder].contains(post.kind) {
                try await outbox.failed(
                    post, reason: "the meeting was cancelled before this notice went out", permanent: true, now: now)
                return
            }
            let link = settings.publicURL.map { $0 + SiteURL.meeting(.value(post.meetingId)).path }
            let words = RobotPayload.words(post.kind, c, catalogs: services.catalogs, time: services.time, link: link)
            let body = RobotPayload.body(
                c.robot.platform, words: words, named: c.named, event: "meeting." + post.kind.rawValue, meeting: c.meeting,
                time: services.time)
            switch try await call(try target(c.robot), body) {
            case .accepted:
                try await outbox.delivered(post, now: services.clock.now())
            case .throttled(let wait, let reason):
                try await outbox.throttled(
                    post, until: services.clock.now().addingTimeInterval(wait), reason: reason, addressKey: c.robot.addressKey)
            case .refused(let reason, let permanent):
                try await outbox.failed(post, reason: reason, permanent: permanent, now: now)
            }
        } catch {
            let failure = Self.failure(error)
            try? await outbox.failed(post, reason: failure.reason, permanent: failure.permanent, now: now)
        }
    }

    /// One call to a robot: to public addresses only (unless allowed), signed, judged.
    func call(_ target: RobotTarget, _ body: [String: Any]) async throws -> RobotAnswer {
        guard target.url.hasPrefix("http://") || target.url.hasPrefix("https://"), let host = URL(string: target.url)?.host
        else {
            throw DeliveryFailure(reason: "not an http(s) URL", permanent: true)
        }
        if !settings.allowPrivateWebhooks {
            let addresses = try await threadPool.runIfActive { NetworkAddress.resolve(host) }
            if addresses.isEmpty { throw DeliveryFailure(reason: "cannot resolve \(host)", permanent: false) }
            if addresses.contains(where: NetworkAddress.isInternal) {
                throw DeliveryFailure(reason: "\(host) is an internal address; webhooks go to public bots only", permanent: true)
            }
        }
        let signed = RobotSigning.signed(
            target.platform, url: target.url, body: body, secret: target.secret, now: services.clock.now())
        let data = try JSONSerialization.data(withJSONObject: signed.body, options: [.sortedKeys])
        let response = try await client.post(
            URI(string: signed.url), headers: ["Content-Type": "application/json; charset=utf-8"]
        ) { req in
            req.body = ByteBuffer(data: data)
            req.timeout = .seconds(15)
        }
        let retryAfter = response.headers.first(name: "Retry-After").flatMap(TimeInterval.init)
        return RobotAnswer.judge(
            target.platform, status: response.status.code, retryAfter: retryAfter, body: response.body.map { Data(buffer: $0) })
    }

    /// A call whose answer must be accepted (account warnings, notices queued before robots):
    /// anything else is a delivery failure, retried unless the robot refused for good.
    func callAccepted(_ target: RobotTarget, _ body: [String: Any]) async throws {
        switch try await call(target, body) {
        case .accepted: return
        case .throttled(_, let reason): throw DeliveryFailure(reason: reason, permanent: false)
        case .refused(let reason, let permanent): throw DeliveryFailure(reason: reason, permanent: permanent)
        }
    }
}
