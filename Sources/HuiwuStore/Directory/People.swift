import Foundation
import HuiwuCore
import SQLKit

/// Departments and people (X1).
public struct People: Sendable {
    public let store: Store
    public init(store: Store) { self.store = store }

    // MARK: departments

    public func departments() async throws -> [DepartmentRecord] {
        try await store.reader.raw("SELECT * FROM departments ORDER BY name").all().map { try $0.decode(DepartmentRecord.self) }
    }

    public func department(_ id: UUID) async throws -> DepartmentRecord? {
        try await store.reader.raw("SELECT * FROM departments WHERE id = \(bind: id)").first()?.decode(DepartmentRecord.self)
    }

    public func department(named name: String) async throws -> DepartmentRecord? {
        try await store.reader.raw("SELECT * FROM departments WHERE name = \(bind: name)").first()?.decode(DepartmentRecord.self)
    }

    public func createDepartment(name: String, parentId: UUID?, now: Date) async throws -> DepartmentRecord {
        let record = DepartmentRecord(id: UUID(), name: name, parentId: parentId, createdAt: now)
        return try await store.write { db in
            if let parentId, try await db.raw("SELECT id FROM departments WHERE id = \(bind: parentId)").first() == nil {
                throw StoreError.invalid(field: "parentId", code: "department.parent_not_found")
            }
            if try await db.raw("SELECT id FROM departments WHERE name = \(bind: name)").first() != nil {
                throw StoreError.duplicate(field: "name")
            }
            try await db.insert(into: "departments").row(record).run()
            return record
        }
    }

    /// Renames or re-parents a department; a department can never become its own ancestor.
    public func updateDepartment(_ id: UUID, name: String, parentId: UUID?) async throws -> DepartmentRecord {
        try await store.write { db in
            guard
                var record = try await db.raw("SELECT * FROM departments WHERE id = \(bind: id)").first()?
                    .decode(DepartmentRecord.self)
            else { throw StoreError.notFound }
            if try await db.raw("SELECT id FROM departments WHERE name = \(bind: name) AND id <> \(bind: id)").first() != nil {
                throw StoreError.duplicate(field: "name")
            }
            var cursor = parentId
            while let current = cursor {
                if current == id { throw StoreError.invalid(field: "parentId", code: "department.cycle") }
                guard let row = try await db.raw("SELECT parent_id FROM departments WHERE id = \(bind: current)").first() else {
                    throw StoreError.invalid(field: "parentId", code: "department.parent_not_found")
                }
                cursor = try row.decodeNil(column: "parent_id") ? nil : try row.decode(column: "parent_id", as: UUID.self)
            }
            record.name = name
            record.parentId = parentId
            try await db.raw("UPDATE departments SET name = \(bind: name), parent_id = \(bind: parentId) WHERE id = \(bind: id)")
                .run()
            return record
        }
    }

    public func deleteDepartment(_ id: UUID) async throws {
        try await store.write { db in
            guard try await db.raw("SELECT id FROM departments WHERE id = \(bind: id)").first() != nil else {
                throw StoreError.notFound
            }
            let used = try await db.raw(
                """
                SELECT 1 AS x FROM people WHERE department_id = \(bind: id)
                UNION ALL SELECT 1 AS x FROM departments WHERE parent_id = \(bind: id)
                UNION ALL SELECT 1 AS x FROM rooms WHERE managing_department_id = \(bind: id)
                UNION ALL SELECT 1 AS x FROM bookings WHERE department_id = \(bind: id)
                """
            ).first()
            guard used == nil else { throw StoreError.inUse }
            try await db.raw("DELETE FROM departments WHERE id = \(bind: id)").run()
        }
    }

    // MARK: people

    public func people() async throws -> [PersonRecord] {
        try await store.reader.raw("SELECT * FROM people ORDER BY username").all().map { try $0.decode(PersonRecord.self) }
    }

    /// One page of the directory, in the order people were added.
    public func people(_ request: PageRequest) async throws -> Page<PersonRecord> {
        var sql: SQLQueryString = "SELECT * FROM people WHERE 1 = 1"
        Paging.append(request, seq: "seq", to: &sql)
        return try Paging.page(try await store.reader.raw(sql).all(), request) { try $0.decode(PersonRecord.self) }
    }

    public func person(_ id: UUID) async throws -> PersonRecord? {
        try await store.reader.raw("SELECT * FROM people WHERE id = \(bind: id)").first()?.decode(PersonRecord.self)
    }

    public func person(username: String) async throws -> PersonRecord? {
        try await store.reader.raw("SELECT * FROM people WHERE username = \(bind: username)").first()?.decode(PersonRecord.self)
    }

    public func people(withRole role: Role) async throws -> [PersonRecord] {
        try await store.reader.raw("SELECT * FROM people WHERE role = \(bind: role.rawValue) AND active = \(bind: true)")
            .all().map { try $0.decode(PersonRecord.self) }
    }

    public func createPerson(_ person: PersonRecord) async throws -> PersonRecord {
        try await store.write { db in
            if try await db.raw("SELECT id FROM people WHERE username = \(bind: person.username)").first() != nil {
                throw StoreError.duplicate(field: "username")
            }
            if let dept = person.departmentId,
                try await db.raw("SELECT id FROM departments WHERE id = \(bind: dept)").first() == nil
            {
                throw StoreError.invalid(field: "departmentId", code: "person.department_not_found")
            }
            try await db.insert(into: "people").row(person).run()
            try await Self.storeSearchKeys(person.id, name: person.displayName, db)
            return person
        }
    }

    /// Updates everything but the password and the username.
    public func updatePerson(_ person: PersonRecord) async throws -> PersonRecord {
        defer { store.sessionCache.clear() }
        let dialect = store.dialect
        return try await store.write { db in
            guard let current = try await db.raw("SELECT role, active FROM people WHERE id = \(bind: person.id)").first() else {
                throw StoreError.notFound
            }
            if let dept = person.departmentId,
                try await db.raw("SELECT id FROM departments WHERE id = \(bind: dept)").first() == nil
            {
                throw StoreError.invalid(field: "departmentId", code: "person.department_not_found")
            }
            let wasAdmin =
                try current.decode(column: "role", as: String.self) == Role.admin.rawValue
                && current.decode(column: "active", as: Bool.self)
            if wasAdmin && (person.role != Role.admin.rawValue || !person.active) {
                try await Self.keepAnAdministrator(besides: person, db)
            }
            try await db.raw(
                """
                UPDATE people SET display_name = \(bind: person.displayName), role = \(bind: person.role),
                  position = \(bind: person.position), email = \(bind: person.email), active = \(bind: person.active),
                  department_id = \(bind: person.departmentId)
                WHERE id = \(bind: person.id)
                """
            ).run()
            try await Self.storeSearchKeys(person.id, name: person.displayName, db)
            try await CacheSignals.send(.sessions, dialect: dialect, db)
            return person
        }
    }

    /// Sets a new password. It ends every session and token of the person but `keeping` — the
    /// session the person changed it from stays signed in (X1, ASVS V3.3.3).
    public func setPassword(_ id: UUID, hash: String, keeping session: UUID? = nil) async throws {
        defer { store.sessionCache.clear() }
        let dialect = store.dialect
        try await store.write { db in
            try await db.raw("UPDATE people SET password_hash = \(bind: hash) WHERE id = \(bind: id)").run()
            if let session {
                try await db.raw("DELETE FROM auth_sessions WHERE person_id = \(bind: id) AND id <> \(bind: session)").run()
            } else {
                try await db.raw("DELETE FROM auth_sessions WHERE person_id = \(bind: id)").run()
            }
            try await CacheSignals.send(.sessions, dialect: dialect, db)
        }
    }

    /// X1: an installation always keeps an active administrator. Demoting or deactivating
    /// `person` is refused when nobody else would be left. On PostgreSQL the check holds the
    /// administrators' lock for the transaction, so two administrators demoting each other at
    /// the same moment are decided one after the other and the second is refused; SQLite has one
    /// writer, which orders them already.
    static func keepAnAdministrator(besides person: PersonRecord, _ db: any SQLDatabase) async throws {
        if db.dialect.name == "postgresql" {
            try await db.raw("SELECT pg_advisory_xact_lock(\(bind: adminLockSpace), 0)").run()
        }
        let others =
            try await db.raw(
                """
                SELECT COUNT(*) AS n FROM people WHERE role = \(bind: Role.admin.rawValue) AND active = \(bind: true)
                  AND id <> \(bind: person.id)
                """
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        if others == 0 {
            throw StoreError.invalid(field: person.active ? "role" : "active", code: "person.last_admin")
        }
    }

    /// The key space of the administrators' lock (two-key form, apart from the other locks).
    static let adminLockSpace: Int32 = 0x4857_0017
}
