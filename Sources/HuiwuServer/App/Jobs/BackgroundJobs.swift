import Foundation
import HuiwuStore
import Vapor

/// Every background job of an instance, with its period: each capability declares its own
/// (`Capability.jobs`), and these are theirs in the order of the capability list.
enum BackgroundJobs {
    static func all(_ settings: NoticeSettings, _ capabilities: [any Capability] = Huiwu.capabilities) -> [BackgroundJob] {
        capabilities.flatMap { $0.jobs(settings) }
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
