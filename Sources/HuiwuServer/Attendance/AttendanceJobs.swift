import Foundation
import HuiwuStore
import Vapor

/// The attendance job (R5.6, R3.2): closes every meeting whose attendance is due. Two instances
/// running it at once decide each meeting once (`Attendance.close` claims the meeting first).
enum AttendanceJobs {
    /// How many meetings were closed.
    @discardableResult
    static func closeDue(_ app: Application) async throws -> Int {
        let attendance = app.huiwu.attendance
        let now = app.huiwu.clock.now()
        var closed = 0
        for id in try await attendance.dueForClosing(now: now) where try await attendance.close(id, now: now) != nil {
            closed += 1
        }
        return closed
    }
}
