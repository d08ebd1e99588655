import ArgumentParser
import Dispatch
import Foundation
import Vapor

/// `huiwu worker`: the notice dispatcher (X2: invitations, updates, reminders) without the web
/// server. A fleet runs its instances with `serve --no-dispatch` and one or more workers beside
/// them on the same database; claims on the outbox keep two workers from sending a notice twice.
struct Worker: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Deliver notices and reminders without serving HTTP (beside `serve --no-dispatch` in a fleet).")
    @ArgumentParser.OptionGroup var storage: InstanceOptions

    func run() async throws {
        try await withApplication(storage, arguments: ["huiwu", "worker"], dispatchNotices: true) { app in
            // Booting runs the lifecycle handlers; the job scheduler starts the background jobs.
            try await app.asyncBoot()
            app.logger.notice("huiwu worker: delivering notices until SIGTERM or SIGINT")
            await TerminationSignal.wait()
            app.logger.notice("huiwu worker: stopping")
        }
    }
}

/// Waits for SIGTERM or SIGINT (a process manager's stop, or Ctrl-C).
enum TerminationSignal {
    private final class Waiter: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<Void, Never>?
        private var fired = false
        /// Kept alive for as long as the process waits.
        var sources: [any DispatchSourceSignal] = []

        func arm(_ continuation: CheckedContinuation<Void, Never>) {
            let resumeNow = lock.withLock { () -> Bool in
                if fired { return true }
                self.continuation = continuation
                return false
            }
            if resumeNow { continuation.resume() }
        }

        func fire() {
            let pending = lock.withLock { () -> CheckedContinuation<Void, Never>? in
                fired = true
                defer { continuation = nil }
                return continuation
            }
            pending?.resume()
        }
    }

    static func wait() async {
        let waiter = Waiter()
        for number in [SIGTERM, SIGINT] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { waiter.fire() }
            source.resume()
            waiter.sources.append(source)
        }
        await withCheckedContinuation { waiter.arm($0) }
        for source in waiter.sources { source.cancel() }
        // A second Ctrl-C during a shutdown that hangs ends the process.
        for number in [SIGTERM, SIGINT] { signal(number, SIG_DFL) }
    }
}
