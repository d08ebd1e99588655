import HuiwuCore
import HuiwuStore
import Vapor

/// Attendance: check-in, attendance and its closing (R5.6).
struct AttendanceCapability: Capability {
    var name: String { "Attendance" }

    func routes(_ app: Application) throws {
        try app.register(collection: AttendanceAPI())
        try app.register(collection: CheckInPages())
        try app.register(collection: KioskPage())
    }

    func jobs(_ settings: NoticeSettings) -> [BackgroundJob] {
        [
            // Attendance closes after each meeting's end plus the rulebook's grace; outcomes and
            // fines are decided then, once, whichever instance closes it (R5.6, R3.2).
            BackgroundJob(name: "attendance.close", period: .seconds(30)) { app in
                try await AttendanceJobs.closeDue(app)
            },
            // A room nobody checked in to is released once the rulebook's time after the start has
            // passed (A1 §4), once, whichever instance finds it.
            BackgroundJob(name: "attendance.no_show", period: .seconds(60)) { app in
                try await app.huiwu.attendance.releaseNoShows(now: app.huiwu.clock.now())
            },
        ]
    }

    func problem(for error: any Error, _ context: ProblemContext) -> Problem? {
        guard let e = error as? AttendanceError else { return nil }
        return ProblemMapper.attendanceProblem(e, req: context.req, make: context.make)
    }
}

/// What its handlers take from `req.huiwu`.
extension HuiwuServices {
    public var attendance: Attendance { Attendance(store: store, time: time) }
}
