import FluentKit
import SQLKit

/// A write-order number on every row of the lists the API pages through: bookings,
/// meetings, notifications, people. A page cursor is a position in this order, which no later
/// write changes — a booking moved to another day, or a meeting renamed, keeps its place, and a
/// row inserted between two page reads sorts after every row already read, so a reader paging
/// forward meets it exactly once and never sees a row twice. Times could not serve: instances'
/// clocks differ and rows share milliseconds.
///
/// PostgreSQL numbers rows from a sequence. SQLite writes one transaction at a time, so the next
/// number is the largest so far plus one, set by a trigger whatever statement inserts the row
/// (its `rowid` could not serve: `VACUUM` may renumber it).
struct AddListSequence: AsyncMigration, StoredMigration {
    static let tables = ["bookings", "meetings", "notifications", "people"]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for table in Self.tables {
            if sql.dialect.name == "postgresql" {
                try await sql.raw("ALTER TABLE \(unsafeRaw: table) ADD COLUMN seq BIGSERIAL").run()
            } else {
                try await sql.raw("ALTER TABLE \(unsafeRaw: table) ADD COLUMN seq INTEGER").run()
                try await sql.raw("UPDATE \(unsafeRaw: table) SET seq = rowid").run()
                try await sql.raw(
                    """
                    CREATE TRIGGER \(unsafeRaw: table)_seq AFTER INSERT ON \(unsafeRaw: table) WHEN NEW.seq IS NULL
                    BEGIN
                      UPDATE \(unsafeRaw: table) SET seq = (SELECT COALESCE(MAX(seq), 0) + 1 FROM \(unsafeRaw: table))
                      WHERE rowid = NEW.rowid;
                    END
                    """
                ).run()
            }
            try await sql.raw("CREATE UNIQUE INDEX \(unsafeRaw: table)_seq ON \(unsafeRaw: table) (seq)").run()
        }
        // A person's notifications are read newest first, a page at a time.
        try await sql.raw("CREATE INDEX notifications_person_seq ON notifications (person_id, seq)").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.raw("DROP INDEX notifications_person_seq").run()
        for table in Self.tables {
            try await sql.raw("DROP INDEX \(unsafeRaw: table)_seq").run()
            if sql.dialect.name != "postgresql" { try await sql.raw("DROP TRIGGER \(unsafeRaw: table)_seq").run() }
            try await sql.raw("ALTER TABLE \(unsafeRaw: table) DROP COLUMN seq").run()
        }
    }
}
