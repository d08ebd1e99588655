import Foundation
import SQLKit

/// Keeps a meeting's check-ins apart from its closing (R5.6) on PostgreSQL: a check-in holds the
/// meeting's fence shared for its transaction, closing holds it exclusively, so closing waits for
/// the check-ins already under way and reads them, and a later check-in finds the meeting closed.
///
/// The fence is a transaction-scoped advisory lock rather than `SELECT … FOR SHARE` on the
/// meeting's row: a burst of arrivals at one large meeting would make PostgreSQL build a new
/// multixact on that row for every check-in joining the lockers, and write it to disk (R5.6
/// check-in). An advisory lock lives in the lock table only. SQLite has one writer, which keeps
/// them apart already.
enum AttendanceFence {
    /// The key space of this fence (the two-key form, apart from the migration lock's single key).
    static let space: Int32 = 0x4857_0013

    /// Shared: a check-in, check-out or mark of the meeting.
    static func enter(_ meeting: UUID, _ db: any SQLDatabase) async throws {
        guard db.dialect.name == "postgresql" else { return }
        try await db.raw("SELECT pg_advisory_xact_lock_shared(\(bind: space), \(bind: key(meeting)))").run()
    }

    /// Exclusive: closing the meeting's attendance.
    static func close(_ meeting: UUID, _ db: any SQLDatabase) async throws {
        guard db.dialect.name == "postgresql" else { return }
        try await db.raw("SELECT pg_advisory_xact_lock(\(bind: space), \(bind: key(meeting)))").run()
    }

    /// The meeting's id folded into the lock's 32 bits. Every byte counts, because ordered ids
    /// share their leading (time) bytes; two meetings that fold alike only wait for each other.
    static func key(_ id: UUID) -> Int32 {
        let b = id.uuid
        let words: [UInt32] = [
            UInt32(b.0) << 24 | UInt32(b.1) << 16 | UInt32(b.2) << 8 | UInt32(b.3),
            UInt32(b.4) << 24 | UInt32(b.5) << 16 | UInt32(b.6) << 8 | UInt32(b.7),
            UInt32(b.8) << 24 | UInt32(b.9) << 16 | UInt32(b.10) << 8 | UInt32(b.11),
            UInt32(b.12) << 24 | UInt32(b.13) << 16 | UInt32(b.14) << 8 | UInt32(b.15),
        ]
        return Int32(bitPattern: words.reduce(0, ^))
    }
}
