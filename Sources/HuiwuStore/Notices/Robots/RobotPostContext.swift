import Foundation
import HuiwuCore
import SQLKit

/// Everything a robot post is written from, read when it is delivered (so a late delivery
/// carries the meeting as it is now): the robot, the meeting, and the participants it names with
/// how the platform mentions them.
public struct RobotPostContext: Sendable {
    public struct Named: Sendable, Equatable {
        public var name: String
        public var accounts: PersonChannels.ChatAccounts
    }

    public var robot: RobotRecord
    public var meeting: MeetingView
    public var named: [Named]
    public var minutes: MinutesRecord?
}

extension RobotOutbox {
    /// nil: the meeting or the robot is gone. The robot is the post's as it is now, not as it was
    /// claimed: a chat handed to another robot meanwhile (`Robots.handOver`) posts with that one's
    /// credentials.
    public func context(of post: RobotPostRecord) async throws -> RobotPostContext? {
        let db = store.reader
        guard let meeting = try await Meetings(store: store).meeting(post.meetingId),
            let robot = try await db.raw(
                "SELECT r.* FROM robot_posts rp JOIN robots r ON r.id = rp.robot_id WHERE rp.id = \(bind: post.id)"
            ).first().map(RobotRecord.init(row:))
        else { return nil }
        let rows = try await db.raw(
            """
            SELECT COALESCE(pe.display_name, p.guest_name) AS name, pe.mobile, pe.dingtalk_user_id, pe.wecom_user_id,
                   pe.feishu_user_id
            FROM notices n JOIN meeting_participants p ON p.id = n.participant_id LEFT JOIN people pe ON pe.id = p.person_id
            WHERE n.post_id = \(bind: post.id) ORDER BY n.created_at, n.id
            """
        ).all()
        let named = try rows.map { row in
            RobotPostContext.Named(
                name: try row.decode(column: "name", as: String?.self) ?? "",
                accounts: try PersonChannels.ChatAccounts(row: row))
        }
        return RobotPostContext(
            robot: robot, meeting: meeting, named: named,
            minutes: post.kind == .minutes ? try await MeetingMinutes(store: store).minutes(of: post.meetingId) : nil)
    }
}
