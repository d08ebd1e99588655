import Foundation
import HuiwuTestSupport
import Testing
import Vapor

@testable import HuiwuServer

@Suite("Background jobs run from one scheduler")
struct JobSchedulerTests {
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        func add() -> Int {
            lock.withLock {
                n += 1
                return n
            }
        }
        var value: Int { lock.withLock { n } }
    }

    @Test("a served instance registers each job once; --no-dispatch registers none")
    func servedInstanceRegistersEveryJobOnce() async throws {
        try await withHuiwu(.sqlite) { app in
            // Tests configure without dispatch: nothing runs behind their back.
            #expect(app.jobs.names.isEmpty)
        }
        let scheduler = JobScheduler()
        for job in BackgroundJobs.all(NoticeSettings(dispatch: true)) { try scheduler.register(job) }
        #expect(
            scheduler.names == [
                "notices.reminders", "notices.deliver", "attendance.close", "attendance.no_show", "approvals.remind",
            ])
        #expect(throws: JobScheduler.DuplicateJob.self) {
            try scheduler.register(BackgroundJobs.all(NoticeSettings(dispatch: true))[0])
        }
    }

    @Test("a job runs every period, again at once while it finds work, survives its errors, and stops at shutdown")
    func jobsRunUntilShutdown() async throws {
        let app = try await Application.make(.testing)
        let scheduler = JobScheduler()
        let quiet = Counter(), busy = Counter(), failing = Counter()
        try scheduler.register(
            BackgroundJob(name: "quiet", period: .milliseconds(50)) { _ in
                _ = quiet.add()
                return 0
            })
        // Finds work on its first five passes: those follow each other without the hour's pause.
        try scheduler.register(BackgroundJob(name: "busy", period: .seconds(3_600)) { _ in busy.add() <= 5 ? 1 : 0 })
        try scheduler.register(
            BackgroundJob(name: "failing", period: .milliseconds(50)) { _ in
                _ = failing.add()
                throw Abort(.internalServerError)
            })
        try await scheduler.didBootAsync(app)
        let deadline = ContinuousClock.now + .seconds(10)
        while (quiet.value < 4 || failing.value < 4 || busy.value < 6) && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(quiet.value >= 4)
        #expect(failing.value >= 4, "an error does not stop the job")
        #expect(busy.value == 6, "five passes with work, then one without, then the period")
        await scheduler.shutdownAsync(app)
        let stopped = (quiet.value, failing.value)
        try await Task.sleep(for: .milliseconds(200))
        #expect((quiet.value, failing.value) == stopped, "nothing runs after shutdown")
        #expect(scheduler.passCount("busy") == 6)
        try await app.asyncShutdown()
    }
}
