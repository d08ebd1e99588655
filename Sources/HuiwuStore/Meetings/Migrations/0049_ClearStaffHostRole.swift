import FluentKit
import SQLKit

/// The shipped class-meeting and shift-handover types named `staff` as their host role, which made
/// every staff member on such a meeting its chair, able to fine the others (R5.4, X1). Their chair
/// (a counsellor or class officer, the shift leader on duty) is no role: it is authorised for each
/// meeting instead. Only types still as shipped are changed.
struct ClearStaffHostRole: AsyncMigration, StoredMigration {
    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw(
            """
            UPDATE meeting_types SET host_role = NULL
            WHERE code IN ('a2.class_weekly', 'a3.shift_handover') AND host_role = 'staff'
            """
        ).run()
    }

    func revert(on database: any Database) async throws {}
}
