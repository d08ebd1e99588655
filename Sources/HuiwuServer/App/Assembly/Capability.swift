import HuiwuCore
import HuiwuStore
import Vapor

/// One capability as the web shell assembles it (the modular monolith of architecture.md): what
/// it adds to an instance is declared here, in its own folder, and the shell takes it from the
/// capability list (`Huiwu.capabilities`) instead of naming each route, page and job itself.
/// Its resources (API fragment, catalog entries, templates) are found by `name` under
/// `Capabilities/<name>/Resources`.
protocol Capability: Sendable {
    /// The folder under `Capabilities/`, also the capability's name in start-up errors.
    var name: String { get }
    /// Registers its JSON API and its pages.
    func routes(_ app: Application) throws
    /// Its background jobs, which run where the process is asked to run them (`serve`, `worker`).
    func jobs(_ settings: NoticeSettings) -> [BackgroundJob]
    /// The HTTP answer for one of its own typed errors, nil for an error that is not its own.
    func problem(for error: any Error, _ context: ProblemContext) -> Problem?
}

extension Capability {
    func jobs(_ settings: NoticeSettings) -> [BackgroundJob] { [] }
    func problem(for error: any Error, _ context: ProblemContext) -> Problem? { nil }
}

/// What a capability's problem mapping needs: the request (language, catalogs, time) and the
/// shell's way to make a problem and field errors, so every capability words them alike.
struct ProblemContext {
    let req: Request
    let make: (HTTPResponseStatus, String, [String: String]) -> Problem
    let fields: ([FieldError]) -> [ProblemFieldError]
}

extension Application {
    /// The capabilities this instance was assembled from (set once by `configure`).
    var capabilities: [any Capability] {
        get { storage[CapabilitiesKey.self] ?? [] }
        set { storage[CapabilitiesKey.self] = newValue }
    }
}

struct CapabilitiesKey: StorageKey { typealias Value = [any Capability] }
