import Foundation
import Vapor

/// One kind of background work, run again and again while the instance runs.
struct BackgroundJob: Sendable {
    /// Stable and unique (`notices.deliver`): the scheduler refuses a second job of a name.
    var name: String
    /// The pause after a pass that found nothing to do.
    var period: Duration
    /// One pass; returns how much it did. A pass that did something is followed at once by
    /// another (a backlog drains without waiting out the period).
    var pass: @Sendable (Application) async throws -> Int
}

/// The one place background jobs start: each registered once with its period, run by
/// `huiwu serve` in-process or by `huiwu worker`, stopped at shutdown. No handler or page starts
/// work of its own; what a request leaves to be done it writes to an outbox a job drains.
final class JobScheduler: LifecycleHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var jobs: [BackgroundJob] = []
    private var tasks: [Task<Void, Never>] = []
    private var passes: [String: Int] = [:]

    struct DuplicateJob: Error, CustomStringConvertible {
        var name: String
        var description: String { "background job \(name) is registered twice" }
    }

    func register(_ job: BackgroundJob) throws {
        try lock.withLock {
            guard !jobs.contains(where: { $0.name == job.name }) else { throw DuplicateJob(name: job.name) }
            jobs.append(job)
        }
    }

    var names: [String] { lock.withLock { jobs.map(\.name) } }

    /// Completed passes of a job so far (tests; a metrics endpoint later).
    func passCount(_ name: String) -> Int { lock.withLock { passes[name] ?? 0 } }

    func didBootAsync(_ application: Application) async throws {
        let jobs = lock.withLock { self.jobs }
        let started = jobs.map { job in
            Task.detached { [weak self] in
                while !Task.isCancelled {
                    var did = 0
                    do {
                        did = try await job.pass(application)
                    } catch {
                        application.logger.warning("background job \(job.name): \(String(describing: error))")
                    }
                    self?.lock.withLock { self?.passes[job.name, default: 0] += 1 }
                    if did > 0 { continue }
                    try? await Task.sleep(for: job.period)
                }
            }
        }
        lock.withLock { tasks = started }
    }

    func shutdownAsync(_ application: Application) async {
        let running = lock.withLock { () -> [Task<Void, Never>] in
            defer { tasks = [] }
            return tasks
        }
        for task in running { task.cancel() }
        for task in running { await task.value }
    }
}
