import Foundation
import HuiwuStore
import Vapor

/// Every background job of an instance, with its period: a new job is registered here.
enum BackgroundJobs {
    static func all(_ settings: NoticeSettings) -> [BackgroundJob] {
        let poll = Duration.milliseconds(settings.pollMilliseconds)
        return [
            // Reminders before notified meetings, preparation items and overdue action items (X2, R5.3, R5.8).
            BackgroundJob(name: "notices.reminders", period: poll) { app in
                try await app.noticeDispatcher.queueReminders()
                return 0
            },
            // The outbox: meeting notices and account warnings, within a poll of being committed.
            BackgroundJob(name: "notices.deliver", period: poll) { app in
                try await app.noticeDispatcher.deliverDue()
            },
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
            // Approvers who let a request wait a day are reminded daily until they decide (R3.1, X2).
            BackgroundJob(name: "approvals.remind", period: .seconds(300)) { app in
                try await app.huiwu.approvals.remindDue(now: app.huiwu.clock.now(), every: 86_400)
            },
        ]
    }
}

extension Application {
    /// The scheduler of this instance's background jobs (registered at configure time).
    var jobs: JobScheduler {
        get {
            guard let scheduler = storage[JobSchedulerKey.self] else { fatalError("configure(_:) has not run") }
            return scheduler
        }
        set { storage[JobSchedulerKey.self] = newValue }
    }
}

struct JobSchedulerKey: StorageKey { typealias Value = JobScheduler }
