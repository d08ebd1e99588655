import FluentKit
import SQLKit

/// The no-overlap invariant enforced by PostgreSQL itself: two active bookings of one room
/// never overlap (half-open ranges). SQLite gets the same guarantee from the serialized
/// check-and-insert in `BookingLedger`, so this migration does nothing there.
struct AddBookingNoOverlapConstraint: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        guard sql.dialect.name == "postgresql" else { return }
        try await sql.raw("CREATE EXTENSION IF NOT EXISTS btree_gist").run()
        try await sql.raw(
            """
            ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap
            EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
            WHERE (status IN ('pending', 'approved'))
            """
        ).run()
        try await sql.raw("ALTER TABLE bookings ADD CONSTRAINT bookings_start_before_end CHECK (starts_at < ends_at)").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        guard sql.dialect.name == "postgresql" else { return }
        try await sql.raw("ALTER TABLE bookings DROP CONSTRAINT IF EXISTS bookings_no_overlap").run()
        try await sql.raw("ALTER TABLE bookings DROP CONSTRAINT IF EXISTS bookings_start_before_end").run()
    }
}
