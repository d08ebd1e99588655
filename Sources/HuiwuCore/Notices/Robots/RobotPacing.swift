import Foundation

/// When the next message may go to a robot (X2): every rate window of its platform kept over
/// the messages sent to that robot address recently (a sliding log, so a burst goes at once up to
/// the limit and the rest as the oldest leave the window), and nothing while the platform has said
/// the robot is throttled.
public enum RobotPacing {
    /// The earliest moment a message may be sent: `now`, or later.
    /// `sent`: when earlier messages to this address went (any order); `blockedUntil`: the end of a
    /// throttle the platform announced.
    public static func nextSlot(
        platform: RobotPlatform, sent: [Date], blockedUntil: Date?, now: Date
    ) -> Date {
        var slot = max(now, blockedUntil ?? now)
        let recent = sent.sorted()
        for window in platform.windows {
            // In (slot − seconds, slot] at most count − 1 earlier messages may stand; otherwise the
            // slot moves to when the oldest of the last `count` leaves the window.
            let inWindow = recent.filter { $0 > slot.addingTimeInterval(-window.seconds) }
            if inWindow.count >= window.count {
                let oldestToLeave = inWindow[inWindow.count - window.count]
                slot = max(slot, oldestToLeave.addingTimeInterval(window.seconds + margin(window)))
            }
        }
        return slot
    }

    /// Slack for what lies between the log and the platform's own clock: a message is logged when
    /// claimed and arrives a little later, by a latency that varies (a quarter second, or a
    /// twentieth of a minute window).
    public static func margin(_ window: RobotPlatform.Window) -> TimeInterval {
        max(0.25, window.seconds / 20)
    }

    /// How far back the log must reach to decide (the widest window).
    public static func horizon(_ platform: RobotPlatform) -> TimeInterval {
        (platform.windows.map { $0.seconds + margin($0) }.max() ?? 0)
    }
}
