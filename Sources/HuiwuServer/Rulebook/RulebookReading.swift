import HuiwuCore
import HuiwuRulebookYAML
import NIOPosix

/// Reads an uploaded rulebook document away from the threads that serve requests (X3).
///
/// Reading is bounded by what the document may stand for (`RulebookDocument`: bytes, nodes
/// with aliases expanded, depth), so it ends in milliseconds; it still runs on a thread of its
/// own, never on the few threads every request and `/healthz` share (two cores: two of them)
/// or the thread pool the SQLite store reads on. Readings queue there one at a time.
enum RulebookReading {
    static let pool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        return pool
    }()

    /// The document's rulebook; throws `RulebookRefusal` with every problem.
    static func load(_ source: String) async throws -> Rulebook {
        try await pool.runIfActive { () throws -> Rulebook in try RulebookDocument.load(source) }
    }

    /// A refusal for a bound (size, aliases, nodes, depth): the document was not read at all,
    /// so there is nothing to check; the API answers 422 rather than a check's findings.
    static func isUnread(_ refusal: RulebookRefusal) -> Bool {
        refusal.problems.contains { RulebookDocument.boundCodes.contains($0.code) }
    }
}
