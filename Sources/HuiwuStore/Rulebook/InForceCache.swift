import Foundation
import HuiwuCore
import SQLKit

/// The rulebook version in force on a day, remembered per store while no version is added (R5.6: a
/// large meeting's check-in burst asks it on every arrival). Versions are only ever inserted
/// (`Rulebooks.adopt`), so the number of stored versions — read by the caller in a statement it
/// makes anyway — tells whether an entry still holds, in this process and across a fleet alike.
final class InForceCache: @unchecked Sendable {
    private static let capacity = 1_000
    private let lock = NSLock()
    private var entries: [CivilDate: (stored: Int, version: RulebookVersion?)] = [:]

    /// The version in force on `day`, when `stored` versions exist.
    func version(on day: CivilDate, stored: Int, _ db: any SQLDatabase) async throws -> RulebookVersion? {
        if let hit = lock.withLock({ entries[day] }), hit.stored == stored { return hit.version }
        let version = try await Rulebooks.inForce(on: day, db)
        lock.withLock {
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[day] = (stored, version)
        }
        return version
    }

    /// The column a statement adds to say how many versions are stored.
    static let storedColumn = "(SELECT COUNT(*) FROM rulebook_versions) AS rulebooks_stored"
}

extension Store {
    /// The rulebook version in force per day (`InForceCache`).
    var inForce: InForceCache { locals.value(InForceCache.self) { InForceCache() } }
}
