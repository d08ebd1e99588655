import Foundation
import HuiwuStore
import Vapor

/// One group robot post on the meeting page (R5.2: delivery tracked): which robot, how many
/// participants it named, where it stands and, if it failed, the platform's reason.
struct RobotPostRow: Encodable {
    var robot: String
    var platform: String
    var named: String
    var state: String
    var error: String?

    static func rows(of meetingId: UUID, req: Request) async throws -> [RobotPostRow] {
        try await req.huiwu.robotOutbox.posts(of: meetingId).map { v in
            RobotPostRow(
                robot: v.robotName, platform: req.t("ui_webhook_" + v.platform.rawValue),
                named: req.t("ui_robot_post_named", ["count": String(v.named)]),
                state: req.t("ui_notice_state_" + v.post.state.rawValue), error: v.post.lastError)
        }
    }
}
